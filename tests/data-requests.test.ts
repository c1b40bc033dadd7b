/**
 * Data requests as the site reads them (src/lib/innovation/data-requests.ts): how long each has
 * waited, and how a request sent through a form becomes a record that the content check accepts,
 * awaiting moderation, named only with consent, with no contact details.
 */
import { describe, expect, it } from 'vitest';
import { DataRequestSchema } from '../src/schemas/data-request.ts';
import { requestFromForm, waitInWords, waitOf } from '../src/lib/innovation/data-requests.ts';
import { wordsIn } from '../src/lib/i18n/words.ts';

describe('how long a request has waited', () => {
  const en = wordsIn('en');
  const inWords = (...args: Parameters<typeof waitOf>) => { const wait = waitOf(...args); return { days: wait.days, words: waitInWords(wait, en) }; };

  it('counts an open request\'s days up to the given day', () => {
    expect(inWords({ status: 'received', received: '2026-11-20' }, '2026-11-27')).toEqual({ days: 7, words: 'waiting for 7 days' });
    expect(inWords({ status: 'planned', received: '2025-11-20', statusDate: '2026-09-30' }, '2026-11-27')).toEqual({ days: 372, words: 'waiting for 1 year' });
    expect(inWords({ status: 'under-review', received: '2026-11-27', statusDate: '2026-11-27' }, '2026-11-27').words).toBe('received today');
  });

  it('counts an answered request\'s days up to its answer, whatever the day', () => {
    expect(inWords({ status: 'published', received: '2026-03-10', statusDate: '2026-05-20' }, '2030-01-01')).toEqual({ days: 71, words: 'answered after 2 months' });
    expect(inWords({ status: 'declined', received: '2026-06-15', statusDate: '2026-06-15' }).words).toBe('answered the day it was received');
  });

  it('says the wait in Spanish on a Spanish page', () => {
    const es = wordsIn('es');
    expect(waitInWords(waitOf({ status: 'received', received: '2026-09-27' }, '2026-11-27'), es)).toBe('lleva 2 meses esperando');
    expect(waitInWords(waitOf({ status: 'published', received: '2026-06-01', statusDate: '2026-06-02' }), es)).toBe('respondida después de 1 día');
  });
});

describe('a request sent through a form', () => {
  const form = {
    title: '  Bus stops in Corozal Town ',
    description: 'Where the buses stop in town.',
    purpose: 'For an app for market vendors.',
    'districts[]': 'corozal, orange-walk',
    name: 'María Cante',
    organization: 'Asociación de Mujeres Rurales de Orange Walk',
    email: 'maria@example.org',
    phone: '+501 622-1234',
  };

  it('becomes a record the content check accepts, awaiting moderation and only received', () => {
    const record = requestFromForm({ ...form, consent: 'on' }, '2026-11-25');
    const result = DataRequestSchema.safeParse(record);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data).toMatchObject({ title: 'Bus stops in Corozal Town', districts: ['corozal', 'orange-walk'], moderation: 'pending', status: 'received', received: '2026-11-25' });
    expect(result.data!.requester).toEqual({ name: 'María Cante', organization: 'Asociación de Mujeres Rurales de Orange Walk', consent: true });
  });

  it('keeps no name or organization without consent', () => {
    for (const consent of [undefined, '', 'off', false]) {
      const record = requestFromForm({ ...form, consent }, '2026-11-25');
      expect(record.requester).toEqual({ consent: false });
      expect(DataRequestSchema.safeParse(record).success).toBe(true);
    }
  });

  it('never carries the email address or the telephone number', () => {
    const text = JSON.stringify(requestFromForm({ ...form, consent: 'yes' }, '2026-11-25'));
    expect(text).not.toContain('maria@example.org');
    expect(text).not.toContain('622-1234');
  });

  it('takes districts as a list too, as some form services send several ticked boxes', () => {
    expect(requestFromForm({ ...form, 'districts[]': ['toledo', ' cayo '] }, '2026-11-25').districts).toEqual(['toledo', 'cayo']);
    expect(requestFromForm({ ...form, 'districts[]': undefined }, '2026-11-25').districts).toEqual([]);
  });
});
