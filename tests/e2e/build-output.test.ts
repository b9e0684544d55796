import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureBuilt, outputDir, ROOT, withBuildLock, type Target } from './support/build';

/**
 * Issue 7 on what ships: the built extension (.output/chrome-mv3, .output/firefox-mv3)
 * has no eval, no code built from strings and no remote code; its manifests ask for the
 * fewest permissions and keep MV3's default content security policy; and `web-ext lint`
 * on the Firefox build finds no error and no warning in our own code. Warnings are traced
 * to their source with the source maps of a second, otherwise identical build.
 */

/** Every file of a build, relative paths. */
function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Code that is built from strings at run time, or that runs a string as code. */
export function dynamicCode(js: string): string[] {
  const found: string[] = [];
  const patterns: [RegExp, string][] = [
    [/(?<![\w$.])eval\s*\(/g, 'eval('],
    [/\.eval\s*\(/g, '.eval('],
    [/\bnew\s+Function\s*\(/g, 'new Function('],
    [/(?<![\w$.])Function\s*\(\s*[`'"]/g, 'Function("…")'],
    [/\b(?:setTimeout|setInterval)\s*\(\s*[`'"]/g, 'timer with a string'],
    [/\bimportScripts\s*\(/g, 'importScripts('],
    [/\bexecuteScript\s*\(\s*\{[^}]*\bcode\s*:/g, 'executeScript({code})'],
    [/\bWebAssembly\b/g, 'WebAssembly'],
  ];
  for (const [re, name] of patterns) for (const m of js.matchAll(re)) found.push(`${name} at ${m.index}: …${js.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
  return found;
}

/** Module specifiers and script/style URLs that are not files of the extension itself. */
export function remoteLoads(file: string, text: string): string[] {
  const found: string[] = [];
  const local = (u: string) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(u.trim());
  if (file.endsWith('.html')) {
    for (const m of text.matchAll(/<(script|link|iframe|img|object|embed)\b[^>]*?\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) if (!local(m[2]!)) found.push(`<${m[1]}> ${m[2]}`);
    if (/<meta[^>]+http-equiv/i.test(text)) found.push('<meta http-equiv>');
  }
  if (file.endsWith('.js')) {
    for (const m of text.matchAll(/\bimport\s*\(\s*[`'"]([^`'"]*)[`'"]/g)) if (!local(m[1]!)) found.push(`import("${m[1]}")`);
    for (const m of text.matchAll(/\bfrom\s*[`'"]([^`'"]*)[`'"]/g)) if (!local(m[1]!) && /^(?:https?:)?\/\//.test(m[1]!)) found.push(`import … from "${m[1]}"`);
    for (const m of text.matchAll(/\bimport\s*\(\s*(?![`'"])/g)) found.push(`import() of a computed URL at ${m.index}: ${text.slice(m.index, m.index + 60)}`);
  }
  if (file.endsWith('.css')) for (const m of text.matchAll(/(?:@import\s+(?:url\()?|url\()\s*["']?([^"')\s]+)/g)) if (!local(m[1]!) && !m[1]!.startsWith('data:')) found.push(`css ${m[1]}`);
  return found;
}

/**
 * Web addresses written in the built code. None may be something the extension loads:
 * these are XML namespaces (DOMPurify, the DOM serializer) and the documentation links in
 * WXT's and @wxt-dev/storage's error messages.
 */
const INERT_URLS = new Set([
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  'https://wxt.dev/guide/go-further/testing.html',
  'https://github.com/wxt-dev/wxt/issues/371',
]);

function urlsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/https?:\/\/[\w.-]+(?::\d+)?(?:\/[\w./%~+-]*)?/g)].map((m) => m[0]))];
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: unknown;
  content_scripts?: unknown[];
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
  update_url?: string;
}

const TARGETS: Target[] = ['chrome', 'firefox'];

describe('The built extension', () => {
  const builds = {} as Record<Target, { dir: string; files: string[]; manifest: Manifest }>;

  beforeAll(async () => {
    for (const target of TARGETS) {
      const dir = await ensureBuilt(target);
      builds[target] = { dir, files: filesOf(dir), manifest: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest };
    }
  }, 180_000);

  test('the scanners find what they look for (so a clean result means something)', () => {
    expect(dynamicCode('let a=eval("1");x.eval(s);new Function("a","return a");Function(`x`);setTimeout("go()",1);importScripts("a.js");chrome.scripting.executeScript({target:{tabId:1},code:"x"})')).toHaveLength(7);
    expect(dynamicCode('const evaluate=1;obj.evaluation();myeval(2);Functions(3);setTimeout(()=>{},1);executeScript({target:{tabId:1},files:["a.js"]})')).toEqual([]);
    expect(remoteLoads('a.html', '<script src="https://cdn.example/x.js"></script><script type="module" src="/chunks/a.js"></script><link href="//fonts.example/f.css">')).toHaveLength(2);
    expect(remoteLoads('a.js', 'import("https://x.example/m.js");import(`./chunk.js`);import(u)')).toHaveLength(2);
    expect(remoteLoads('a.css', '@import url(https://x.example/a.css);b{background:url(data:image/png;base64,AA)}c{background:url(../icon/16.png)}')).toHaveLength(1);
  });

  test.each(TARGETS)('%s: no eval, no code from strings, no remote code, no web address that is loaded', (target) => {
    const { dir, files } = builds[target];
    const scripts = files.filter((f) => /\.(?:m?js|html|css)$/.test(f));
    expect(scripts.some((f) => f.startsWith('content-scripts/'))).toBe(true);
    const problems: string[] = [];
    const urls = new Set<string>();
    for (const f of scripts) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (f.endsWith('.js')) problems.push(...dynamicCode(text).map((p) => `${f}: ${p}`));
      problems.push(...remoteLoads(f, text).map((p) => `${f}: ${p}`));
      for (const u of urlsIn(text)) if (!INERT_URLS.has(u)) urls.add(`${f}: ${u}`);
    }
    expect(problems).toEqual([]);
    expect([...urls]).toEqual([]);
    // Only the extension's own kinds of files: no binaries or other code formats.
    expect(files.filter((f) => !/\.(?:js|html|css|json|png|txt)$/.test(f))).toEqual([]);
  });

  test.each(TARGETS)('%s: the fewest permissions, optional host access only, MV3 default CSP', (target) => {
    const m = builds[target].manifest;
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', ...(target === 'chrome' ? ['sidePanel'] : [])].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.host_permissions ?? []).toEqual([]);
    // Asked for only when the reader turns on auto-detect (options page).
    expect([...(m.optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    // No content_security_policy key: the browser's MV3 default (script-src 'self'; no remote, no eval).
    expect(m.content_security_policy).toBeUndefined();
    // Injected on demand only; nothing exposed to pages or other extensions; no update server.
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.update_url).toBeUndefined();
    if (target === 'chrome') expect(m.background).toEqual({ service_worker: 'background.js' });
    else expect(m.background).toEqual({ scripts: ['background.js'] });
  });

  describe('web-ext lint (Firefox build)', () => {
    let mapped: string;
    let report: { summary: Record<string, number>; errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

    interface LintMessage {
      code: string;
      message: string;
      file?: string;
      line?: number;
      column?: number;
    }

    beforeAll(async () => {
      // The same build with hidden source maps, in a directory of its own.
      mapped = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-sourcemapped-'));
      const lint = new Promise<string>((resolve, reject) => {
        const child = spawn('npx', ['web-ext', 'lint', '--source-dir', outputDir('firefox'), '--output', 'json', '--no-config-discovery'], { cwd: ROOT });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('error', reject);
        child.on('close', () => resolve(out));
      });
      await withBuildLock(() => {
        const run = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '-c', 'tests/e2e/support/wxt-sourcemap.config.ts'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, QINGDU_SOURCEMAP_OUT: mapped },
        });
        if (run.status !== 0) throw new Error(`source-mapped build failed:\n${run.stdout}\n${run.stderr}`);
      });
      const out = await lint;
      report = JSON.parse(out.slice(out.indexOf('{'))) as typeof report;
    }, 180_000);

    afterAll(() => {
      if (mapped) fs.rmSync(mapped, { recursive: true, force: true });
    });

    /** Where a message's code came from: a source file path, or why it cannot be told. */
    function origin(m: LintMessage): string {
      if (!m.file || !m.line || !m.column) return `(no position: ${m.file ?? 'manifest'})`;
      const built = path.join(mapped, 'firefox-mv3', m.file);
      const shipped = path.join(outputDir('firefox'), m.file);
      if (!fs.existsSync(built + '.map')) return `(no source map for ${m.file})`;
      // The maps describe the shipped file only if the code is the same byte for byte.
      if (!fs.readFileSync(built).equals(fs.readFileSync(shipped))) return `(${m.file} differs between the builds: sources changed during the test?)`;
      const entry = new SourceMap(JSON.parse(fs.readFileSync(built + '.map', 'utf8'))).findEntry(m.line - 1, m.column - 1);
      if (!('originalSource' in entry)) return `(unmapped position in ${m.file})`;
      return `${path.resolve(path.dirname(built), entry.originalSource)}:${entry.originalLine + 1}`;
    }

    test('the trace tells our code from a library’s: a string of the panel’s own code leads to src/', () => {
      const chunk = builds.firefox.files.find((f) => f.startsWith('chunks/sidepanel-') && f.endsWith('.js'))!;
      const lines = fs.readFileSync(path.join(outputDir('firefox'), chunk), 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes('qingdu:extract-request'));
      expect(line).toBeGreaterThanOrEqual(0);
      const where = origin({ code: 'TEST', message: '', file: chunk, line: line + 1, column: lines[line]!.indexOf('qingdu:extract-request') + 1 });
      expect(where).toBe(`${path.join(ROOT, 'src/reader/panel-app.ts')}:${where.split(':').at(-1)}`);
    });

    test('no errors, and every warning and notice comes from a library, not from our code', () => {
      expect(report.summary).toBeDefined();
      expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
      const ours: string[] = [];
      for (const m of [...report.warnings, ...report.notices]) {
        const where = origin(m);
        const library = where.startsWith(path.join(ROOT, 'node_modules') + path.sep);
        if (!library) ours.push(`${m.code} in ${m.file}:${m.line}:${m.column} → ${where.replace(ROOT + path.sep, '')}: ${m.message}`);
        else if (m.code === 'UNSAFE_VAR_ASSIGNMENT') {
          // The trace is right: the library line it names assigns the markup property.
          const [file, line] = [where.slice(0, where.lastIndexOf(':')), Number(where.slice(where.lastIndexOf(':') + 1))];
          expect(fs.readFileSync(file, 'utf8').split('\n')[line - 1], where).toMatch(/innerHTML|outerHTML/);
        }
      }
      expect(ours).toEqual([]);
    });
  });
});
