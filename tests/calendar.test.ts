/**
 * The calendar feeds, read by an independent parser (Debian's python3-icalendar, installed by
 * .ci/run): one event per meeting, per milestone deadline of the current plan and per consultation
 * open or still to open, unique UIDs,
 * times in UTC from Belize's UTC−6, cancelled and postponed meetings said so, DTSTAMP from the
 * record's last commit, and the same bytes from a second build of the same commit.
 */
import { recordFile, recordFolder } from '../src/lib/content/record-files.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { testBuildDate } from './support/astro.ts';
import { dist, distFiles } from './support/dist.ts';
import { sharedBuild } from './support/shared-builds.ts';

/** Debian's Python, which has python3-icalendar (another Python on PATH may not). */
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

interface Event {
  uid: string;
  summary: string;
  description: string;
  status: string;
  location: string | null;
  start: string;
  allDay: boolean;
  end: string | null;
  stamp: string;
}

/** Parses iCalendar files with python3-icalendar and returns each file's events. */
function parse(files: string[]): Record<string, Event[]> {
  const script = `
import json, sys, datetime
from icalendar import Calendar
out = {}
for path in sys.argv[1:]:
    cal = Calendar.from_ical(open(path, 'rb').read())
    events = []
    for e in cal.walk('VEVENT'):
        start = e.decoded('DTSTART')
        end = e.get('DTEND')
        iso = lambda d: d.isoformat() if isinstance(d, datetime.datetime) else d.isoformat()
        events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e.get('DESCRIPTION', '')),
          'status': str(e.get('STATUS', '')), 'location': str(e['LOCATION']) if 'LOCATION' in e else None,
          'start': iso(start), 'allDay': not isinstance(start, datetime.datetime),
          'end': iso(e.decoded('DTEND')) if end is not None else None, 'stamp': iso(e.decoded('DTSTAMP'))})
    out[path] = events
print(json.dumps(out))
`;
  const result = spawnSync(python, ['-c', script, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3-icalendar could not read the files (apt-get install python3-icalendar):\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

function front(path: string): Record<string, any> {
  const data = yaml.load(readFileSync(path, 'utf8').split(/^---$/m)[1]) as Record<string, any>;
  return JSON.parse(JSON.stringify(data, (_, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00.000Z$/.test(v) ? v.slice(0, 10) : v)));
}
const meetings = readdirSync(recordFolder('meetings')).map((f) => ({ id: f.replace(/\.md$/, ''), data: front(`${recordFolder('meetings')}/${f}`) }));
const plans = readdirSync(recordFolder('action-plans')).map((f) => ({ id: f.replace(/\.md$/, ''), data: front(`${recordFolder('action-plans')}/${f}`) }));
const currentPlan = plans.filter((p) => p.data.status !== 'completed').sort((a, b) => b.data.start.localeCompare(a.data.start))[0];
const current = readdirSync(recordFolder('commitments')).map((f) => ({ id: f.replace(/\.md$/, ''), data: front(`${recordFolder('commitments')}/${f}`) })).filter((c) => c.data.plan === currentPlan.id);
const file = (path: string) => join(dist, path);
const consultations = readdirSync(recordFolder('consultations')).map((f) => ({ id: f.replace(/\.md$/, ''), data: front(`${recordFolder('consultations')}/${f}`) }));
const feeds = parse(['meetings', 'deadlines', 'consultations', 'all'].map((name) => file(`calendar/${name}.ics`)));
const feed = (name: string) => feeds[file(`calendar/${name}.ics`)];

describe('the meetings calendar', () => {
  it('has one event per meeting, each with its own UID built from the meeting id', () => {
    expect(feed('meetings').map((e) => e.uid).sort()).toEqual(meetings.map((m) => `meeting-${m.id}@opengov.example.bz`).sort());
  });

  it('gives the time in UTC, six hours after Belize time, or the whole day when no time is set', () => {
    for (const meeting of meetings) {
      const event = feed('meetings').find((e) => e.uid.startsWith(`meeting-${meeting.id}@`))!;
      if (meeting.data.time) {
        const [h, m] = meeting.data.time.split(':').map(Number);
        const expected = new Date(Date.UTC(...(meeting.data.date.split('-').map(Number) as [number, number, number]).map((n, i) => (i === 1 ? n - 1 : n)) as [number, number, number], h + 6, m)).toISOString();
        expect(new Date(event.start).toISOString(), meeting.id).toBe(expected);
      } else {
        expect(event, meeting.id).toMatchObject({ allDay: true, start: meeting.data.date });
        expect(event.end).toBe(new Date(Date.parse(meeting.data.date) + 86_400_000).toISOString().slice(0, 10));
      }
    }
  });

  it('says where: the venue and district, or online', () => {
    for (const meeting of meetings) {
      const event = feed('meetings').find((e) => e.uid.startsWith(`meeting-${meeting.id}@`))!;
      if (meeting.data.venue) expect(event.location, meeting.id).toContain(meeting.data.venue.name);
      else expect(event.location, meeting.id).toBe('Online');
      if (meeting.data.online && meeting.data.venue) expect(event.location).toContain('online');
    }
  });

  it('marks a cancelled meeting STATUS:CANCELLED and says a postponed one is postponed', () => {
    const cancelled = meetings.filter((m) => m.data.status === 'cancelled');
    const postponed = meetings.filter((m) => m.data.status === 'postponed');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(postponed.length).toBeGreaterThan(0);
    for (const event of feed('meetings')) {
      const meeting = meetings.find((m) => event.uid.startsWith(`meeting-${m.id}@`))!;
      expect(event.status === 'CANCELLED', meeting.id).toBe(meeting.data.status === 'cancelled');
      if (meeting.data.status === 'postponed') expect(event.description).toMatch(/postponed/i);
    }
  });

  it('dates each event (DTSTAMP) with the last commit of its record, as Git says', () => {
    const meeting = meetings[0];
    // Followed across renames, leaving out the pure move into the language folders (issue #18): it changed nothing in the record.
    const git = spawnSync('git', ['log', '-1', '--follow', '--diff-filter=AM', '--format=%cI', '--', recordFile('meetings', meeting.id)], { encoding: 'utf8' }).stdout.trim();
    const event = feed('meetings').find((e) => e.uid.startsWith(`meeting-${meeting.id}@`))!;
    expect(new Date(event.stamp).getTime()).toBe(new Date(git).getTime());
  });
});

describe('the deadlines calendar', () => {
  it('has one all-day event per milestone of the current plan, on its end date', () => {
    const events = feed('deadlines');
    const milestones = current.flatMap((c) => c.data.milestones.map((m: Record<string, string>) => ({ code: c.data.code, ...m })));
    expect(events).toHaveLength(milestones.length);
    expect(events.map((e) => `${e.start} ${e.summary}`).sort()).toEqual(milestones.map((m) => `${m.end} Deadline ${m.code}: ${m.title}`).sort());
    for (const event of events) {
      expect(event.allDay).toBe(true);
      expect(event.end).toBe(new Date(Date.parse(event.start) + 86_400_000).toISOString().slice(0, 10));
    }
  });
});

describe('the consultations calendar', () => {
  it('has one all-day event per consultation open or still to open on the build date, from its first day to its last', () => {
    const taking = consultations.filter((c) => c.data.closes >= testBuildDate);
    expect(taking.length, 'the sample has consultations to come').toBeGreaterThan(0);
    expect(taking.length).toBeLessThan(consultations.length);
    const events = feed('consultations');
    expect(events.map((e) => e.uid).sort()).toEqual(taking.map((c) => `consultation-${c.id}@opengov.example.bz`).sort());
    for (const c of taking) {
      const event = events.find((e) => e.uid === `consultation-${c.id}@opengov.example.bz`)!;
      expect(event.allDay).toBe(true);
      expect(event.start).toBe(c.data.opens);
      // DTEND is exclusive: the day after the closing day.
      expect(event.end).toBe(new Date(Date.parse(c.data.closes) + 86_400_000).toISOString().slice(0, 10));
      expect(event.summary).toContain(c.data.title);
    }
  });
});

describe('every calendar file', () => {
  const all = distFiles().filter((path) => path.endsWith('.ics'));
  const parsed = parse(all.map(file));

  it('parses, and holds no UID twice', () => {
    for (const [path, events] of Object.entries(parsed)) {
      expect(events.length, path).toBeGreaterThan(0);
      expect(new Set(events.map((e) => e.uid)).size, path).toBe(events.length);
    }
  });

  it('gathers the other calendars in the whole one, and each meeting and commitment file agrees with it', () => {
    const uids = new Set(feed('all').map((e) => e.uid));
    expect(uids).toEqual(new Set([...feed('meetings'), ...feed('deadlines'), ...feed('consultations')].map((e) => e.uid)));
    for (const meeting of meetings) expect(parsed[file(`meetings/${meeting.id}/calendar.ics`)].map((e) => e.uid)).toEqual([`meeting-${meeting.id}@opengov.example.bz`]);
    for (const commitment of current) {
      const own = parsed[file(`commitments/${commitment.id}/calendar.ics`)];
      expect(own).toHaveLength(commitment.data.milestones.length);
      for (const event of own) expect(uids.has(event.uid), event.uid).toBe(true);
    }
  });
});

describe('a second build of the same commit', () => {
  it('gives the same bytes for every calendar file', async () => {
    // Built once per run, in the background while other files run (tests/support/shared-builds.ts).
    const { out, status, output } = await sharedBuild('rebuild');
    expect(status, output).toBe(0);
    const files = distFiles().filter((path) => path.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(10);
    for (const path of files) expect(readFileSync(join(out, path)).equals(readFileSync(file(path))), path).toBe(true);
  }, 240_000);
});
