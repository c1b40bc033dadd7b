/**
 * Generates a site's worth of varied, valid records for the scale benchmark (issue #15):
 * organizations, action plans, commitments with milestones and sites, meetings with attendees,
 * decisions and minutes, and datasets, some with GeoJSON points and CSV files of their own. Each
 * record comes as the versions it went through (a draft, then edits that complete milestones,
 * hold meetings, add minutes, update data), so that the generated history reads like years of
 * editing. Deterministic: the same count and seed give the same records.
 */
import { recordFile } from '../../src/lib/content/record-files.ts';
import yaml from 'js-yaml';
import * as words from './words.ts';

/** One version of one record's file, and the commit message that saved it. */
export interface Version {
  text: string;
  message: string;
  /** When it was saved (YYYY-MM-DD), when the record says: a milestone's completion, a meeting's minutes. */
  date?: string;
  /** Files the version adds beside the record (uploaded data files). */
  files?: Array<{ path: string; text: string }>;
}

/** A generated record: where its file lives and the versions it went through, oldest first. */
export interface GeneratedRecord {
  collection: 'organizations' | 'action-plans' | 'commitments' | 'meetings' | 'datasets';
  id: string;
  path: string;
  versions: Version[];
}

/** How many records of each collection a total makes: a realistic mix for a long-running process. */
export function mix(total: number) {
  const organizations = Math.max(10, Math.round(total * 0.12));
  const commitments = Math.max(5, Math.round(total * 0.2));
  const datasets = Math.max(5, Math.round(total * 0.28));
  const meetings = Math.max(5, total - organizations - commitments - datasets);
  // OGP plans hold about fifteen commitments each.
  return { organizations, commitments, datasets, meetings, plans: Math.ceil(commitments / 15) };
}

/** A repeatable stream of random numbers (mulberry32). */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const n = Math.min(copy.length, min + int(max - min + 1));
    return Array.from({ length: n }, () => copy.splice(int(copy.length), 1)[0]);
  };
  return { next, int, pick, some, chance: (p: number) => next() < p };
}

type Random = ReturnType<typeof randomSource>;

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
/** A made-up web domain for an organization: `ministryofagriculture.example.gov.bz`. */
const domainOf = (name: string, tld = 'example.gov.bz') => `${slug(name).split('-').filter((part) => part.length > 2).slice(0, 3).join('') || 'org'}.${tld}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const districtNames: Record<string, string> = { corozal: 'Corozal', 'orange-walk': 'Orange Walk', belize: 'Belize', cayo: 'Cayo', 'stann-creek': 'Stann Creek', toledo: 'Toledo' };
const districts = Object.keys(districtNames);
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const themes = Object.keys(words.topics);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const day = 86_400_000;
const dateBetween = (random: Random, from: string, to: string) => iso(Date.parse(from) + random.int(Math.max(1, (Date.parse(to) - Date.parse(from)) / day)) * day);
const addDays = (date: string, days: number) => iso(Date.parse(date) + days * day);

const markdown = (data: object, body: string) => `---\n${yaml.dump(data, { lineWidth: 100, noRefs: true })}---\n\n${body.trim()}\n`;

/** Unique ids: a second "cayo-ordinary-meeting" becomes "cayo-ordinary-meeting-2". */
function idMaker(taken: Set<string>) {
  return (base: string) => {
    let id = base || 'record';
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

interface Org {
  id: string;
  name: string;
  sector: string;
  kind: string;
  district?: string;
}

/** The generated content, the benchmark's "today" being `today` (YYYY-MM-DD). */
export function generateRecords(total: number, { seed = 15, today = '2026-11-27', taken = new Set<string>() } = {}): GeneratedRecord[] {
  const random = randomSource(seed);
  const counts = mix(total);
  const newId = idMaker(taken);
  const person = () => `${random.pick(words.firstNames)} ${random.pick(words.surnames)}`;
  const place = (district = random.pick(districts)) => {
    const [name, lon, lat] = random.pick(words.places[district]);
    return { name, district, lon, lat };
  };
  // About 2 km around a town, rounded to 4 decimals (11 m), as the sample's coordinates are.
  const near = (lon: number, lat: number): [number, number] => [Number((lon + (random.next() - 0.5) * 0.04).toFixed(4)), Number((lat + (random.next() - 0.5) * 0.04).toFixed(4))];
  const records: GeneratedRecord[] = [];

  // Organizations: ministries, agencies and their district offices, councils, civil society, business, academia, partners.
  const orgNames = new Set<string>();
  const orgs: Org[] = [];
  const ministries: Org[] = [];
  const makeOrg = (): Org => {
    const roll = random.next();
    const district = random.chance(0.7) ? random.pick(districts) : undefined;
    let org: Omit<Org, 'id'>;
    if (roll < 0.08 && ministries.length < words.governmentSubjects.length) org = { name: `Ministry of ${words.governmentSubjects[ministries.length]}`, sector: 'government', kind: 'ministry' };
    else if (roll < 0.38) org = { name: `${random.pick(words.agencyKinds)} ${random.pick(words.agencySubjects)}${district ? `, ${districtNames[district]} office` : ''}`, sector: 'government', kind: 'agency', district };
    else if (roll < 0.46) {
      const town = place(district);
      org = { name: `${town.name} ${/Town|City/.test(town.name) || random.chance(0.3) ? 'Town Council' : 'Village Council'}`, sector: 'government', kind: 'local-government', district: town.district };
    } else if (roll < 0.86) {
      const town = place(district);
      org = { name: `${town.name} ${random.pick(words.groupKinds)}`, sector: 'civil-society', kind: 'cso', district: town.district };
    } else if (roll < 0.94) org = { name: `${districtNames[district ?? 'belize']} ${random.pick(words.businessKinds)}`, sector: 'private', kind: 'business', district: district ?? 'belize' };
    else if (roll < 0.97) org = { name: `${random.pick(['University of Belize', 'Galen University', 'Sacred Heart Junior College', 'Muffles Junior College', 'Stann Creek Ecumenical College'])}, ${random.pick(['Faculty of Social Sciences', 'Research Office', 'Department of Geography', 'Data Lab', 'Extension Services'])}`, sector: 'academia', kind: 'university', district };
    else org = { name: random.pick(words.internationalNames), sector: 'international', kind: 'multilateral' };
    let name = org.name;
    for (let n = 2; orgNames.has(name); n++) name = `${org.name} (${n})`;
    orgNames.add(name);
    return { ...org, name, id: newId(slug(name)) };
  };
  for (let i = 0; i < counts.organizations; i++) {
    const org = makeOrg();
    if (org.kind === 'ministry') ministries.push(org);
    orgs.push(org);
  }
  const government = orgs.filter((o) => o.sector === 'government');
  for (const org of orgs) {
    const parent = org.kind === 'agency' && ministries.length && random.chance(0.5) ? random.pick(ministries).id : undefined;
    const domain = domainOf(org.name, 'example.org.bz');
    const full = {
      name: org.name,
      sector: org.sector,
      kind: org.kind,
      description: `${org.name} ${random.pick(['works on', 'speaks for residents on', 'runs services for', 'advises government on', 'publishes data on'])} ${random.pick(words.topics[random.pick(themes)])}${org.district ? ` in ${districtNames[org.district]} District` : ''}.`,
      ...(parent && { parent }),
      ...(org.district && { district: org.district }),
      website: `https://www.${domain}`,
      email: `info@${domain}`,
      phone: `+501 ${200 + random.int(700)}-${String(random.int(10000)).padStart(4, '0')}`,
    };
    const draft = { name: full.name, sector: full.sector, kind: full.kind, ...(parent && { parent }), ...(org.district && { district: org.district }) };
    records.push({
      collection: 'organizations',
      id: org.id,
      path: recordFile('organizations', org.id, 'en', 'content', 'yaml'),
      versions: [
        { text: yaml.dump(draft), message: `Add organization: ${org.name}` },
        ...(random.chance(0.5) ? [{ text: yaml.dump(full), message: `${org.name}: contact details and description` }] : []),
      ],
    });
  }

  /** A paragraph of three to five sentences about `topic`. */
  const paragraph = (topic: string, district = random.pick(districts)) =>
    Array.from({ length: 3 + random.int(3) }, () =>
      random
        .pick(words.sentences)
        .replace('{org}', random.pick(orgs).name)
        .replace('{topic}', topic)
        .replace('{place}', place(district).name)
        .replace('{district}', districtNames[district])
        .replace('{year}', String(2008 + random.int(20)))
        .replace('{month}', random.pick(months))
        .replace('{person}', person())
        .replace('{n}', String(2 + random.int(40)))
        .replace('{m}', String(45 + random.int(40))),
    ).join(' ');

  // Action plans: national plans every two years, the others OGP Local plans of towns. All
  // generated plans have ended, so the sample's current plan stays the current one.
  const plans: Array<{ id: string; start: string; end: string }> = [];
  for (let i = 0; i < counts.plans; i++) {
    // One in ten national, 2024 back to 2008; the others local, any town, any year.
    const national = i % 10 === 0 && i < 90;
    const startYear = national ? 2024 - 2 * (i / 10) : 2010 + random.int(15);
    const town = place();
    const start = `${startYear}-${national ? '01' : String(1 + random.int(12)).padStart(2, '0')}-01`;
    const end = addDays(`${startYear + 2}-${start.slice(5, 7)}-01`, -1);
    const period = `${startYear}–${startYear + 2}`;
    const title = national ? `National Open Government Action Plan ${period}` : `${town.name} local open government action plan ${period}`;
    const id = newId(slug(national ? `national-plan-${period}` : `local-${town.name}-${period}`));
    plans.push({ id, start, end: end < today ? end : addDays(today, -1) });
    const data = { title, summary: `${national ? 'National commitments' : `Commitments of ${town.name}`} co-created with civil society for ${period}, on ${random.some(themes, 2, 4).map((t) => t.replace(/-/g, ' ')).join(', ')}.`, status: 'implementation', start, end: plans[i].end, adopted: addDays(start, -20) };
    records.push({
      collection: 'action-plans',
      id,
      path: recordFile('action-plans', id),
      versions: [
        { text: markdown(data, paragraph(random.pick(words.topics[random.pick(themes)]), town.district)), message: `Add action plan ${period}` },
        { text: markdown({ ...data, status: 'completed' }, `${paragraph('the end-of-term report', town.district)}\n\n${paragraph('the lessons of this plan', town.district)}`), message: `Close the action plan ${period}`, date: plans[i].end },
      ],
    });
  }

  // Commitments: fifteen a plan, numbered BZ01 to BZ15 within it.
  const commitmentIds: Array<{ id: string; plan: string; districts: string[] }> = [];
  const levels = ['not-started', 'limited', 'substantial', 'complete'];
  for (let i = 0; i < counts.commitments; i++) {
    const plan = plans[Math.floor(i / 15) % plans.length];
    const theme = random.pick(themes);
    const topic = random.pick(words.topics[theme]);
    const where = random.chance(0.4) ? [] : random.some(districts, 1, 2);
    const townOf = where.length ? place(where[0]) : place();
    const title = `${random.pick(words.commitmentVerbs)} ${topic}${where.length && random.chance(0.6) ? ` in ${townOf.name}` : ''}`;
    const id = newId(slug(title));
    commitmentIds.push({ id, plan: plan.id, districts: where });
    const lead = random.pick(government);
    const span = (Date.parse(plan.end) - Date.parse(plan.start)) / day;
    const milestones = Array.from({ length: 2 + random.int(5) }, (_, k) => {
      const start = addDays(plan.start, Math.floor((span * k) / 7));
      return {
        title: random.pick([`Publish the first report on ${topic}`, `Consult residents of ${townOf.name} on ${topic}`, `Train the staff of ${lead.name}`, `Adopt rules on ${topic}`, `Open an online form for complaints about ${topic}`, `Publish ${topic} as open data`, `Review the results with civil society`]) + (k ? ` (stage ${k + 1})` : ''),
        output: random.pick(['Report published online', 'Dataset in the catalogue', 'Signed regulations', 'Minutes of the consultation', 'Training materials and attendance list']),
        ...(random.chance(0.3) && { responsible: random.pick(orgs).id }),
        start,
        end: addDays(start, 60 + random.int(Math.max(30, Math.floor(span / 2)))),
        status: 'not-started',
      };
    });
    for (const m of milestones) if (m.end > plan.end) m.end = plan.end;
    for (const m of milestones) if (m.end < m.start) m.start = m.end;
    const base = {
      code: `BZ${String((i % 15) + 1).padStart(2, '0')}`,
      title,
      summary: `${capitalise(topic)}: ${random.pick(['published regularly and explained in plain words', 'open to residents\' questions and complaints', 'followed by an independent committee', 'available in every district'])}.`,
      plan: plan.id,
      theme,
      start: plan.start,
      end: plan.end,
      lead: lead.id,
      contact: { name: person(), role: random.pick(['Policy Officer', 'Director', 'Data Officer', 'Project Coordinator']), email: `contact@${domainOf(lead.name)}` },
      supporters: random.some(orgs.filter((o) => o.id !== lead.id), 1, 3).map((o) => o.id),
      districts: where,
      status: 'not-started',
      problem: paragraph(topic, where[0]),
      contribution: paragraph(topic, where[0]),
      values: random.some(['access-to-information', 'civic-participation', 'public-accountability'], 1, 2).concat(random.chance(0.3) ? ['technology-and-innovation'] : []),
      ...(random.chance(0.6) && { sites: Array.from({ length: 1 + random.int(2) }, () => { const p = place(where[0]); return { name: `${p.name} ${random.pick(words.venueKinds)}`, coordinates: near(p.lon, p.lat) }; }) }),
    };
    const body = Array.from({ length: 3 }, () => paragraph(topic, where[0])).join('\n\n');
    const versions: Version[] = [{ text: markdown({ ...base, milestones }, body), message: `Add commitment ${base.code} of ${plan.id}: ${title}` }];
    // Later versions complete milestones one by one, with evidence, and raise the status.
    const done = random.int(milestones.length + 1);
    for (let k = 0; k < done && k < 3; k++) {
      const m = milestones[k];
      Object.assign(m, { status: 'complete', completed: m.end, evidence: [{ title: `${m.output}, ${m.end.slice(0, 4)}`, kind: random.pick(['document', 'webpage', 'dataset']), url: `https://www.${domainOf(lead.name)}/${id}/${k + 1}`, date: m.end }] });
      const status = levels[Math.min(3, Math.ceil(((k + 1) / milestones.length) * 3))];
      versions.push({ text: markdown({ ...base, status, milestones: structuredClone(milestones) }, body), message: `${base.code} ${title}: milestone ${k + 1} complete`, date: m.end });
    }
    if (random.chance(0.3)) {
      const m = milestones.at(-1)!;
      m.end = m.end < plan.end ? addDays(m.end, 30) > plan.end ? plan.end : addDays(m.end, 30) : m.end;
      versions.push({ text: markdown({ ...base, status: levels[Math.min(3, done)], milestones: structuredClone(milestones) }, `${body}\n\n${paragraph(topic, where[0])}`), message: `${base.code}: new date for the last milestone, progress note`, date: addDays(milestones.at(-1)!.start, 20) });
    }
    records.push({ collection: 'commitments', id, path: recordFile('commitments', id), versions });
  }

  // Datasets: most link to files kept elsewhere; some carry GeoJSON points or a CSV file here.
  for (let i = 0; i < counts.datasets; i++) {
    const theme = random.pick(themes);
    const topic = random.pick(words.topics[theme]);
    const where = random.chance(0.5) ? [] : random.some(districts, 1, 3);
    const year = 2012 + random.int(15);
    const title = `${capitalise(random.pick(words.datasetNouns))} ${topic}${where.length === 1 ? `, ${districtNames[where[0]]}` : ''}${random.chance(0.5) ? ` ${year}` : ''}`;
    const id = newId(slug(title));
    const publisher = random.chance(0.8) ? random.pick(government) : random.pick(orgs);
    const issued = dateBetween(random, `${year}-01-01`, `${Math.min(year, 2026)}-10-31`);
    const resources: Array<Record<string, string>> = [
      { title: `${capitalise(topic)} (CSV)`, format: 'CSV', url: `https://data.example.bz/${id}.csv` },
      ...(random.chance(0.4) ? [{ title: 'Methodology note', format: 'PDF', url: `https://data.example.bz/${id}.pdf` }] : []),
      ...(random.chance(0.2) ? [{ title: 'Live data (API)', format: 'API', url: `https://api.example.bz/${id}` }] : []),
    ];
    const files: Array<{ path: string; text: string }> = [];
    if (random.chance(0.12)) {
      const points = Array.from({ length: 5 + random.int(26) }, (_, k) => {
        const p = place(where.length ? random.pick(where) : undefined);
        return { type: 'Feature', geometry: { type: 'Point', coordinates: near(p.lon, p.lat) }, properties: { id: `P${k + 1}`, name: `${p.name} ${random.pick(words.venueKinds)} ${k + 1}`, district: p.district } };
      });
      files.push({ path: `content/files/datasets/${id}.geojson`, text: JSON.stringify({ type: 'FeatureCollection', features: points }) });
      resources.push({ title: `${capitalise(topic)} (map points)`, format: 'GeoJSON', file: `/files/datasets/${id}.geojson` });
    } else if (random.chance(0.06)) {
      const rows = Array.from({ length: 20 + random.int(40) }, (_, k) => { const p = place(where.length ? random.pick(where) : undefined); return `${k + 1},${p.name},${p.district},${year},${random.int(500)}`; });
      files.push({ path: `content/files/datasets/${id}.csv`, text: `id,place,district,year,count\n${rows.join('\n')}\n` });
      resources[0] = { title: `${capitalise(topic)} (CSV)`, format: 'CSV', file: `/files/datasets/${id}.csv` };
    }
    const data = {
      title,
      summary: `${capitalise(random.pick(words.datasetNouns))} ${topic}${where.length ? ` in ${where.map((d) => districtNames[d]).join(', ')}` : ' for the whole country'}, published by ${publisher.name}.`,
      publisher: publisher.id,
      contact: { name: `Data desk, ${publisher.name}`, email: `data@${domainOf(publisher.name)}` },
      keywords: random.some(topic.split(' ').filter((w) => w.length > 4), 1, 3),
      themes: [theme, ...(random.chance(0.3) ? ['open-data'] : [])].filter((t, k, all) => all.indexOf(t) === k),
      districts: where,
      frequency: random.pick(['monthly', 'quarterly', 'annual', 'irregular', 'never']),
      licence: random.pick(['cc-by-4.0', 'cc0-1.0', 'odc-by-1.0']),
      issued,
      resources,
    };
    const body = `${paragraph(topic, where[0])}\n\n${paragraph(topic, where[0])}`;
    const versions: Version[] = [{ text: markdown(data, body), message: `Add dataset: ${title}`, files }];
    if (random.chance(0.4)) {
      const modified = addDays(issued, 30 + random.int(300)) > today ? today : addDays(issued, 30 + random.int(300));
      versions.push({ text: markdown({ ...data, modified }, `${body}\n\n${paragraph('the latest update', where[0])}`), message: `${title}: new release`, date: modified });
    }
    records.push({ collection: 'datasets', id, path: recordFile('datasets', id), versions });
  }

  // Meetings: from 2008 to a few months ahead, moving around the districts; a tenth online.
  for (let i = 0; i < counts.meetings; i++) {
    const date = dateBetween(random, '2008-01-01', addDays(today, 120));
    const online = random.chance(0.1);
    const where = online ? undefined : place();
    const kind = random.pick(['ordinary', 'ordinary', 'public-consultation', 'working-group', 'extraordinary']);
    const theme = random.pick(themes);
    const topic = random.pick(words.topics[theme]);
    const title = { ordinary: 'Ordinary meeting', extraordinary: 'Extraordinary meeting', 'public-consultation': `Public consultation on ${topic}`, 'working-group': `Working group on ${topic}` }[kind] + (where ? `, ${where.name}` : ', online');
    const id = newId(`${date}-${slug(`${where?.name ?? 'online'} ${kind}`)}`);
    const future = date > today;
    const plan = plans.find((p) => p.start <= date && date <= p.end);
    const attendees = Array.from({ length: 5 + random.int(10) }, () => {
      const org = random.pick(orgs);
      return { name: person(), organization: org.id, sector: org.sector === 'government' ? 'government' : org.sector === 'civil-society' ? 'civil-society' : 'other' };
    });
    const related = commitmentIds.filter((c) => c.plan === plan?.id);
    const base = {
      title,
      summary: `${capitalise(random.pick(['the mechanism reviewed', 'residents discussed', 'members agreed on', 'the working group examined']))} ${topic}${where ? ` in ${where.name}` : ''}.`,
      kind,
      status: 'scheduled',
      date,
      time: random.pick(['09:00', '09:30', '10:00', '14:00', '17:30', '18:00']),
      ...(where ? { district: where.district, venue: { name: `${where.name} ${random.pick(words.venueKinds)}`, coordinates: near(where.lon, where.lat) } } : { online: true }),
      ...(plan && { plan: plan.id }),
      noticePublished: addDays(date, -14),
      agenda: random.some(words.agendaItems, 3, 6),
    };
    const versions: Version[] = [{ text: markdown(base, `The agenda is published two weeks ahead. ${paragraph(topic, where?.district)}`), message: `Notice of meeting: ${title}, ${date}` }];
    if (!future) {
      const status = random.chance(0.9) ? 'held' : random.pick(['cancelled', 'postponed']);
      const held = {
        ...base,
        status,
        ...(status === 'held' && {
          attendees,
          quorum: random.chance(0.9),
          decisions: Array.from({ length: random.int(4) }, () => ({ text: `${random.pick(['Approve', 'Ask for', 'Defer', 'Publish'])} ${random.pick(['the report on', 'a timeline for', 'new figures on', 'a consultation on'])} ${topic}.`, outcome: random.pick(['adopted', 'adopted', 'rejected', 'deferred']), commitments: related.length ? [random.pick(related).id] : [] })),
          actions: Array.from({ length: random.int(3) }, () => { const org = random.pick(orgs); return { text: `Send ${random.pick(['the draft', 'the figures', 'the letter', 'the minutes'])} on ${topic} to members`, owner: person(), organization: org.id, due: addDays(date, 14 + random.int(30)), done: random.chance(0.7) }; }),
          ...(kind === 'public-consultation' && { publicInput: Array.from({ length: 1 + random.int(3) }, () => ({ from: `${person()}, ${place(where?.district).name}`, summary: paragraph(topic, where?.district).split('. ')[0] + '.', response: `${random.pick(['Accepted', 'Partly accepted', 'Not accepted'])}: ${paragraph(topic, where?.district).split('. ')[0]}.` })) }),
        }),
      };
      const minutes = status === 'held' ? Array.from({ length: 4 + random.int(5) }, () => paragraph(topic, where?.district)).join('\n\n') : `The meeting was ${status}. ${paragraph(topic, where?.district)}`;
      versions.push({ text: markdown(held, minutes), message: status === 'held' ? `Minutes of ${title}, ${date}` : `${title}: ${status}`, date: addDays(date, 3 + random.int(15)) });
      if (status === 'held' && random.chance(0.5)) {
        const minutesApproved = addDays(date, 30 + random.int(60)) > today ? today : addDays(date, 30 + random.int(60));
        versions.push({ text: markdown({ ...held, minutesApproved }, minutes), message: `Minutes of ${date} approved`, date: minutesApproved });
      }
    }
    records.push({ collection: 'meetings', id, path: recordFile('meetings', id), versions });
  }
  return records;
}
