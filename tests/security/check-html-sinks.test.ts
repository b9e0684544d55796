/**
 * The raw-HTML-sink lint (scripts/check-html-sinks.mjs) on temporary trees: it must catch
 * every sink outside the sanitize module, name file and line, and pass the real repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../scripts/check-html-sinks.mjs');
const REPO = path.resolve(__dirname, '../..');
const temps: string[] = [];

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-sinks-'));
  temps.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function check(root: string) {
  const r = spawnSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

afterEach(() => {
  for (const t of temps.splice(0)) fs.rmSync(t, { recursive: true, force: true });
});

describe('check-html-sinks', () => {
  it('passes on the repository itself', () => {
    const r = check(REPO);
    expect(r.out).toContain('no raw HTML sinks');
    expect(r.status).toBe(0);
  });

  it('passes a clean tree and allows sinks in the sanitize module only', () => {
    const r = check(tree({
      'src/sanitize/sanitize-html.ts': 'export const s = (el: Element) => el.innerHTML;\n',
      'src/reader/view.ts': 'el.textContent = text;\nprocess.stdout.write(out);\n',
    }));
    expect(r.status).toBe(0);
  });

  const sinks: Array<[string, string]> = [
    ['innerHTML', 'panel.innerHTML = article.html;'],
    ['outerHTML', 'const s = node.outerHTML;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', html);"],
    ['document.write', 'document.write(html);'],
    ['document.write', 'doc.writeln(html);'],
    ['DOMParser', "new DOMParser().parseFromString(html, 'text/html');"],
    ['createContextualFragment', 'document.createRange().createContextualFragment(html);'],
    ['srcdoc', "frame.setAttribute('srcdoc', html);"],
  ];
  it.each(sinks)('catches %s and reports file:line', (sink, line) => {
    const r = check(tree({ 'src/reader/view.ts': `// view\nexport function show(el: Element, html: string) {\n  ${line}\n}\n` }));
    expect(r.status).toBe(1);
    expect(r.out).toContain(`src/reader/view.ts:3: ${sink}`);
  });

  it('scans entrypoints/ and HTML files too', () => {
    const r = check(tree({ 'entrypoints/sidepanel/index.html': '<body>\n<iframe srcdoc="<b>x</b>"></iframe>\n</body>\n' }));
    expect(r.status).toBe(1);
    expect(r.out).toContain('entrypoints/sidepanel/index.html:2: srcdoc');
  });

  it('the sanitize module’s name elsewhere is no allow-list', () => {
    const r = check(tree({ 'src/reader/sanitize-html.ts': 'el.innerHTML = html;\n' }));
    expect(r.status).toBe(1);
    expect(r.out).toContain('src/reader/sanitize-html.ts:1: innerHTML');
  });
});
