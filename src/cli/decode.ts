/**
 * Bytes of a saved page → text, in the page's own encoding: a BOM first, then UTF-8 when
 * the bytes are valid UTF-8, then a `<meta charset>` / `http-equiv` declaration, then the
 * Chinese legacy encodings (GB18030 covers GBK and GB2312; Big5), picking the one that
 * decodes to the most ordinary Chinese.
 */

export interface Decoded {
  text: string;
  encoding: string;
}

const LABELS: Record<string, string> = { gb2312: 'gbk', gbk: 'gbk', gb18030: 'gb18030', big5: 'big5', 'big5-hkscs': 'big5', 'utf-8': 'utf-8', utf8: 'utf-8' };

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };

  // Valid UTF-8 wins over a declared legacy charset: pages re-saved as UTF-8 keep their old
  // <meta charset="gb2312">, while GBK or Big5 text is practically never valid UTF-8.
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const label = LABELS[declared] ?? declared;
    try {
      return { text: new TextDecoder(label).decode(bytes), encoding: label };
    } catch {
      // unknown label: fall through to sniffing
    }
  }
  let best: Decoded = { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  let bestScore = score(best.text);
  for (const label of ['gb18030', 'big5']) {
    const text = new TextDecoder(label).decode(bytes);
    const s = score(text);
    if (s > bestScore) {
      best = { text, encoding: label };
      bestScore = s;
    }
  }
  return best;
}

/** Common CJK characters count for an encoding, replacement characters against it. */
function score(text: string): number {
  let s = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd) s -= 5;
    else if (c >= 0x4e00 && c <= 0x9fff) s += 1;
    else if (c >= 0xe000 && c <= 0xf8ff) s -= 2;
  }
  return s;
}

/** Text that is clearly not a web page (binary data, an image, an archive). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (!sample) return false;
  let control = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 9 || (c > 13 && c < 32)) || c === 0xfffd) control++;
  }
  return control / sample.length > 0.1;
}
