import type { Block, Interview, InterviewTurn, Person } from '../shared/types';
import { textWeight } from '../shared/dom';
import { detectScript, traditionalOf } from '../detect/script';
import { guestFromProse, peopleFromProse, personFromByline, readIntro } from './interview-intro';
import { ANNOUNCED_INTERVIEW, foldForMatch, HONORIFIC, INTERVIEW_CUE } from './interview-words';
import { nameKey } from './person-names';
import { interpretLabel, matchPerson, type Cast, type LabelMeaning, type Role } from './resolve-speaker';
import { segmentTurns, type RawTurn } from './segment-turns';
import { findLabel, type LabelCandidate } from './turn-labels';

/**
 * Interview structure: who asks, who answers, and the turns, from the article's blocks.
 * Steps: the people from the intro (and byline); every block's label candidate; which
 * candidates are speakers (role words, known people, names used as labels repeatedly);
 * turns; a full name and a role for every turn; and last, whether this is an interview
 * at all (news quoting two people, a notice with `联系人：`, an FAQ with `问/答` and no one
 * interviewed are not).
 */

export interface InterviewHints {
  byline: string | null;
  /** The outlet (`新京报`): some interviews label the questions with it. */
  source?: string | null;
  /** The headline: names the guest of an English Q&A (`a Q&A with … Maria Lopez`). */
  title?: string | null;
}

/** Fewest turns of each side: one question and its answer is a quote, not an interview. */
const MIN_TURNS_PER_SIDE = 2;
/** Share of the text from the first turn on that the turns must hold. */
const MIN_COVERAGE = 0.6;
/** Names nobody introduced become speakers when used as labels this often (or when names label ≥ 3 blocks). */
const MIN_NAME_USES = 2;
const MIN_NAME_LABELS = 3;

interface Labelled {
  candidate: LabelCandidate;
  meaning: LabelMeaning;
}

export function detectInterview(blocks: Block[], hints: InterviewHints): Interview | null {
  const intro = readIntro(blocks);
  const cast: Cast = { hosts: [...intro.hosts], guests: [...intro.guests] };
  const bylinePerson = personFromByline(hints.byline);
  // The byline names the interviewer when the intro does not (the guests are never bylined).
  if (!cast.hosts.length && bylinePerson && !cast.guests.some((g) => nameKey(g.name) === nameKey(bylinePerson.name))) {
    cast.hosts.push({ name: bylinePerson.name, title: bylinePerson.title || defaultHostTitle(blocks) });
  }

  const leadGuest = guestFromProse([...leadTexts(blocks), hints.title ?? '']);
  const { labels, discovered } = acceptLabels(blocks, intro.blocks, cast, hints.source ?? null, leadGuest);
  if (!labels.size) return null;
  const hasHostLabel = [...labels.values()].some((l) => roleOf(l.meaning) === 'host');
  const accepted = new Map([...labels].map(([i, l]) => [i, l.candidate]));
  const meanings = new Map([...labels.values()].map((l) => [l.candidate, l.meaning]));
  const meaningOf = (c: LabelCandidate): LabelMeaning => meanings.get(c) ?? { kind: 'none' };
  const raw = segmentTurns(blocks, {
    labels: accepted,
    intro: intro.blocks,
    unlabelledQuestions: !hasHostLabel,
    isHostLabel: (c) => roleOf(meaningOf(c)) === 'host',
  });
  if (!raw.length) return null;

  const roles = assignSpeakers(raw, meaningOf, cast, discovered, blocks, leadGuest);
  if (!roles) return null;
  const turns: InterviewTurn[] = raw.map((t, k) => ({ speaker: roles[k]!.name, role: roles[k]!.role, text: t.paragraphs.join('\n\n') }));

  // Announced as one: a cue in the title or lead (访谈, 对话, Q&A), or an intro naming the people.
  // (记者采访了… in a lead also introduces the quotes of a news story, so it does not count.)
  const cued = intro.hosts.length + intro.guests.length > 0 || INTERVIEW_CUE.test(hints.title ?? '') || leadTexts(blocks).some((t) => ANNOUNCED_INTERVIEW.test(t));
  if (!looksLikeInterview(turns, raw, blocks, intro.blocks, cued)) return null;

  const speaking = new Set(turns.map((t) => nameKey(t.speaker)));
  // Guests found only by their labels get what the lead says they do.
  const described = peopleFromProse(leadTexts(blocks));
  const guests = cast.guests.map((g) => (g.title ? g : { ...g, title: described.find((p) => nameKey(p.name) === nameKey(g.name))?.title ?? '' }));
  return {
    host: cast.hosts.filter((p) => speaking.has(nameKey(p.name)) || intro.hosts.includes(p)),
    guests,
    turns,
  };
}

/** The first paragraphs, where a lead names whom the reporter interviewed. */
function leadTexts(blocks: Block[]): string[] {
  return blocks
    .filter((b) => b.kind === 'paragraph')
    .slice(0, 6)
    .map((b) => b.text);
}

function roleOf(meaning: LabelMeaning): Role | null {
  return meaning.kind === 'role' || meaning.kind === 'person' ? meaning.role : null;
}

/**
 * `记者` / `本报记者` for a host known only from the byline, written in the page's script
 * (the words are converted with the rest of the article afterwards, and a Traditional page
 * shown in Traditional is not converted at all).
 */
function defaultHostTitle(blocks: Block[]): string {
  const sample = blocks.map((b) => b.text).join('').slice(0, 3000);
  if (!/\p{Script=Han}/u.test(sample)) return '';
  const word = blocks.some((b) => /^本[报報][记記]者/.test(b.text)) ? '本报记者' : '记者';
  return inPageScript(word, sample);
}

/** A Simplified word in the script of `sample`. */
function inPageScript(word: string, sample: string): string {
  return detectScript(sample) === 'hant' ? [...word].map((c) => traditionalOf(c) ?? c).join('') : word;
}

interface AcceptedLabels {
  labels: Map<number, Labelled>;
  /** People named only by the labels (added to the cast's guests; the asker among them is moved to the hosts). */
  discovered: Person[];
}

/**
 * The blocks whose label is a speaker's. Full names that nobody introduced become people
 * of the cast when they are used as labels repeatedly (or carry a title, or names label
 * several blocks), so that their later short forms (`陈校长`, `建华`) resolve to them too.
 */
function acceptLabels(blocks: Block[], intro: Set<number>, cast: Cast, source: string | null, leadGuest: Person | null): AcceptedLabels {
  const candidates = new Map<number, LabelCandidate>();
  blocks.forEach((b, i) => {
    if (intro.has(i)) return;
    const candidate = findLabel(b);
    if (candidate) candidates.set(i, candidate);
  });

  // Titled labels first (`陈建华（校长）：`), courtesy forms (`陈校长：`) last: the full name wins.
  const order = [...candidates.values()].sort((x, y) => rank(x) - rank(y));
  const discovered: Person[] = [];
  for (const c of order) {
    const known: Cast = { hosts: cast.hosts, guests: [...cast.guests, ...discovered] };
    const meaning = interpretLabel(c.label, known, source);
    if (meaning.kind === 'person' || meaning.kind === 'role') continue;
    // A short form (`陈：`, `LOPEZ:`) of the person the lead says was interviewed.
    if (leadGuest && matchPerson(c.label, { hosts: [], guests: [leadGuest] })) discovered.push(leadGuest);
    else if (meaning.kind === 'unknown-name') discovered.push({ name: c.label, title: c.title ?? '' });
  }

  const interpretAll = (people: Person[]) => {
    const known: Cast = { hosts: cast.hosts, guests: [...cast.guests, ...people] };
    const out = new Map<number, Labelled>();
    for (const [i, candidate] of candidates) {
      const meaning = interpretLabel(candidate.label, known, source);
      if (meaning.kind === 'person' || meaning.kind === 'role') out.set(i, { candidate, meaning });
    }
    return out;
  };
  let labels = interpretAll(discovered);
  const usesOf = (person: Person, form?: LabelCandidate['form']) =>
    [...labels.values()].filter((l) => l.meaning.kind === 'person' && l.meaning.person === person && (!form || l.candidate.form === form)).length;
  const namedInline = [...labels.values()].filter((l) => l.meaning.kind === 'person' && l.candidate.form === 'inline').length;
  const accepted = discovered.filter(
    (person) => usesOf(person) >= MIN_NAME_USES || (usesOf(person, 'inline') > 0 && (person.title !== '' || namedInline >= MIN_NAME_LABELS)),
  );
  if (accepted.length !== discovered.length) labels = interpretAll(accepted);

  for (const [i, l] of labels) {
    if (l.candidate.form !== 'own-line') continue;
    // A word alone on a line is a label only when what it says follows, and a bare name
    // only when the page sets it apart (bold) or it is a word no sentence is made of.
    const next = blocks[i + 1];
    const nextIsLabel = next ? labels.has(i + 1) && labels.get(i + 1)!.candidate.form === 'inline' : false;
    const followedByText = !!next && next.kind === 'paragraph' && !nextIsLabel;
    const setApart = l.candidate.label !== blocks[i]!.text.trim() || !!blocks[i]!.emphasized || l.meaning.kind === 'role' || blocks[i]!.kind === 'heading';
    if (!followedByText || !setApart) labels.delete(i);
  }
  cast.guests.push(...accepted);
  return { labels, discovered: accepted };
}

function rank(c: LabelCandidate): number {
  if (c.title) return 0;
  return HONORIFIC.test(foldForMatch(c.label)) ? 2 : 1;
}

interface Speaker {
  name: string;
  role: Role;
}

/** A full name and a role for every turn; null when the guests cannot be named. */
function assignSpeakers(raw: RawTurn[], meaningOf: (c: LabelCandidate) => LabelMeaning, cast: Cast, discovered: Person[], blocks: Block[], leadGuest: Person | null): Speaker[] | null {
  const personOf = (t: RawTurn) => {
    const m = t.label ? meaningOf(t.label) : null;
    return m?.kind === 'person' ? m.person : null;
  };
  // When no host speaks (no unlabelled question, no host label, no known host's name), the
  // one of the newly named people who asks the questions is the host.
  const hostSpeaks = raw.some((t) => !t.label || roleOf(meaningOf(t.label)) === 'host');
  let asker: Person | null = null;
  if (!hostSpeaks) {
    let best = 0.5;
    for (const person of discovered) {
      const turns = raw.filter((t) => personOf(t) === person);
      const asked = turns.filter((t) => /[？?][”"’)）]?$/.test(t.paragraphs[t.paragraphs.length - 1] ?? '')).length;
      if (turns.length && asked > 0 && asked / turns.length > best) {
        best = asked / turns.length;
        asker = person;
      }
    }
  }
  if (asker) {
    cast.guests.splice(cast.guests.indexOf(asker), 1);
    cast.hosts.unshift(asker);
  }

  const host = cast.hosts[0] ?? null;
  let guest: Person | null = cast.guests[0] ?? null;
  if (!guest && raw.some((t) => t.label && meaningOf(t.label).kind === 'role' && roleOf(meaningOf(t.label)) === 'guest')) {
    guest = leadGuest;
    if (!guest) return null;
    cast.guests.push(guest);
  }

  return raw.map((t): Speaker => {
    if (!t.label) return { name: host?.name ?? (defaultHostTitle(blocks) || 'Interviewer'), role: 'host' };
    const m = meaningOf(t.label);
    if (m.kind === 'person') return { name: m.person.name, role: m.person === asker ? 'host' : m.role };
    // `A（郑）：` — the role label says who answers in brackets.
    const named = m.kind === 'role' && t.label.title ? matchPerson(t.label.title, cast) : null;
    if (named && m.kind === 'role') return { name: named.person.name, role: m.role };
    const person = m.kind === 'role' ? (m.role === 'host' ? host : guest) : null;
    return { name: person?.name ?? t.label.label, role: m.kind === 'role' ? m.role : 'guest' };
  });
}

/** The turns hold the article from the first turn on, and both sides speak. */
function looksLikeInterview(turns: InterviewTurn[], raw: RawTurn[], blocks: Block[], intro: Set<number>, cued: boolean): boolean {
  const hostTurns = turns.filter((t) => t.role === 'host').length;
  const guestTurns = turns.length - hostTurns;
  if (hostTurns < MIN_TURNS_PER_SIDE || guestTurns < MIN_TURNS_PER_SIDE) return false;
  const first = raw[0]!.first;
  let total = 0;
  let before = 0;
  let reported = 0;
  blocks.forEach((b, i) => {
    if (intro.has(i) || !(b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'quote')) return;
    if (i >= first) total += textWeight(b.text);
    else {
      before += textWeight(b.text);
      reported++;
    }
  });
  const inTurns = turns.reduce((sum, t) => sum + textWeight(t.text), 0);
  // A news story that reports first (several paragraphs, a third of the story or more) and
  // quotes an exchange after is news, unless the page announces an interview.
  if (!cued && reported >= 3 && before > inTurns * 0.5) return false;
  return total > 0 && inTurns / total >= MIN_COVERAGE;
}
