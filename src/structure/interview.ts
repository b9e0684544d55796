import type { Block, Interview, InterviewTurn, Person } from '../shared/types';
import { textWeight } from '../shared/dom';
import { detectScript, traditionalOf } from '../detect/script';
import { guestFromProse, personFromByline, readIntro } from './interview-intro';
import { nameKey } from './person-names';
import { interpretLabel, type Cast, type LabelMeaning, type Role } from './resolve-speaker';
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
/** Unknown names become speakers when used as labels this often (or when names label ≥ 3 blocks). */
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

  const labels = acceptLabels(blocks, intro.blocks, cast, hints.source ?? null);
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

  const roles = assignSpeakers(raw, meaningOf, cast, blocks, hints);
  if (!roles) return null;
  const turns: InterviewTurn[] = raw.map((t, k) => ({ speaker: roles[k]!.name, role: roles[k]!.role, text: t.paragraphs.join('\n\n') }));

  if (!looksLikeInterview(turns, raw, blocks, intro.blocks)) return null;

  const speaking = new Set(turns.map((t) => nameKey(t.speaker)));
  return {
    host: cast.hosts.filter((p) => speaking.has(nameKey(p.name)) || intro.hosts.includes(p)),
    guests: cast.guests,
    turns,
  };
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

/** The blocks whose label is a speaker's. */
function acceptLabels(blocks: Block[], intro: Set<number>, cast: Cast, source: string | null): Map<number, Labelled> {
  const found = new Map<number, Labelled>();
  const uses = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (intro.has(i)) return;
    const candidate = findLabel(b);
    if (!candidate) return;
    const meaning = interpretLabel(candidate.label, cast, source);
    if (meaning.kind === 'none') return;
    found.set(i, { candidate, meaning });
    const key = nameKey(candidate.label);
    uses.set(key, (uses.get(key) ?? 0) + 1);
  });
  const nameLabels = [...found.values()].filter((l) => l.meaning.kind === 'unknown-name' || l.meaning.kind === 'person').length;
  for (const [i, l] of found) {
    const ownLine = l.candidate.form === 'own-line';
    if (ownLine) {
      // A word alone on a line is a label only when it is followed by what it says.
      const next = blocks[i + 1];
      const nextLabel = next ? findLabel(next) : null;
      const followedByText = !!next && next.kind === 'paragraph' && !(nextLabel && nextLabel.form === 'inline' && interpretLabel(nextLabel.label, cast, source).kind !== 'none');
      const wasLabelShaped = l.candidate.label !== blocks[i]!.text.trim() || blocks[i]!.emphasized || l.meaning.kind !== 'unknown-name';
      if (!followedByText || !wasLabelShaped) {
        found.delete(i);
        continue;
      }
    }
    if (l.meaning.kind !== 'unknown-name') continue;
    const n = uses.get(nameKey(l.candidate.label)) ?? 0;
    if (n < MIN_NAME_USES && (ownLine || nameLabels < MIN_NAME_LABELS)) found.delete(i);
  }
  return found;
}

/** A full name and a role for every turn; null when the guests cannot be named. */
function assignSpeakers(raw: RawTurn[], meaningOf: (c: LabelCandidate) => LabelMeaning, cast: Cast, blocks: Block[], hints: InterviewHints): { name: string; role: Role }[] | null {
  // Names used as labels that nobody introduced: the one who asks the questions is the
  // host when no other host is known, the others are guests.
  const unknown = new Map<string, { label: string; title: string | null; questions: number; turns: number }>();
  let hostSpeaks = false;
  for (const t of raw) {
    if (!t.label) {
      hostSpeaks = true;
      continue;
    }
    const m = meaningOf(t.label);
    if (roleOf(m) === 'host') hostSpeaks = true;
    if (m.kind !== 'unknown-name') continue;
    const key = nameKey(t.label.label);
    const u = unknown.get(key) ?? { label: t.label.label, title: t.label.title, questions: 0, turns: 0 };
    u.turns++;
    if (/[？?][”"’)）]?$/.test(t.paragraphs[t.paragraphs.length - 1] ?? '')) u.questions++;
    unknown.set(key, u);
  }
  let askerKey: string | null = null;
  if (!hostSpeaks) {
    let best = 0.5;
    for (const [key, u] of unknown) {
      const ratio = u.questions / u.turns;
      if (ratio > best || (ratio === best && askerKey === null && u.questions > 0)) {
        best = ratio;
        askerKey = key;
      }
    }
  }
  for (const [key, u] of unknown) {
    const person = { name: u.label, title: u.title ?? '' };
    if (key === askerKey) cast.hosts.unshift(person);
    else cast.guests.push(person);
  }

  const host = (): Person | null => cast.hosts[0] ?? null;
  let guest: Person | null = cast.guests[0] ?? null;
  if (!guest && raw.some((t) => t.label && meaningOf(t.label).kind === 'role' && roleOf(meaningOf(t.label)) === 'guest')) {
    const lead = blocks.filter((b) => b.kind === 'paragraph').slice(0, 6).map((b) => b.text);
    guest = guestFromProse([...lead, hints.title ?? '']);
    if (!guest) return null;
    cast.guests.push(guest);
  }

  return raw.map((t) => {
    if (!t.label) return { name: host()?.name ?? (defaultHostTitle(blocks) || 'Interviewer'), role: 'host' as const };
    const m = meaningOf(t.label);
    const key = nameKey(t.label.label);
    if (m.kind === 'person') return { name: m.person.name, role: m.role };
    if (m.kind === 'role') {
      const person = m.role === 'host' ? host() : guest;
      return { name: person?.name ?? t.label.label, role: m.role };
    }
    return { name: unknown.get(key)?.label ?? t.label.label, role: key === askerKey ? ('host' as const) : ('guest' as const) };
  });
}

/** The turns hold the article from the first turn on, and both sides speak. */
function looksLikeInterview(turns: InterviewTurn[], raw: RawTurn[], blocks: Block[], intro: Set<number>): boolean {
  const hostTurns = turns.filter((t) => t.role === 'host').length;
  const guestTurns = turns.length - hostTurns;
  if (hostTurns < MIN_TURNS_PER_SIDE || guestTurns < MIN_TURNS_PER_SIDE) return false;
  const first = raw[0]!.first;
  let total = 0;
  blocks.forEach((b, i) => {
    if (i >= first && !intro.has(i) && (b.kind === 'paragraph' || b.kind === 'list-item' || b.kind === 'quote')) total += textWeight(b.text);
  });
  const inTurns = turns.reduce((sum, t) => sum + textWeight(t.text), 0);
  return total > 0 && inTurns / total >= MIN_COVERAGE;
}
