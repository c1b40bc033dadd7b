/**
 * The API's spreadsheets: commitments, and milestones with their commitment's columns. Headings
 * are the labels of the content model (OGP's words, from the zod metadata), values are what a
 * reader sees: names rather than ids, labels rather than codes, several values joined by "; ".
 *
 * The files start with a UTF-8 byte order mark. Excel, which most people here open CSVs with,
 * otherwise reads them as Windows-1252 and garbles "Asociación" or "San José"; pandas, R, Python's
 * csv with utf-8-sig, LibreOffice and Google Sheets all skip the mark.
 */
import type { z } from 'astro/zod';
import type { CommitmentEntry, Records } from '../content/records.ts';
import type { Milestone } from '../../schemas/commitment.ts';
import { CommitmentSchema, ContactSchema, MilestoneSchema } from '../../schemas/commitment.ts';
import { completionLevels, ogpValues, themes } from '../../schemas/vocabularies.ts';
import { metaOf } from '../../schemas/walk.ts';
import { toCsv, type CsvValue } from '../data-files/csv.ts';
import { absoluteUrl } from './catalog.ts';
import { milestoneState } from '../progress/status.ts';
import { recordUrl } from '../urls.ts';
import { nationwide } from '../words.ts';
import { defaultLanguage } from '../i18n/languages.ts';
import { wordsIn } from '../i18n/words.ts';

/** A column: its heading and how to read its value. */
type Column<T> = [heading: string, value: (row: T) => CsvValue];

/** The label of a field, as the editor shows it. */
const label = (shape: Record<string, z.ZodType>, key: string) => metaOf(shape[key]).title ?? key;
const joined = (values: (string | number)[]) => values.join('; ');
const commitment = CommitmentSchema.shape;
const contact = ContactSchema.shape;
const milestone = MilestoneSchema.shape;

function commitmentColumns({ records, site }: { records: Records; site: URL | string }): Column<CommitmentEntry>[] {
  const name = (id: string) => records.organization(id).data.name;
  return [
    ['Id', (c) => c.id],
    [label(commitment, 'code'), (c) => c.data.code],
    [label(commitment, 'title'), (c) => c.data.title],
    [label(commitment, 'summary'), (c) => c.data.summary],
    [label(commitment, 'plan'), (c) => records.plan(c.data.plan).data.title],
    [label(commitment, 'theme'), (c) => themes[c.data.theme]],
    [label(commitment, 'start'), (c) => c.data.start],
    [label(commitment, 'end'), (c) => c.data.end],
    [label(commitment, 'lead'), (c) => name(c.data.lead)],
    [label(commitment, 'contact'), (c) => c.data.contact.name],
    [`${label(commitment, 'contact')}: ${label(contact, 'role').toLowerCase()}`, (c) => c.data.contact.role],
    [`${label(commitment, 'contact')}: ${label(contact, 'email').toLowerCase()}`, (c) => c.data.contact.email],
    [`${label(commitment, 'contact')}: ${label(contact, 'phone').toLowerCase()}`, (c) => c.data.contact.phone],
    [label(commitment, 'supporters'), (c) => joined(c.data.supporters.map(name))],
    [label(commitment, 'districts'), (c) => (c.data.districts.length ? joined(c.data.districts.map((id) => records.district(id).data.name)) : nationwide)],
    [label(commitment, 'status'), (c) => completionLevels[c.data.status]],
    [label(commitment, 'problem'), (c) => c.data.problem],
    [label(commitment, 'contribution'), (c) => c.data.contribution],
    [label(commitment, 'values'), (c) => joined(c.data.values.map((v) => ogpValues[v]))],
    [label(commitment, 'sdgs'), (c) => joined(c.data.sdgs)],
    [label(commitment, 'budget'), (c) => c.data.budget?.amount],
    [`${label(commitment, 'budget')}: source`, (c) => c.data.budget?.source],
    [label(commitment, 'results'), (c) => c.data.results],
    ['Milestones', (c) => c.data.milestones.length],
    ['Milestones complete', (c) => records.progress([c]).complete],
    ['Milestones overdue', (c) => records.progress([c]).overdue],
    ['Page', (c) => absoluteUrl(recordUrl('commitments', c.id), site)],
  ];
}

type MilestoneRow = { commitment: CommitmentEntry; milestone: Milestone; number: number };

function milestoneColumns({ records, site }: { records: Records; site: URL | string }): Column<MilestoneRow>[] {
  const of = (key: string) => `Milestone: ${label(milestone, key).toLowerCase()}`;
  return [
    ...commitmentColumns({ records, site }).map(([heading, value]): Column<MilestoneRow> => [heading, (row) => value(row.commitment)]),
    ['Milestone number', (row) => row.number],
    [label(milestone, 'title'), (row) => row.milestone.title],
    [of('output'), (row) => row.milestone.output],
    // Empty in the content means the commitment's lead: a spreadsheet says so.
    [of('responsible'), (row) => records.organization(row.milestone.responsible ?? row.commitment.data.lead).data.name],
    [of('start'), (row) => row.milestone.start],
    [of('end'), (row) => row.milestone.end],
    [of('completed'), (row) => row.milestone.completed],
    [of('status'), (row) => completionLevels[row.milestone.status]],
    ['Milestone: where it stands', (row) => milestoneState(row.milestone, { planClosed: records.planClosed(row.commitment.data.plan) }, wordsIn(defaultLanguage)).label],
    [of('evidence'), (row) => joined(row.milestone.evidence.map((e) => `${e.title} <${e.url.startsWith('/') ? absoluteUrl(e.url, site) : e.url}>`))],
    [of('progress'), (row) => joined(row.milestone.progress.map((p) => `${p.date}: ${p.note}`))],
  ];
}

function table<T>(columns: Column<T>[], rows: T[]): string {
  return toCsv([columns.map(([heading]) => heading), ...rows.map((row) => columns.map(([, value]) => value(row)))], { bom: true });
}

/** `commitments.csv`: one row per commitment. */
export function commitmentsCsv(context: { records: Records; site: URL | string }): string {
  return table(commitmentColumns(context), context.records.commitments);
}

/** `milestones.csv`: one row per milestone, with its commitment's columns first. */
export function milestonesCsv(context: { records: Records; site: URL | string }): string {
  const rows = context.records.commitments.flatMap((commitment) => commitment.data.milestones.map((m, i) => ({ commitment, milestone: m, number: i + 1 })));
  return table(milestoneColumns(context), rows);
}
