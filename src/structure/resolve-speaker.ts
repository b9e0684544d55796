import type { Person } from '../shared/types';
import { ENGLISH_HONORIFIC, foldForMatch, GUEST_LABEL, HONORIFIC, HOST_LABEL, MEDIA_LABEL } from './interview-words';
import { isPersonName, nameKey } from './person-names';

/**
 * Who a label stands for. Pages label the same person several ways: the full name first and
 * the surname after (`陈建华：` then `陈：`), a courtesy form (`方团长`, `马老师`, `Ms. Lopez`),
 * the given name (`小雨`), or a role (`记者`, `主持人`, `问`, `答`, `Q`, `A`). Every label is
 * turned into the full name of someone the intro, the byline or the labels themselves name.
 */

export type Role = 'host' | 'guest';

export interface Cast {
  hosts: Person[];
  guests: Person[];
}

export type LabelMeaning =
  | { kind: 'person'; person: Person; role: Role }
  | { kind: 'role'; role: Role }
  | { kind: 'unknown-name' }
  | { kind: 'none' };

/** Hosts' and guests' names that `label` can only mean (null when none or several). */
export function matchPerson(label: string, cast: Cast): { person: Person; role: Role } | null {
  const everyone: { person: Person; role: Role }[] = [...cast.hosts.map((person) => ({ person, role: 'host' as const })), ...cast.guests.map((person) => ({ person, role: 'guest' as const }))];
  const key = nameKey(label);
  if (!key) return null;
  const unique = (test: (name: string) => boolean) => {
    const hits = everyone.filter(({ person }) => test(nameKey(person.name)));
    const names = new Set(hits.map((h) => nameKey(h.person.name)));
    return names.size === 1 ? hits[0]! : null;
  };
  // The full name, or the full name with a title around it (`赤峰市民政局局长王雪韬`).
  const full = unique((n) => n === key) ?? unique((n) => n.length >= 2 && (key.endsWith(n) || key.startsWith(n)));
  if (full) return full;
  if (/[a-z]/.test(key)) {
    // English: the family or given name, with or without Mr./Dr.
    const bare = nameKey(label.replace(ENGLISH_HONORIFIC, ''));
    const words = (n: Person) => n.name.split(/\s+/).map(nameKey);
    const hits = everyone.filter(({ person }) => words(person).includes(bare));
    return hits.length === 1 ? hits[0]! : null;
  }
  // Chinese: the surname (`陈`), the surname with a courtesy word (`陈校长`), the given name (`小雨`).
  const stem = foldForMatch(label).replace(HONORIFIC, '');
  const stemKey = nameKey(stem);
  if (stemKey && stemKey.length <= 2) {
    const bySurname = unique((n) => n.startsWith(stemKey) && n.length > stemKey.length);
    if (bySurname) return bySurname;
  }
  if (key.length >= 2 && key.length <= 3) return unique((n) => n.endsWith(key) && n.length > key.length);
  return null;
}

/** What a label means, given the people known so far. */
export function interpretLabel(label: string, cast: Cast, source: string | null): LabelMeaning {
  const key = foldForMatch(label).trim();
  if (HOST_LABEL.test(key)) return { kind: 'role', role: 'host' };
  if (GUEST_LABEL.test(key)) return { kind: 'role', role: 'guest' };
  const person = matchPerson(label, cast);
  if (person) return { kind: 'person', ...person };
  if (source && nameKey(label) === nameKey(source)) return { kind: 'role', role: 'host' };
  if (MEDIA_LABEL.test(key)) return { kind: 'role', role: 'host' };
  if (isPersonName(label)) return { kind: 'unknown-name' };
  return { kind: 'none' };
}
