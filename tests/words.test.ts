/** Numbers and lists in words (src/lib/words.ts). */
import { expect, it } from 'vitest';
import { countsInWords, listInWords, plural, tallyInWords, timesInWords } from '../src/lib/words.ts';

it('writes one thing in the singular and any other number in the plural', () => {
  expect([0, 1, 2].map((n) => plural(n, 'meeting'))).toEqual(['0 meetings', '1 meeting', '2 meetings']);
});

it('joins names the way a sentence does', () => {
  expect(listInWords(['Toledo'])).toBe('Toledo');
  expect(listInWords(['Toledo', 'Stann Creek'])).toBe('Toledo and Stann Creek');
  expect(listInWords(['Toledo', 'Stann Creek', 'Cayo'])).toBe('Toledo, Stann Creek, and Cayo');
});

it('says what touches a district', () => {
  expect(countsInWords({ commitments: 7, meetings: 1, datasets: 6 })).toBe('7 commitments, 1 meeting and 6 datasets');
});

it('says a tally with its words, leaving out zeros but the first', () => {
  expect(tallyInWords(14, 'milestone', [[5, 'Complete'], [6, 'On time'], [0, 'Overdue'], [3, 'Not started']])).toBe('14 milestones: 5 complete, 6 on time, 3 not started');
  expect(tallyInWords(2, 'milestone', [[0, 'Complete'], [2, 'Overdue']])).toBe('2 milestones: 0 complete, 2 overdue');
  expect(tallyInWords(0, 'milestone', [[0, 'Complete']])).toBe('0 milestones');
});

it('counts times the way people say them', () => {
  expect([1, 2, 3].map((n) => timesInWords(n, 'rescheduled'))).toEqual(['rescheduled once', 'rescheduled twice', 'rescheduled 3 times']);
});
