/**
 * Previews of a commitment, a meeting and a dataset in the site's own look: the same markup and
 * classes as the published pages (src/layouts/), and the same labels, dates and milestone states
 * (imported from src/). src/integrations/cms.ts fills in the constant below at build time.
 */
import { formatDate, today } from '../src/lib/dates.ts';
import { milestoneState } from '../src/lib/progress/status.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';
import { defaultLanguage } from '../src/lib/i18n/languages.ts';
import { count, districtsInWords, tags, type Tag } from '../src/lib/words.ts';
import type { Milestone } from '../src/schemas/commitment.ts';
import { attendeeSectors, completionLevels, decisionOutcomes, evidenceKinds, labelOf, licences, meetingKinds, meetingStatuses, resourceFormats, themes, updateFrequencies } from '../src/schemas/vocabularies.ts';

/** Names of the records an entry may refer to, by collection and id, at build time. */
declare const RECORD_NAMES: Record<string, Record<string, string>>;

type Node = unknown;
type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => Node;
interface Immutable {
  toJS(): unknown;
  getIn(path: unknown[]): unknown;
}
/** What Decap gives a preview template. */
export interface PreviewProps {
  entry: Immutable;
  widgetFor: (name: string) => Node;
  fieldsMetaData?: Immutable;
}
const { h } = window as unknown as { h: H };

type Data = Record<string, any>;

/** A date as written in the file (or as YAML read it), `YYYY-MM-DD`. */
function iso(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** A date in words, or a visible gap while it is not filled in. */
function when(value: unknown): Node {
  const date = iso(value);
  return date ? h('time', { dateTime: date }, formatDate(date)) : h('em', null, 'no date yet');
}

/** A record's name: from the site's records, from what the relation widget loaded, or its id. */
function nameOf(props: PreviewProps, field: string, collection: string, id: string, titleField = 'title'): string {
  const loaded = props.fieldsMetaData?.getIn([field, collection, id, titleField]);
  return RECORD_NAMES[collection]?.[id] ?? (typeof loaded === 'string' ? loaded : id);
}

const tag = ({ tone, label }: Tag) => h('strong', { className: `og-tag og-tag--${tone}` }, label);
/** Whether a value typed in the editor is one of a vocabulary's (the content check has not seen it yet). */
const isIn = <V extends object>(vocabulary: V, value: unknown): value is keyof V => typeof value === 'string' && value in vocabulary;
const facts = (...pairs: [string, unknown][]) => h('dl', { className: 'og-facts' }, ...pairs.flatMap(([term, value]) => [h('dt', null, term), h('dd', null, value)]));
const list = <T,>(items: T[] | undefined): T[] => (Array.isArray(items) ? items : []);
const page = (...children: unknown[]) => h('div', { className: 'og-width' }, h('main', { className: 'og-main' }, ...children));
const label = (vocabulary: Record<string, string | { label: string }>, value: unknown) => (typeof value === 'string' && value in vocabulary ? labelOf(vocabulary, value) : '');

/** A commitment, as on /commitments/<id>/. */
export function Commitment(props: PreviewProps): Node {
  const data = props.entry.toJS() as { data: Data };
  const d = data.data ?? {};
  const districts = list<string>(d.districts);
  const milestones = list<Data>(d.milestones);
  return page(
    h('h1', null, h('span', { className: 'og-caption' }, `Commitment ${d.code ?? ''} · ${label(themes, d.theme)}`), ' ', d.title),
    isIn(completionLevels, d.status) && h('p', null, tag({ ...tags.completion(d.status), label: `Completion: ${tags.completion(d.status).label}` })),
    facts(
      ['Lead agency', d.lead ? nameOf(props, 'lead', 'organizations', d.lead, 'name') : ''],
      ['Where', districtsInWords(districts.map((id) => nameOf(props, 'districts', 'districts', id, 'name')))],
      ['When', h('span', null, when(d.start), ' to ', when(d.end))],
    ),
    h('p', { className: 'og-lede' }, d.summary),
    h('h2', null, 'What is the public problem?'),
    h('div', { className: 'og-prose' }, props.widgetFor('problem')),
    h('h2', null, 'What is the commitment?'),
    h('div', { className: 'og-prose' }, props.widgetFor('body')),
    h('h2', null, 'How will it help solve the problem?'),
    h('div', { className: 'og-prose' }, props.widgetFor('contribution')),
    h('h2', null, 'Milestones'),
    h(
      'ol',
      { className: 'og-timeline' },
      ...milestones.map((milestone, index) => {
        const complete = { ...milestone, start: iso(milestone.start) ?? today, end: iso(milestone.end) ?? today } as Milestone;
        const state: Tag = milestone.status ? milestoneState(complete, {}, wordsIn(defaultLanguage)) : { tone: 'upcoming', label: 'No status yet' };
        return h(
          'li',
          { key: index, className: `og-timeline__item--${state.tone}` },
          h('h3', null, milestone.title),
          tag(state),
          h('p', { className: 'og-meta' }, when(milestone.start), ' to ', when(milestone.end), milestone.completed ? h('span', null, ' · completed ', when(milestone.completed)) : null),
          milestone.output && h('p', null, `Expected output: ${milestone.output}`),
          list<Data>(milestone.evidence).length > 0 &&
            h('ul', null, ...list<Data>(milestone.evidence).map((evidence, i) => h('li', { key: i }, `Evidence (${label(evidenceKinds, evidence.kind ?? 'document').toLowerCase()}): `, h('a', { href: evidence.url }, evidence.title)))),
        );
      }),
    ),
  );
}

/** A meeting, as on /meetings/<id>/. */
export function Meeting(props: PreviewProps): Node {
  const d = ((props.entry.toJS() as { data: Data }).data ?? {}) as Data;
  const attendees = list<Data>(d.attendees);
  const bySector = Object.entries(attendeeSectors).map(([sector, words]) => `${attendees.filter((a) => a.sector === sector).length} ${words.toLowerCase()}`);
  return page(
    h('h1', null, h('span', { className: 'og-caption' }, label(meetingKinds, d.kind), ' · ', when(d.date)), ' ', d.title),
    isIn(meetingStatuses, d.status) && h('p', null, tag(tags.meeting(d.status))),
    facts(
      ['Date', h('span', null, when(d.date), d.time ? `, ${d.time}` : '')],
      ['Where', [d.venue?.name, d.district && `${nameOf(props, 'district', 'districts', d.district, 'name')} District`, d.online && 'online'].filter(Boolean).join(', ')],
      ...(attendees.length ? [['Attendance', `${count(attendees.length, 'person', 'people')}: ${bySector.join(', ')}`] as [string, unknown]] : []),
    ),
    h('p', { className: 'og-lede' }, d.summary),
    list<string>(d.agenda).length > 0 && h('h2', null, 'Agenda'),
    list<string>(d.agenda).length > 0 && h('ol', null, ...list<string>(d.agenda).map((item, i) => h('li', { key: i }, item))),
    list<Data>(d.decisions).length > 0 && h('h2', null, 'Decisions'),
    list<Data>(d.decisions).length > 0 &&
      h('ol', { className: 'og-records' }, ...list<Data>(d.decisions).map((decision, i) => h('li', { key: i }, isIn(decisionOutcomes, decision.outcome) && tag(tags.decision(decision.outcome)), h('p', null, decision.text)))),
    h('h2', null, 'Minutes'),
    h('div', { className: 'og-prose' }, props.widgetFor('body')),
    attendees.length > 0 && h('h2', null, 'Attendees'),
    attendees.length > 0 &&
      h(
        'table',
        null,
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Representing'), h('th', { scope: 'col' }, 'Sector'))),
        h('tbody', null, ...attendees.map((person, i) => h('tr', { key: i }, h('td', null, person.name), h('td', null, person.organization ? nameOf(props, 'attendees', 'organizations', person.organization, 'name') : 'Themselves'), h('td', null, label(attendeeSectors, person.sector))))),
      ),
  );
}

/** A dataset, as on /datasets/<id>/. */
export function Dataset(props: PreviewProps): Node {
  const d = ((props.entry.toJS() as { data: Data }).data ?? {}) as Data;
  const districts = list<string>(d.districts);
  return page(
    h('h1', null, h('span', { className: 'og-caption' }, 'Dataset'), ' ', d.title),
    facts(
      ['Publisher', d.publisher ? nameOf(props, 'publisher', 'organizations', d.publisher, 'name') : ''],
      ['Covers', districtsInWords(districts.map((id) => nameOf(props, 'districts', 'districts', id, 'name')))],
      ['Licence', label(licences, d.licence)],
      ['Updated', label(updateFrequencies, d.frequency)],
    ),
    h('p', { className: 'og-lede' }, d.summary),
    h('h2', null, 'Files'),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'File'), h('th', { scope: 'col' }, 'Format'))),
      h('tbody', null, ...list<Data>(d.resources).map((resource, i) => h('tr', { key: i }, h('th', { scope: 'row' }, h('a', { href: resource.file ?? resource.url }, resource.title)), h('td', null, label(resourceFormats, resource.format))))),
    ),
    h('h2', null, 'About this data'),
    h('div', { className: 'og-prose' }, props.widgetFor('body')),
    h('h2', null, 'Details'),
    facts(['Themes', list<string>(d.themes).map((theme) => label(themes, theme)).join(', ')], ['First published', when(d.issued)]),
  );
}
