import type { Block } from '../shared/types';

export const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * Article HTML built from the blocks, so the panel shows exactly what the exports
 * contain. Block HTML is page markup and still goes through the sanitizer before use.
 */
export function blocksToHtml(blocks: Block[]): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const inner = b.html ?? escapeText(b.text);
    switch (b.kind) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, (b.level ?? 2) + 1));
        out.push(`<h${level}>${inner}</h${level}>`);
        break;
      }
      case 'list-item': {
        const items: string[] = [];
        while (i < blocks.length && blocks[i]!.kind === 'list-item') items.push(`<li>${blocks[i]!.html ?? escapeText(blocks[i]!.text)}</li>`), i++;
        i--;
        out.push(`<ul>${items.join('')}</ul>`);
        break;
      }
      case 'quote':
        out.push(`<blockquote><p>${inner}</p></blockquote>`);
        break;
      case 'image': {
        const img = b.image!;
        const next = blocks[i + 1];
        const caption = next?.kind === 'caption' && img.caption === next.text ? next : null;
        if (caption) i++;
        out.push(
          `<figure><img src="${escapeAttr(img.src)}" alt="${escapeAttr(img.alt)}">${caption ? `<figcaption>${caption.html ?? escapeText(caption.text)}</figcaption>` : ''}</figure>`,
        );
        break;
      }
      case 'caption':
        out.push(`<p class="caption">${inner}</p>`);
        break;
      case 'table':
        out.push(inner.startsWith('<table') ? inner : `<table>${inner}</table>`);
        break;
      default:
        out.push(`<p${b.emphasized ? ' class="emphasis"' : ''}>${inner}</p>`);
    }
  }
  return out.join('\n');
}

/** Plain text of the body: one paragraph per text block, a blank line between them. */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .filter((b) => b.kind !== 'image' && b.text)
    .map((b) => b.text)
    .join('\n\n');
}
