import type { Block, Person } from '../shared/types';
import { BIOGRAPHY, foldForMatch, GUEST_HEAD, HOST_HEAD, ORG_WORD, PLACE_WORD, TITLE_SUFFIX } from './interview-words';
import { isChineseName, isEnglishName, isPersonName, nameKey } from './person-names';

/**
 * The people of an interview as its intro presents them, before the first question:
 *   `主持人：本报记者 刘静静`, `【主持人】林可，本报记者`, `■主持人` + `江涛 本报记者`
 *   `访谈嘉宾：` + one guest per line (`王雪韬 内蒙古自治区赤峰市民政局局长`), bulleted lists,
 *   one-line lists (`访谈对象：赵一鸣，…部长；方敏，…团长`, `嘉宾：王雪韬（…局长）、郑方燕（…局长）`),
 *   `【人物名片】陈建华，中学高级教师，桐江市实验中学校长，从事…`
 * and, when no intro lists them, the byline and the lead (`记者专访了该校校长陈建华`,
 * `We spoke with Maria Lopez`).
 */

export interface IntroPeople {
  hosts: Person[];
  guests: Person[];
  /** Indexes of the blocks that list people (never part of a turn). */
  blocks: Set<number>;
  /**
   * The intro blocks that say nothing beyond the names and titles (the export replaces them
   * with its own header; a guest card with a biography stays in the text).
   */
  summarised: Set<number>;
}

const HEAD = new RegExp(
  String.raw`^[■●◆◇▲△□★☆▶►◎○\s]*[【\[〔]?\s*(?:(${GUEST_HEAD})|(${HOST_HEAD}))\s*[】\]〕]?\s*(?:[:：]\s*|(?<=[】\]〕])\s*|\s+|$)(.*)$`,
  'iu',
);
const BULLET = /^(?:[■●◆◇▲△□★☆▶►◎○•·▪\-—*]+\s*|\d{1,2}\s*[.、)）]\s*|[（(]\d{1,2}[）)]\s*)/u;
const ENGLISH_NAME_TOKEN = /^[A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){0,3}/;
/** The longest line that can still be one person's name and title. */
const MAX_PERSON_LINE = 90;

/** Split a list of people at separators that are not inside parentheses. */
function splitOutside(s: string, seps: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && seps.test(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The title from what follows a name: biography clauses dropped, the institution preferred. */
export function cleanTitle(raw: string): string {
  const segments = splitOutside(raw.replace(/^[，,：:、\s]+|[。；;，,\s]+$/g, ''), /[，,；;]/).filter((seg) => !BIOGRAPHY.test(foldForMatch(seg)));
  if (segments.length <= 1) return (segments[0] ?? '').replace(/^现任/, '');
  const score = (seg: string) => (PLACE_WORD.test(foldForMatch(seg)) ? 2 : 0) + (ORG_WORD.test(foldForMatch(seg)) ? 1 : 0);
  const best = Math.max(...segments.map(score));
  return segments
    .filter((seg) => score(seg) === best)
    .map((seg) => seg.replace(/^现任/, ''))
    .join('，');
}

/** One person from `王雪韬 …局长`, `马秀英，…传承人`, `王雪韬（…局长）`, `本报记者 刘静静`, `Maria Lopez, coordinator`. */
export function parsePerson(line: string): Person | null {
  const s = line.replace(BULLET, '').replace(/[。；;，,\s]+$/, '').trim();
  if (!s || s.length > MAX_PERSON_LINE) return null;
  const f = foldForMatch(s);

  // Name（title）
  const paren = /^(.+?)\s*[（(]([^（()）]+)[）)]$/u.exec(s);
  if (paren && isPersonName(paren[1]!)) return { name: paren[1]!, title: cleanTitle(paren[2]!) };

  // A name alone.
  if (isPersonName(s)) return { name: s, title: '' };

  // Title then name: `本报记者 刘静静`, `Staff writer Daniel Brooks` (title words first).
  const lastSpace = s.lastIndexOf(' ');
  if (lastSpace > 0) {
    const head = s.slice(0, lastSpace).trim();
    const tail = s.slice(lastSpace + 1);
    if (isChineseName(tail) && !isChineseName(head) && TITLE_SUFFIX.test(foldForMatch(head))) return { name: tail, title: head };
  }

  // Name then title, after a space, a comma or a colon.
  const english = ENGLISH_NAME_TOKEN.exec(s);
  if (english && /^[\s,:]/.test(s.slice(english[0].length)) && isEnglishName(english[0].trim())) {
    return { name: english[0].trim(), title: cleanTitle(s.slice(english[0].length)) };
  }
  const sep = /[\s，,：:]/.exec(s);
  if (sep && sep.index >= 2) {
    const name = s.slice(0, sep.index);
    const rest = s.slice(sep.index + 1);
    if (isChineseName(name) && rest.trim() && !/[。！？!?]/.test(rest.replace(/[。]$/, ''))) return { name, title: cleanTitle(rest) };
  }
  // Title glued before the name with no space (`本报记者刘静静`).
  const glued = /^(.*(?:记者|编辑|主持人))([\p{Script=Han}]{2,3})$/u.exec(f);
  if (glued && isChineseName(s.slice(glued[1]!.length))) return { name: s.slice(glued[1]!.length), title: s.slice(0, glued[1]!.length) };
  return null;
}

/** Every person in a one-line list; null when the text is not a list of people. */
export function parsePeople(text: string): Person[] | null {
  const s = text.trim();
  if (!s) return null;
  for (const seps of [/[；;]/, /[、]/, /\s{2,}/]) {
    const parts = splitOutside(s, seps);
    if (parts.length < 2) continue;
    const people = parts.map(parsePerson);
    if (people.every((p): p is Person => p !== null)) return people;
  }
  const one = parsePerson(s);
  return one ? [one] : null;
}

interface Head {
  role: 'host' | 'guest';
  rest: string;
  /** The heading as written (`記者`, `主持人`). */
  word: string;
}

function readHead(text: string): Head | null {
  const f = foldForMatch(text.trim());
  const m = HEAD.exec(f);
  if (!m) return null;
  const restStart = f.length - m[3]!.length;
  const word = text.trim().slice(0, restStart).replace(/[\s:：【】\[\]〔〕■●◆◇▲△□★☆▶►◎○]/g, '');
  return { role: m[1] ? 'guest' : 'host', rest: text.trim().slice(restStart).trim(), word };
}

/** Intro headings that are a reporter's title too. */
const REPORTER_HEAD = /^(?:本报|本刊|本台|本网|特约)?记者$/;

const LISTABLE = new Set<Block['kind']>(['paragraph', 'list-item', 'heading', 'quote']);

/**
 * The people the intro lists. Looks at every block (a few pages put the guest card after
 * the lead), but only at short lines that start with an intro heading or follow one.
 */
export function readIntro(blocks: Block[]): IntroPeople {
  const out: IntroPeople = { hosts: [], guests: [], blocks: new Set(), summarised: new Set() };
  const add = (role: 'host' | 'guest', people: Person[]) => {
    const list = role === 'host' ? out.hosts : out.guests;
    for (const p of people) if (!list.some((q) => q.name === p.name)) list.push(p);
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!LISTABLE.has(b.kind)) continue;
    const head = readHead(b.text);
    if (!head) continue;
    if (head.rest) {
      let people = parsePeople(head.rest);
      if (!people) continue;
      // `記者 孟凡`: the heading is the host's title when the line gives none.
      if (head.role === 'host' && REPORTER_HEAD.test(foldForMatch(head.word))) people = people.map((p) => (p.title ? p : { ...p, title: head.word }));
      add(head.role, people);
      out.blocks.add(i);
      if (saysOnly(head.rest, people)) out.summarised.add(i);
      continue;
    }
    // A heading alone (`访谈嘉宾：`, `■主持人`): the people follow, one per line.
    const listed: number[] = [];
    let complete = true;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (!LISTABLE.has(next.kind) || readHead(next.text)) break;
      const people = parsePeople(next.text);
      if (!people) break;
      add(head.role, people);
      listed.push(j);
      complete &&= saysOnly(next.text, people);
    }
    if (listed.length) {
      for (const k of [i, ...listed]) {
        out.blocks.add(k);
        if (complete) out.summarised.add(k);
      }
      i = j - 1;
    }
  }
  return out;
}

/** Whether `text` holds nothing but these people's names and titles (and list punctuation). */
function saysOnly(text: string, people: Person[]): boolean {
  let rest = text;
  for (const p of people) rest = rest.replace(p.name, '').replace(p.title, '');
  return !rest.replace(BULLET, '').replace(/[\s\p{P}\p{S}]/gu, '');
}

const BYLINE_WORDS = /^(?:本报|本刊|本台|本网|特约|实习)?(?:记者|通讯员|编辑|作者|文|图|摄|摄影|撰文|采写|整理)$|^(?:by|words|text|photos?|reporting)$/i;

/** The first person named in a byline (`本报记者 马丽`, `王小明／台北報導`, `By Daniel Brooks`). */
export function personFromByline(byline: string | null): Person | null {
  if (!byline) return null;
  const english = /^(?:[Bb][Yy]\s+)?([A-Z][A-Za-z'’.-]*(?:\s+[A-Z][A-Za-z'’.-]*){1,3})(?:\s*,\s*([^,]{2,60}))?/.exec(byline.trim());
  if (english && isEnglishName(english[1]!)) return { name: english[1]!, title: english[2]?.trim() ?? '' };
  let title = '';
  for (const token of byline.split(/[\s/／|｜,，、:：()（）]+/)) {
    if (!token) continue;
    const f = foldForMatch(token);
    if (BYLINE_WORDS.test(f)) {
      if (/记者|编辑/.test(f)) title = token;
      continue;
    }
    const glued = /^(?:本报|本刊)?记者([\p{Script=Han}]{2,4})$/u.exec(f);
    const name = glued ? token.slice(token.length - glued[1]!.length) : token;
    if (isChineseName(name)) return { name, title };
  }
  return null;
}

/**
 * A guest named in the lead or the title when no intro lists one: `记者专访了该校校长陈建华`,
 * `记者采访了该科主任医师许文静`, `We spoke with Maria Lopez, who…`, `a Q&A with community
 * gardener Maria Lopez`. Only used for `答`/`A` labels, which name nobody.
 */
/**
 * Everyone the lead presents with what they do, for titles the labels do not give:
 * `采访了白沙村党支部书记杨建国和村篮球队队长覃小龙`, `its medical director, Samuel Okafor, and
 * nurse practitioner Rita Alvarez`.
 */
export function peopleFromProse(texts: string[]): Person[] {
  const out: Person[] = [];
  const add = (p: Person | null) => {
    if (p && p.title && !out.some((q) => nameKey(q.name) === nameKey(p.name))) out.push(p);
  };
  for (const text of texts) {
    add(personInProse(text));
    const f = foldForMatch(text);
    const verb = /(?:专访|采访|访问|对话|连线|请教|访谈)了?\s*/g;
    for (let m = verb.exec(f); m; m = verb.exec(f)) {
      const start = m.index + m[0].length;
      const clause = text.slice(start, start + f.slice(start).search(/[。，,；;！!？?:：|｜\s]|$/));
      for (const part of splitPeopleClause(clause)) add(titledName(part));
    }
    // `its medical director, Samuel Okafor,` and `nurse practitioner Rita Alvarez`.
    for (const m of text.matchAll(/\b(?:its|their|the|our)\s+([a-z][a-z -]{2,60}?),\s+((?:[A-Z][A-Za-z'’-]+\s+){1,2}[A-Z][A-Za-z'’-]+),/g)) {
      if (isEnglishName(m[2]!)) add({ name: m[2]!, title: m[1]!.split(/\b(?:its|their|the|our|with)\s+/).pop()!.trim() });
    }
    for (const m of text.matchAll(/\b(?:and|with)\s+((?:[a-z][a-z-]+\s+){1,4})((?:[A-Z][A-Za-z'’-]+\s+)?[A-Z][A-Za-z'’-]+)\b/g)) {
      if (isEnglishName(m[2]!) && !/^(?:the|a|an|his|her|their|its)\s/.test(m[1]!)) add({ name: m[2]!, title: m[1]!.trim() });
    }
  }
  return out;
}

export function guestFromProse(texts: string[]): Person | null {
  const people = texts.map(personInProse).filter((p): p is Person => p !== null);
  const first = people[0];
  if (!first || first.title) return first ?? null;
  // The lead names the guest, the headline often adds what they do.
  const described = people.find((p) => p.title && nameKey(p.name) === nameKey(first.name));
  return described ? { name: first.name, title: described.title } : first;
}

/** `该校校长`, `该科主任医师`, `这位老师`: the lead's pointer words are not part of the title. */
const LEAD_DETERMINER = /^(?:该|本|這|这|該)(?:位|名)?(?:校|院|科|局|厅|所|馆|站|中心|公司|单位|單位|市|县|縣|区|區)?/;

function personInProse(text: string): Person | null {
  const english = /\b(?:Q\s*&\s*A with|interview with|conversation with|spoke (?:with|to)|talked (?:with|to)|sat down with|interviewed|chatted with)\s+((?:[a-z][\w-]*\s+){0,4}?)((?:[A-Z][A-Za-z'’-]+\s+){0,2}[A-Z][A-Za-z'’-]+)/.exec(text);
  if (english && isEnglishName(english[2]!)) {
    const descriptor = english[1]!.trim().replace(/^(?:the|a|an)\s+/i, '');
    return { name: english[2]!, title: descriptor };
  }
  // Apposition: `Lena Fischer, an associate professor of marine biology, explains …`.
  const apposition = /((?:[A-Z][A-Za-z'’-]+\s+){1,2}[A-Z][A-Za-z'’-]+),\s+(?:an?|the)\s+([^,.;]{3,90}?),\s+(?:who\s+)?(?:explains|says|tells|talks|discusses|shares|answers|describes|reflects|walks|recalls|looks back|spoke|has)\b/.exec(text);
  if (apposition && isEnglishName(apposition[1]!)) return { name: apposition[1]!, title: apposition[2]!.replace(/\s+(?:who|which|that)\b.*$/, '').trim() };
  // Headlines: `Q&A: Maria Lopez on …`, `Interview | Maria Lopez`.
  const headline = /^(?:Q\s*&\s*A|Interview|In conversation)\s*[:：|｜\-–—]\s*((?:[A-Z][A-Za-z'’-]+\s+){0,2}[A-Z][A-Za-z'’-]+)/.exec(text);
  if (headline && isEnglishName(headline[1]!)) return { name: headline[1]!, title: '' };
  const f = foldForMatch(text);
  const verb = /(?:专访|采访|访问|对话|连线|请教|访谈)了?\s*[|｜:：]?\s*/g;
  for (let m = verb.exec(f); m; m = verb.exec(f)) {
    const start = m.index + m[0].length;
    const clauseEnd = f.slice(start).search(/[。，,；;！!？?:：|｜\s]|$/);
    const clause = text.slice(start, start + clauseEnd);
    // `对话陈建华：…` (a headline): the clause is the name.
    if (isChineseName(clause)) return { name: clause, title: '' };
    // `党支部书记杨建国和村篮球队队长覃小龙`: the first of the people the clause names.
    for (const part of splitPeopleClause(clause)) {
      const person = titledName(part);
      if (person) return person;
    }
  }
  return null;
}

/**
 * A `title + name` clause: the name follows a title word (`该校校长陈建华`) or a relative
 * clause ending in 的 (`在赏鲸船上担任解说员十年的林佩君`). Three-character names first.
 */
function titledName(clause: string): Person | null {
  const fc = foldForMatch(clause);
  for (const len of [3, 2, 4]) {
    if (fc.length <= len) continue;
    const name = clause.slice(clause.length - len);
    const before = fc.slice(0, fc.length - len);
    if (!isChineseName(name)) continue;
    if (TITLE_SUFFIX.test(before)) return { name, title: clause.slice(0, clause.length - len).replace(LEAD_DETERMINER, '') };
    if (/的$/.test(before) && before.length >= 3) return { name, title: clause.slice(0, clause.length - len - 1).replace(LEAD_DETERMINER, '') };
  }
  return null;
}

/** Split `A和B`, `A与B`, `A、B` where each side is a titled name (`住房和城乡建设局局长王明` stays whole). */
function splitPeopleClause(clause: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of clause.split(/([和与及、])/)) {
    if (/^[和与及、]$/.test(piece) && titledName(current)) {
      parts.push(current);
      current = '';
    } else current += piece;
  }
  if (current) parts.push(current);
  return parts;
}
