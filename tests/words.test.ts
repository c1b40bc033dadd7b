/** Counts, lists and recurring phrases in words (src/lib/words.ts). */
import { expect, it } from 'vitest';
import { count, countsInWords, districtsInWords, geometriesInWords, linesChanged, listInWords, plural, rangeInWords, tags, tallyInWords, timesInWords } from '../src/lib/words.ts';

it('writes one thing in the singular and any other number in the plural, with the forms it is given', () => {
  expect([0, 1, 2].map((n) => count(n, 'meeting', 'meetings'))).toEqual(['0 meetings', '1 meeting', '2 meetings']);
  expect(count(3, 'activity', 'activities')).toBe('3 activities');
  expect(count(1, 'person', 'people')).toBe('1 person');
  expect(plural(1.5, 'day', 'days')).toBe('days');
});

it('writes large numbers with a thousands separator', () => {
  expect(count(12400, 'row', 'rows')).toBe('12,400 rows');
});

it('joins names the way a sentence does, without a comma before "and"', () => {
  expect(listInWords([])).toBe('');
  expect(listInWords(['Toledo'])).toBe('Toledo');
  expect(listInWords(['Toledo', 'Stann Creek'])).toBe('Toledo and Stann Creek');
  expect(listInWords(['Toledo', 'Stann Creek', 'Cayo'])).toBe('Toledo, Stann Creek and Cayo');
});

it('says what touches a district', () => {
  expect(countsInWords({ commitments: 7, meetings: 1, datasets: 6 })).toBe('7 commitments, 1 meeting and 6 datasets');
});

it('calls a record with no districts nationwide', () => {
  expect(districtsInWords([])).toBe('Nationwide');
  expect(districtsInWords(['Cayo', 'Toledo'])).toBe('Cayo, Toledo');
});

it('says how many lines of a text changed, leaving out a count of none', () => {
  expect(linesChanged({ added: 3, removed: 1 })).toBe('3 lines added, 1 line removed');
  expect(linesChanged({ added: 0, removed: 2 })).toBe('2 lines removed');
  expect(linesChanged({ added: 1, removed: 0 })).toBe('1 line added');
  expect(linesChanged({ added: 0, removed: 0 })).toBe('changed');
});

it('names GeoJSON geometries in words', () => {
  expect(geometriesInWords('Point', 1)).toBe('1 point');
  expect(geometriesInWords('MultiPolygon', 2)).toBe('2 multi-polygons');
});

it('gives each status its label from the vocabularies and one colour everywhere', () => {
  expect(tags.completion('limited')).toEqual({ label: 'Limited', tone: 'in-progress' });
  expect(tags.meeting('postponed')).toEqual({ label: 'Postponed', tone: 'overdue' });
  expect(tags.decision('adopted')).toEqual({ label: 'Adopted', tone: 'complete' });
  expect(tags.change('removed')).toEqual({ label: 'Removed', tone: 'overdue' });
  expect(tags.plan('co-creation')).toEqual({ label: 'In co-creation', tone: 'in-progress' });
});

it('says a tally with its words, leaving out zeros but the first', () => {
  expect(tallyInWords(14, ['milestone', 'milestones'], [[5, 'Complete'], [6, 'On time'], [0, 'Overdue'], [3, 'Not started']])).toBe('14 milestones: 5 complete, 6 on time, 3 not started');
  expect(tallyInWords(2, ['milestone', 'milestones'], [[0, 'Complete'], [2, 'Overdue']])).toBe('2 milestones: 0 complete, 2 overdue');
  expect(tallyInWords(0, ['milestone', 'milestones'], [[0, 'Complete']])).toBe('0 milestones');
});

it('counts times the way people say them', () => {
  expect([1, 2, 3].map((n) => timesInWords(n, 'rescheduled'))).toEqual(['rescheduled once', 'rescheduled twice', 'rescheduled 3 times']);
});

it('says where a page of a list stands, the whole list when it fits on one page', () => {
  expect(rangeInWords({ first: 21, last: 40, total: 1312 }, 'meeting', 'meetings')).toBe('21 to 40 of 1,312 meetings');
  expect(rangeInWords({ first: 1, last: 1, total: 1 }, 'meeting', 'meetings')).toBe('1 meeting');
  expect(rangeInWords({ first: 0, last: 0, total: 0 }, 'meeting', 'meetings')).toBe('No meetings');
});
