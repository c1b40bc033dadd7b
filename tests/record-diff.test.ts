/** Changes between two versions of a record, in plain words, for every kind of record. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { diffRecord, describeFields, fieldLabels, type RecordDiff } from '../src/lib/history/record-diff.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { field, oneOf } from '../src/schemas/fields.ts';
import { collections, historyCollections, type CollectionName } from '../src/schemas/index.ts';

const en = wordsIn('en');
const es = wordsIn('es');
/** A diff's sentences in a language. */
const said = (diff: RecordDiff, t = en) => diff.lines.map((line) => line(t));
const names: Record<string, string> = { 'districts/cayo': 'Cayo', 'districts/toledo': 'Toledo', 'organizations/cito': 'Central Information Technology Office' };
const nameOf = (collection: CollectionName, id: string) => names[`${collection}/${id}`];
const lines = (collection: CollectionName, before: object, after: object, t = en) => {
  const schema = collections[collection].schema;
  return said(diffRecord(schema, schema.parse(before) as Record<string, unknown>, schema.parse(after) as Record<string, unknown>, nameOf, { collection }), t);
};

const meeting = { title: 'Ordinary meeting', summary: 'The forum met.', kind: 'ordinary', status: 'scheduled', date: '2026-06-18', online: true };
const organization = { name: 'CITO', sector: 'government', kind: 'agency' };
const milestone = { title: 'Publish the draft bill', start: '2026-01-01', end: '2027-03-31', status: 'limited' };
const commitment = {
  code: 'BZ01', title: 'Open data', summary: 'Publish data.', plan: '2026-2028', theme: 'open-data', start: '2026-01-01', end: '2028-06-30',
  lead: 'cito', contact: { name: 'Ana' }, status: 'limited', problem: 'No data.', contribution: 'Data.', values: ['access-to-information'],
  districts: ['cayo'], milestones: [milestone],
};

describe('the changes to a record', () => {
  it('name nothing when nothing changed', () => {
    expect(lines('meetings', meeting, { ...meeting })).toEqual([]);
  });

  it('use vocabulary labels and say how far a date moved', () => {
    expect(lines('meetings', meeting, { ...meeting, status: 'postponed', date: '2026-07-02' })).toEqual([
      'Status: Scheduled → Postponed',
      'Date moved from 18 June 2026 to 2 July 2026 (14 days later)',
    ]);
  });

  it('use the field labels of any collection, for set and removed values too', () => {
    expect(lines('organizations', { ...organization, phone: '822-2000' }, { ...organization, sector: 'civil-society', website: 'https://cito.example.bz' })).toEqual([
      'Sector: Government → Civil society',
      'Website set to "https://cito.example.bz"',
      'Telephone removed (was "822-2000")',
    ]);
  });

  it('label a choice from its own field\'s vocabulary, even where two vocabularies hold the same values', () => {
    const schema = z.strictObject({
      held: field(oneOf({ yes: 'Held', no: 'Not held' }), { title: 'Meeting' }),
      quorum: field(oneOf({ yes: 'Quorum reached', no: 'No quorum' }), { title: 'Quorum' }),
    });
    expect(said(diffRecord(schema, { held: 'no', quorum: 'no' }, { held: 'yes', quorum: 'yes' }, nameOf))).toEqual(['Meeting: Not held → Held', 'Quorum: No quorum → Quorum reached']);
  });

  it('label the IRM\'s assessment with its own words', () => {
    const assessment = { verifiable: true, potential: 'modest' };
    expect(lines('commitments', { ...commitment, assessment }, { ...commitment, assessment: { ...assessment, openedGovernment: 'did-not-change' } })).toEqual([
      'IRM assessment › Did it open government? set to Did not change',
    ]);
  });

  it('name referenced records in lists by their names', () => {
    expect(lines('commitments', commitment, { ...commitment, districts: ['toledo'] })).toEqual(['Districts: added Toledo; removed Cayo']);
  });

  it('treat a milestone retitled in place as the same milestone', () => {
    const after = { ...commitment, milestones: [{ ...milestone, title: 'Publish the draft bill for consultation', status: 'substantial' }] };
    expect(lines('commitments', commitment, after)).toEqual([
      'Milestone "Publish the draft bill" renamed to "Publish the draft bill for consultation"',
      'Milestone "Publish the draft bill for consultation": status: Limited → Substantial',
    ]);
  });

  it('compare nested lists inside milestones', () => {
    const evidence = { title: 'Gazette No. 41', url: 'https://example.bz/gazette-41' };
    const after = { ...commitment, milestones: [{ ...milestone, evidence: [evidence] }] };
    expect(lines('commitments', commitment, after)).toEqual(['Milestone "Publish the draft bill": evidence added: "Gazette No. 41"']);
  });

  it('show a long text as a line diff', () => {
    const schema = collections.commitments.schema;
    const diff = diffRecord(schema, schema.parse(commitment) as Record<string, unknown>, schema.parse({ ...commitment, problem: 'No data.\nNo portal.' }) as Record<string, unknown>, nameOf, { collection: 'commitments' });
    expect(said(diff)).toEqual(['What public problem does it address? rewritten (see the text below)']);
    expect(diff.texts[0].diff).toEqual([{ kind: 'same', text: 'No data.' }, { kind: 'added', text: 'No portal.' }]);
  });
});

describe('the fields of a version', () => {
  it('are listed with their labels and values in words', () => {
    const fields = describeFields(collections.commitments.schema, collections.commitments.schema.parse(commitment), nameOf, en, 'commitments');
    expect(fields.find((field) => field.label === 'Lead implementing agency')?.value).toBe('Central Information Technology Office');
    expect(fields.find((field) => field.label === 'Completion level')?.value).toBe('Limited');
    expect(fields.find((field) => field.label === 'Milestones')?.items?.[0]).toContainEqual({ label: 'End date (expected completion)', value: '31 March 2027' });
  });
});

describe('the changes in Spanish', () => {
  it('name the fields and the vocabularies\' values in Spanish, and dates as Spanish writes them', () => {
    expect(lines('meetings', meeting, { ...meeting, status: 'postponed', date: '2026-07-02' }, es)).toEqual([
      'Estado: Programada → Pospuesta',
      'Fecha: pasó del 18 de junio de 2026 al 2 de julio de 2026 (14 días después)',
    ]);
  });

  it('name a milestone and its fields in Spanish', () => {
    const after = { ...commitment, milestones: [{ ...milestone, status: 'substantial' }] };
    expect(lines('commitments', commitment, after, es)).toEqual(['Hito «Publish the draft bill»: estado: Limitado → Sustancial']);
  });

  it('name every field of every record kind that has a history', () => {
    for (const collection of historyCollections) {
      const missing = Object.keys(fieldLabels(collections[collection].schema)).filter((path) => !es.words.fields[collection]?.[path]);
      expect(missing, collection).toEqual([]);
    }
  });
});
