/** Counts, lists and recurring phrases in words (src/lib/words.ts). */
import { expect, it } from 'vitest';
import { count, countsInWords, districtsInWords, linesChanged, listInWords, plural, rangeInWords, tags, tallyInWords, timesInWords } from '../src/lib/words.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';

const en = wordsIn('en');
const es = wordsIn('es');
const { milestone } = en.words.common.nouns;
const stage = en.words.progress.stagesCounted;

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

it('gives each status its label from the vocabularies and one colour everywhere', () => {
  expect(tags.completion('limited')).toEqual({ label: 'Limited', tone: 'in-progress' });
  expect(tags.meeting('postponed')).toEqual({ label: 'Postponed', tone: 'overdue' });
  expect(tags.decision('adopted')).toEqual({ label: 'Adopted', tone: 'complete' });
  expect(tags.change('removed')).toEqual({ label: 'Removed', tone: 'overdue' });
  expect(tags.plan('co-creation')).toEqual({ label: 'In co-creation', tone: 'in-progress' });
});

it('says a tally with its words, leaving out zeros but the first', () => {
  expect(tallyInWords(en, 14, milestone, [[5, stage.complete], [6, stage['on-time']], [0, stage.overdue], [3, stage['not-started']]])).toBe('14 milestones: 5 complete, 6 on time, 3 not started');
  expect(tallyInWords(en, 2, milestone, [[0, stage.complete], [2, stage.overdue]])).toBe('2 milestones: 0 complete, 2 overdue');
  expect(tallyInWords(en, 0, milestone, [[0, stage.complete]])).toBe('0 milestones');
});

it('says a tally in Spanish with each word agreeing with its number', () => {
  const etapa = es.words.progress.stagesCounted;
  expect(tallyInWords(es, 3, es.words.common.nouns.milestone, [[1, etapa.complete], [2, etapa.overdue]])).toBe('3 hitos: 1 completo, 2 atrasados');
});

it('counts times the way people say them', () => {
  expect([1, 2, 3].map((n) => timesInWords(en, n, 'rescheduled'))).toEqual(['rescheduled once', 'rescheduled twice', 'rescheduled 3 times']);
  expect([1, 2].map((n) => timesInWords(es, n, 'cambió de fecha'))).toEqual(['cambió de fecha una vez', 'cambió de fecha 2 veces']);
});

it('says where a page of a list stands, the whole list when it fits on one page', () => {
  expect(rangeInWords(en, { first: 21, last: 40, total: 1312 }, en.words.common.nouns.meeting)).toBe('21 to 40 of 1,312 meetings');
  expect(rangeInWords(en, { first: 1, last: 1, total: 1 }, en.words.common.nouns.meeting)).toBe('1 meeting');
  expect(rangeInWords(en, { first: 0, last: 0, total: 0 }, en.words.common.nouns.meeting)).toBe('No meetings');
  expect(rangeInWords(es, { first: 21, last: 40, total: 1312 }, es.words.common.nouns.meeting)).toBe('21 a 40 de 1,312 reuniones');
});
