import type { Article, Block, InterviewTurn, Person, TargetScript } from '../shared/types';
import { layoutInterview } from '../structure/interview-layout';
import { exportLabels, labelSetFor, type ExportLabels } from './export-labels';

/**
 * What an export contains, in order, before it is written as Markdown or plain text. Both
 * formats are rendered from this one list, so they always hold the same words (the
 * round-trip test checks it): a header (title, source, date, byline, URL), for interviews
 * the host and guests with their titles, then the body, with interview turns as
 * speaker-labelled paragraphs in place of the page's own labels.
 */

export interface ExportOptions {
  /** The script the reader chose; the article must already be converted to it. */
  script: TargetScript;
  /**
   * A window to sanitize block HTML with before turndown reads it (the panel). Without one
   * the HTML is taken as the pipeline left it (sanitized by `cleanPage`).
   */
  win?: Window;
}

export interface Inline {
  text: string;
  /** The page's inline markup of the same text, when it has some worth keeping (links, bold). */
  html?: string;
}

export type ExportPart =
  | { kind: 'title'; text: string }
  | { kind: 'meta'; items: { label: string; value: string; url: boolean }[] }
  | { kind: 'people'; label: string; people: string[] }
  | { kind: 'turn'; label: string; question: boolean; text: string }
  | { kind: 'paragraph'; content: Inline }
  | { kind: 'heading'; level: number; content: Inline }
  | { kind: 'list'; items: Inline[] }
  | { kind: 'quote'; content: Inline }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'caption'; content: Inline }
  | { kind: 'table'; content: Inline };

export interface ExportDocument {
  labels: ExportLabels;
  parts: ExportPart[];
}

/**
 * A host's turn is marked as a question when it asks one: a question mark, or a request to
 * speak (`最后，请各位谈谈…`, `Tell us about…`). A closing remark (`感谢三位嘉宾的分享。`) is not.
 */
const ASKS = /[？?]|[请請](?:您|你|各位|大家|[两兩二三四五几幾]位)?(?:谈|談|说|說|介绍|介紹|讲|講|分享|聊)|谈谈|談談|说说|說說|介绍一下|介紹一下|^(?:tell us|describe|explain)\b|\bplease (?:tell|describe|explain|share)\b/i;

export function buildExportDocument(article: Article, options: ExportOptions): ExportDocument {
  const labels = exportLabels(labelSetFor(article, options.script));
  const parts: ExportPart[] = [];
  if (article.title) parts.push({ kind: 'title', text: article.title });
  const meta: { label: string; value: string; url: boolean }[] = [];
  if (article.source) meta.push({ label: labels.source, value: article.source, url: false });
  if (article.published) meta.push({ label: labels.date, value: article.published, url: false });
  if (article.byline) meta.push({ label: labels.byline, value: article.byline, url: false });
  if (article.url && /^https?:/i.test(article.url)) meta.push({ label: labels.url, value: article.url, url: true });
  if (meta.length) parts.push({ kind: 'meta', items: meta });

  const interview = article.interview;
  const layout = interview ? layoutInterview(article.blocks, interview) : null;
  if (interview) {
    if (interview.host.length) parts.push({ kind: 'people', label: labels.host, people: interview.host.map((p) => personLine(p, labels)) });
    if (interview.guests.length) {
      parts.push({ kind: 'people', label: interview.guests.length > 1 ? labels.guests : labels.guest, people: interview.guests.map((p) => personLine(p, labels)) });
    }
  }
  if (interview && layout && !layout.complete) {
    // The turns could not be placed among the blocks: the transcript alone is still right.
    for (const turn of interview.turns) parts.push(...turnParts(turn, labels));
    return { labels, parts };
  }

  const blocks = article.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (layout?.intro.has(i) || layout?.labels.has(i)) continue;
    const turnIndex = layout?.turnStart.get(i);
    if (turnIndex !== undefined && interview) {
      const turn = interview.turns[turnIndex]!;
      const [first] = turn.text.split('\n\n');
      parts.push(turnLabelPart(turn, first ?? '', labels));
      continue;
    }
    if (layout?.continuation.has(i)) {
      parts.push({ kind: 'paragraph', content: { text: b.text } });
      continue;
    }
    if (b.kind === 'list-item') {
      const items: Inline[] = [];
      while (i < blocks.length && blocks[i]!.kind === 'list-item' && !layout?.turnStart.has(i) && !layout?.continuation.has(i) && !layout?.intro.has(i)) {
        items.push(inline(blocks[i]!));
        i++;
      }
      i--;
      parts.push({ kind: 'list', items });
      continue;
    }
    const part = blockPart(b);
    if (part) parts.push(part);
  }
  return { labels, parts };
}

/** A table block's markup as a whole table (blocks hold `<table>…` or only its rows). */
export function wrapTable(html: string): string {
  return /^\s*<table[\s>]/i.test(html) ? html : `<table>${html}</table>`;
}

function inline(b: Block): Inline {
  return b.html && b.html !== b.text ? { text: b.text, html: b.html } : { text: b.text };
}

function blockPart(b: Block): ExportPart | null {
  switch (b.kind) {
    case 'image':
      return b.image && /^https?:/i.test(b.image.src) ? { kind: 'image', src: b.image.src, alt: b.image.alt } : null;
    case 'heading':
      return b.text ? { kind: 'heading', level: Math.min(6, Math.max(2, (b.level ?? 2) + 1)), content: inline(b) } : null;
    case 'caption':
      return b.text ? { kind: 'caption', content: inline(b) } : null;
    case 'quote':
      return b.text ? { kind: 'quote', content: inline(b) } : null;
    case 'table':
      return b.text ? { kind: 'table', content: inline(b) } : null;
    default:
      return b.text ? { kind: 'paragraph', content: inline(b) } : null;
  }
}

function personLine(p: Person, labels: ExportLabels): string {
  return p.title ? `${p.name}${labels.titleOpen}${p.title}${labels.titleClose}` : p.name;
}

function turnLabelPart(turn: InterviewTurn, firstParagraph: string, labels: ExportLabels): ExportPart {
  const question = turn.role === 'host' && ASKS.test(turn.text);
  const label = question ? `${labels.question}${labels.askerOpen}${turn.speaker}${labels.askerClose}` : turn.speaker;
  return { kind: 'turn', label, question, text: firstParagraph };
}

function turnParts(turn: InterviewTurn, labels: ExportLabels): ExportPart[] {
  const [first = '', ...rest] = turn.text.split('\n\n');
  return [turnLabelPart(turn, first, labels), ...rest.map((text): ExportPart => ({ kind: 'paragraph', content: { text } }))];
}
