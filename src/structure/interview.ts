import type { Block, Interview } from '../shared/types';

export interface InterviewHints {
  byline: string | null;
}

/**
 * Interview structure (host, guests, speaker turns). Implemented in the interview and
 * export issue; until then no page is reported as an interview.
 */
export function detectInterview(_blocks: Block[], _hints: InterviewHints): Interview | null {
  return null;
}
