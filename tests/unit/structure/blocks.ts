/** Small block builders for the interview tests (blocks as the pipeline's toBlocks makes them). */
import type { Block } from '../../../src/shared/types';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A plain paragraph. */
export const p = (text: string): Block => ({ kind: 'paragraph', text, html: esc(text) });
/** A paragraph set in bold as a whole (an unlabelled question, a sub-heading, an own-line name). */
export const bold = (text: string): Block => ({ kind: 'paragraph', text, html: `<strong>${esc(text)}</strong>`, emphasized: true });
/** A paragraph whose label is bold: `<strong>林可：</strong>马老师…`. */
export const boldLabel = (label: string, rest: string): Block => ({ kind: 'paragraph', text: label + rest, html: `<strong>${esc(label)}</strong>${esc(rest)}` });
export const li = (text: string): Block => ({ kind: 'list-item', text, html: esc(text) });
export const h = (text: string, level = 2): Block => ({ kind: 'heading', text, level, html: esc(text) });
export const img = (src = 'https://example.com/a.jpg'): Block => ({ kind: 'image', text: '', image: { src, alt: '', caption: null } });
export const caption = (text: string): Block => ({ kind: 'caption', text, html: esc(text) });
