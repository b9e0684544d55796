/**
 * Child process of the conversion benchmark: one cold converter build in a fresh module
 * cache. Prints {"importMs", "buildMs", "firstCallMs"} as JSON. Modes:
 *   project-s2t  loadConverter('hans', 'tw', 'tw')      (Simplified → Taiwan Traditional)
 *   project-t2s  loadConverter('hant', 'tw', 'hans')    (Traditional → Simplified, with the project's fixes)
 *   direct-s2t   opencc-js Converter({ from: 'cn', to: 'twp' })
 *   direct-t2s   opencc-js Converter({ from: 'tw', to: 'cn' })
 * loadConverter imports its dictionaries lazily, so for the project modes importMs is the
 * module's own import and buildMs covers dictionary imports + trie build.
 */
const mode = process.argv[2];
const t0 = performance.now();
let convert: (s: string) => string;
let importMs: number;
let buildMs: number;
if (mode === 'project-s2t' || mode === 'project-t2s') {
  const { loadConverter } = await import('../src/convert/opencc-converters');
  importMs = performance.now() - t0;
  const t1 = performance.now();
  convert = mode === 'project-s2t' ? await loadConverter('hans', 'tw', 'tw') : await loadConverter('hant', 'tw', 'hans');
  buildMs = performance.now() - t1;
} else if (mode === 'direct-s2t' || mode === 'direct-t2s') {
  const OpenCC = await import('opencc-js');
  importMs = performance.now() - t0;
  const t1 = performance.now();
  convert = mode === 'direct-s2t' ? OpenCC.Converter({ from: 'cn', to: 'twp' }) : OpenCC.Converter({ from: 'tw', to: 'cn' });
  buildMs = performance.now() - t1;
} else {
  throw new Error('mode: project-s2t | project-t2s | direct-s2t | direct-t2s');
}
const t2 = performance.now();
convert('头发和皇后说一只软件的信息');
const firstCallMs = performance.now() - t2;
process.stdout.write(JSON.stringify({ importMs, buildMs, firstCallMs }) + '\n');
