import type { TargetScript } from '../shared/types';

export type OutputFormat = 'json' | 'md' | 'txt' | 'html';

export interface CliArgs {
  /** A file path, or '-' for standard input. */
  input: string | null;
  url: string | null;
  format: OutputFormat;
  script: TargetScript;
  /** Extraction without cleaning (to compare with the cleaned result). */
  original: boolean;
  /** Extract even a page that does not look like an article. */
  force: boolean;
  help: boolean;
}

export class UsageError extends Error {}

const FORMATS: OutputFormat[] = ['json', 'md', 'txt', 'html'];
const SCRIPTS: TargetScript[] = ['original', 'hans', 'hant', 'tw', 'hk'];

/** Options and the file may come in any order; `--opt=value` and `--opt value` both work. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { input: null, url: null, format: 'json', script: 'original', original: false, force: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const value = () => {
      if (eq > 0) return raw.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--url':
        args.url = value();
        break;
      case '--format':
      case '-f': {
        const f = value() as OutputFormat;
        if (!FORMATS.includes(f)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got “${f}”)`);
        args.format = f;
        break;
      }
      case '--script':
      case '-s': {
        const s = value() as TargetScript;
        if (!SCRIPTS.includes(s)) throw new UsageError(`--script must be one of ${SCRIPTS.join(', ')} (got “${s}”)`);
        args.script = s;
        break;
      }
      case '--original':
        args.original = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        if (raw !== '-' && raw.startsWith('-')) throw new UsageError(`unknown option ${raw}`);
        if (args.input !== null) throw new UsageError(`only one page at a time (got “${args.input}” and “${raw}”)`);
        args.input = raw;
    }
  }
  return args;
}

export const USAGE = `Usage: npm run -s clean -- <page.html | -> [--url URL] [--format json|md|txt|html] [--script original|hans|hant|tw|hk]

Cleans a saved news page (any encoding) and prints the article.
  <page.html | ->   the saved page, or - to read standard input
  --url URL         the page's address (resolves links and images; a date in it helps)
  --format F        json (default: every field), md, txt, html
  --script S        original (default), hans (Simplified), hant (Traditional),
                    tw (Taiwan, with Taiwan phrases), hk (Hong Kong)
  --original        extraction without cleaning, to compare
  --force           extract even when the page does not look like an article`;
