/**
 * The CMS configuration is derived from the zod schemas (src/lib/cms/config.ts): each test names
 * what the editor must offer for a field, written out here rather than derived again. That the
 * editor really saves what the content check accepts is shown in Chromium by tests/cms.e2e.ts.
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig, githubRepo, type CmsField } from '../src/lib/cms/config.ts';
import { siteSettings } from '../src/lib/settings.ts';
import { completionLevels } from '../src/schemas/vocabularies.ts';

const settings = siteSettings();
const config = cmsConfig({ settings });
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
/** A field by its path, like `milestones.evidence.url`. */
function fieldAt(fields: CmsField[] | undefined, path: string): CmsField {
  const [name, ...rest] = path.split('.');
  const found = fields?.find((field) => field.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return rest.length ? fieldAt(found.fields ?? [found.field!], rest.join('.')) : found;
}
const commitment = (path: string) => fieldAt(collection('commitments').fields, path);
const meeting = (path: string) => fieldAt(collection('meetings').fields, path);

describe('the CMS configuration derived from the schemas', () => {
  it('has a collection for every folder of content/, and the settings file', () => {
    expect(config.collections.map((c) => c.folder ?? c.files?.[0].file)).toEqual([
      'content/action-plans',
      'content/commitments',
      'content/meetings',
      'content/datasets',
      'content/organizations',
      'content/districts',
      'content/pages',
      'content/reuses',
      'content/data-requests',
      'content/challenges',
      'content/consultations',
      'content/public-input',
      'content/settings.yaml',
    ]);
  });

  it('takes labels and hints from the schemas\' metadata', () => {
    expect(commitment('lead')).toMatchObject({ label: 'Lead implementing agency' });
    expect(commitment('districts')).toMatchObject({ label: 'Districts', hint: 'Leave empty for a nationwide commitment.' });
    expect(commitment('milestones')).toMatchObject({ label: 'Milestones', label_singular: 'Milestone' });
  });

  it('makes a field required exactly when the schema needs it', () => {
    expect(commitment('title').required).toBeUndefined();
    expect(commitment('supporters').required).toBe(false);
    expect(commitment('milestones.completed').required).toBe(false);
    expect(commitment('milestones.title').required).toBeUndefined();
    // Inside an optional group nothing is required in the editor (Decap would demand it even
    // when the group is left empty); the content check still requires it when the group is used.
    expect(commitment('budget.amount').required).toBe(false);
  });

  it('offers each vocabulary\'s values with their labels', () => {
    expect(commitment('status')).toMatchObject({ widget: 'select', options: Object.entries(completionLevels).map(([value, label]) => ({ label, value })) });
    expect(commitment('values')).toMatchObject({ widget: 'select', multiple: true });
    expect(meeting('attendees.sector').options).toEqual([
      { label: 'Government', value: 'government' },
      { label: 'Civil society', value: 'civil-society' },
      { label: 'Other', value: 'other' },
    ]);
  });

  it('stores ids and shows names in relation widgets, several for lists of references', () => {
    expect(commitment('lead')).toMatchObject({ widget: 'relation', collection: 'organizations', value_field: '{{slug}}', display_fields: ['name'] });
    expect(commitment('districts')).toMatchObject({ widget: 'relation', collection: 'districts', multiple: true });
    expect(meeting('decisions.commitments')).toMatchObject({ widget: 'relation', collection: 'commitments', multiple: true, display_fields: ['title'] });
  });

  it('nests milestones in their commitment, and evidence in its milestone', () => {
    expect(commitment('milestones')).toMatchObject({ widget: 'list', summary: '{{fields.title}}' });
    expect(commitment('milestones.evidence').fields!.map((f) => f.name)).toEqual(['title', 'kind', 'url', 'date']);
    expect(meeting('attendees').fields!.map((f) => f.name)).toEqual(['name', 'organization', 'sector']);
  });

  it('writes dates and times as the schemas accept them, and uploads where the site publishes them', () => {
    expect(commitment('start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
    expect(meeting('time')).toMatchObject({ widget: 'datetime', format: 'HH:mm', date_format: false });
    expect(commitment('milestones.evidence.url')).toMatchObject({ widget: 'file' });
    expect(collection('commitments')).toMatchObject({ media_folder: '/content/files/evidence', public_folder: '/files/evidence' });
    expect(collection('datasets')).toMatchObject({ media_folder: '/content/files/datasets', public_folder: '/files/datasets' });
  });

  it('edits reuses, data requests and challenges: a screenshot uploaded as an image, requests arriving unpublished', () => {
    const reuse = (path: string) => fieldAt(collection('reuses').fields, path);
    const request = (path: string) => fieldAt(collection('data-requests').fields, path);
    expect(reuse('screenshot.file')).toMatchObject({ widget: 'image' });
    expect(collection('reuses')).toMatchObject({ media_folder: '/content/files/reuses', public_folder: '/files/reuses' });
    expect(reuse('datasets')).toMatchObject({ widget: 'relation', collection: 'datasets', multiple: true });
    expect(request('moderation')).toMatchObject({ widget: 'select', default: 'pending' });
    expect(request('status')).toMatchObject({ widget: 'select', default: 'received' });
    expect(request('dataset')).toMatchObject({ widget: 'relation', collection: 'datasets', required: false });
    expect(collection('data-requests').fields!.map((f) => f.name)).not.toContain('email');
    expect(fieldAt(collection('challenges').fields, 'prizes.winner')).toMatchObject({ widget: 'relation', collection: 'reuses' });
    expect(fieldAt(collection('challenges').fields, 'rules')).toMatchObject({ widget: 'file' });
  });

  it('names new files like the repository does: kebab-case ids, meetings after their date', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(collection('commitments').slug).toBe('{{slug}}');
    expect(collection('commitments').preview_path).toBe('commitments/{{slug}}/');
    expect(collection('pages').preview_path).toBe('{{slug}}/');
    expect(collection('meetings').slug).toBe('{{year}}-{{month}}-{{day}}-{{slug}}');
    expect(collection('organizations')).toMatchObject({ identifier_field: 'name', extension: 'yaml' });
    expect(collection('districts')).toMatchObject({ create: false, delete: false });
  });

  it('names public input as the importer does, lists it by number with what awaits moderation one filter away, and previews it on its consultation', () => {
    expect(collection('public-input')).toMatchObject({
      slug: '{{fields.consultation}}-{{fields.number}}',
      preview_path: 'consultations/{{fields.consultation}}/',
      extension: 'yaml',
      sortable_fields: [{ field: 'number', default_sort: 'asc' }, 'received', 'commit_date'],
      view_groups: [{ label: 'Consultation', field: 'consultation' }, { label: 'Moderation', field: 'moderation' }],
    });
    expect(collection('public-input').view_filters).toContainEqual({ label: 'Awaiting moderation', field: 'moderation', pattern: 'pending' });
    const input = (path: string) => fieldAt(collection('public-input').fields, path);
    expect(input('response.mergedInto')).toMatchObject({ widget: 'relation', collection: 'public-input', required: false });
    expect(input('response.outcome').options?.map((o) => o.value)).toEqual(['adopted', 'partly-adopted', 'merged', 'not-adopted', 'out-of-scope', 'pending']);
    expect(input('consultation')).toMatchObject({ widget: 'relation', collection: 'consultations' });
    expect(collection('consultations')).toMatchObject({ media_folder: '/content/files/consultations', sortable_fields: [{ field: 'opens', default_sort: 'desc' }, 'title', 'commit_date'] });
  });

  it('lists commitments by number and meetings newest first', () => {
    expect(collection('commitments').sortable_fields?.[0]).toEqual({ field: 'code', default_sort: 'asc' });
    expect(collection('meetings').sortable_fields?.[0]).toEqual({ field: 'date', default_sort: 'desc' });
    expect(collection('organizations').sortable_fields?.[0]).toEqual({ field: 'name', default_sort: 'asc' });
  });

  it('lists data requests newest first, grouped by what awaits moderation', () => {
    expect(collection('data-requests').sortable_fields?.[0]).toEqual({ field: 'received', default_sort: 'desc' });
    expect(collection('data-requests').view_groups?.[0]).toEqual({ label: 'Moderation', field: 'moderation' });
    expect(collection('reuses').sortable_fields?.[0]).toEqual({ field: 'date', default_sort: 'desc' });
  });

  it('checks patterns the schemas check, with their messages', () => {
    expect(commitment('code').pattern).toEqual(['^BZ\\d{2}$', 'expected a commitment number like BZ03']);
    expect(commitment('summary').pattern?.[0]).toBe('^[\\s\\S]{0,240}$');
  });

  it('gives file fields no pattern, which Decap would test against the file\'s base name alone', () => {
    const dataset = (path: string) => fieldAt(collection('datasets').fields, path);
    expect(dataset('resources.file')).toMatchObject({ widget: 'file' });
    expect(dataset('resources.file').pattern).toBeUndefined();
    expect(dataset('resources.schema').pattern).toBeUndefined();
  });

  it('says in the hint when a field is required, or limited, by a rule across fields', () => {
    expect(meeting('district')).toMatchObject({ required: false, hint: 'Required unless the meeting was held online.' });
    const dataset = (path: string) => fieldAt(collection('datasets').fields, path);
    expect(dataset('resources.url').hint).toBe('Required unless the file is uploaded above; not both. The address of the file or service.');
    expect(dataset('modified').hint).toBe('Leave empty to use the date of the last saved change. On or after the date first published.');
    expect(commitment('milestones.completed').hint).toBe('Only once the status is Complete. On or after the start date.');
    expect(commitment('end').hint).toBe('On or after the start date.');
  });

  it('translates the prose of the six translated collections into Spanish, in a folder per language, and nothing else (issue #18)', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'es'], default_locale: 'en' });
    const translated = config.collections.filter((c) => c.i18n).map((c) => c.name).sort();
    expect(translated).toEqual(['action-plans', 'commitments', 'consultations', 'datasets', 'meetings', 'pages']);
    /** The fields marked i18n, as paths (`milestones.title`), of one collection. */
    const marked = (fields: CmsField[] = [], prefix = ''): string[] =>
      fields.flatMap((field) => [...(field.i18n ? [`${prefix}${field.name}`] : []), ...marked(field.fields ?? (field.field ? [field.field] : []), `${prefix}${field.name}.`)]);
    expect(marked(collection('commitments').fields)).toEqual(['title', 'summary', 'problem', 'contribution', 'results', 'milestones', 'milestones.title', 'milestones.output', 'body']);
    expect(marked(collection('meetings').fields)).toEqual(['title', 'summary', 'agenda', 'agenda.item', 'decisions', 'decisions.text', 'actions', 'actions.text', 'body']);
    expect(marked(collection('pages').fields)).toEqual(['title', 'summary', 'body']);
    expect(marked(collection('organizations').fields)).toEqual([]);
    // Relations still store ids without the language folder.
    expect(commitment('plan')).toMatchObject({ widget: 'relation', collection: 'action-plans', value_field: '{{slug}}' });
    expect(collection('commitments').folder).toBe('content/commitments');
  });

  it('adds the Markdown body to Markdown collections only', () => {
    expect(commitment('body')).toMatchObject({ widget: 'markdown', label: 'What is the commitment?' });
    expect(collection('organizations').fields!.some((f) => f.name === 'body')).toBe(false);
  });

  it('saves to the GitHub repository and branch of the settings, through pull requests', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'opengov-belize/site', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.local_backend).toBeUndefined();
    expect(cmsConfig({ settings, localBackend: 'http://127.0.0.1:8081/api/v1' }).local_backend?.url).toBe('http://127.0.0.1:8081/api/v1');
    expect(githubRepo('https://github.com/opengov-belize/site.git')).toBe('opengov-belize/site');
    expect(() => cmsConfig({ settings: { ...settings, repository: { url: 'https://gitlab.com/a/b', branch: 'main' } } })).toThrow(/GitHub/);
  });
});
