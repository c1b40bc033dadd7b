/** Numbers and lists in words (src/lib/words.ts). */
import { expect, it } from 'vitest';
import { countsInWords, listInWords, plural } from '../src/lib/words.ts';

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
