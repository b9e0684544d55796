import { loadLexicon, loadReadings } from '../../src/cli/load-data';

/** The pipeline's data files, loaded as the CLI loads them (public/data). */
export const readings = loadReadings()!;
export const lexicon = loadLexicon()!;
