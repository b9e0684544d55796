/**
 * Which sources a built file's bytes come from, read from its source map: each mapping
 * segment's generated text is charged to its source (UTF-8 bytes of the minified output).
 * Used to say what makes a bundle miss its size target.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decode one segment's base64 VLQ fields. */
function decodeSegment(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const digit = B64.get(ch) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** A source path as a short label: the npm package, or the path under the project. */
export function sourceLabel(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? source);
  }
  return source.replace(/^(\.\.\/)+/, '').replace(/^\/?(work\/main\/)?/, '');
}

export interface SourceShare {
  label: string;
  /** Minified bytes of the output that come from this source. */
  bytes: number;
  /** Those bytes gzipped on their own (an estimate: gzip is not additive). */
  gzip: number;
}

/** Bytes of `jsFile` per source label (needs `jsFile.map` next to it), largest first. */
export function bytesBySource(jsFile: string): SourceShare[] | null {
  const mapFile = jsFile + '.map';
  if (!fs.existsSync(mapFile)) return null;
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const lines = fs.readFileSync(jsFile, 'utf8').split('\n');
  const pieces = new Map<string, string[]>();
  const add = (label: string, text: string) => {
    let list = pieces.get(label);
    if (!list) pieces.set(label, (list = []));
    list.push(text);
  };
  let src = 0;
  map.mappings.split(';').forEach((lineMap, li) => {
    const line = lines[li] ?? '';
    let col = 0;
    const segs = lineMap ? lineMap.split(',').map(decodeSegment) : [];
    // generated columns are relative within a line; the source index runs across lines
    const starts: { col: number; label: string }[] = [];
    for (const f of segs) {
      col += f[0] ?? 0;
      if (f.length >= 4) {
        src += f[1] ?? 0;
        starts.push({ col, label: sourceLabel(map.sources[src] ?? '?') });
      } else starts.push({ col, label: '(unmapped)' });
    }
    if (!starts.length) {
      add('(unmapped)', line);
      return;
    }
    add('(unmapped)', line.slice(0, starts[0]?.col ?? 0));
    starts.forEach((s, i) => add(s.label, line.slice(s.col, starts[i + 1]?.col ?? line.length)));
  });
  return [...pieces]
    .map(([label, list]) => {
      const text = list.join('');
      return { label, bytes: Buffer.byteLength(text), gzip: zlib.gzipSync(text, { level: 9 }).length };
    })
    .filter((x) => x.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}
