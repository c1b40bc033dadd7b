/** A commitment of the action plan, in the fields of OGP's commitment template, with its milestones. */
import { z } from 'astro/zod';
import { field, isoDate, link, lonLat, oneOf, ref, text, email } from './fields.ts';
import { endNotBeforeStart, withRules } from './rules.ts';
import { completionLevels, evidenceKinds, irmCompletionLevels, ogpValues, openedGovernmentLevels, potentialLevels, themes } from './vocabularies.ts';

/** A "means of verification": a document, page or dataset that shows a milestone's progress. */
export const EvidenceSchema = field(z.strictObject({
  /** What the evidence is. */
  title: field(text(), { title: 'Title', description: 'What this evidence is, for example "Signed regulations, Gazette No. 41".' }),
  /** What kind of evidence it is. */
  kind: field(oneOf(evidenceKinds).default('document'), { title: 'Kind of evidence' }),
  /** Where to find it. */
  url: field(link(), { title: 'Link or file', description: 'A web address (https://…) or an uploaded file (/files/…).', widget: 'file' }),
  /** When it was published. */
  date: field(isoDate().optional(), { title: 'Date', description: 'When the evidence was published.' }),
}), { title: 'Evidence' });

/** A dated note on a milestone's progress. */
export const ProgressNoteSchema = field(z.strictObject({
  /** When the note was written. */
  date: field(isoDate(), { title: 'Date' }),
  /** What happened. */
  note: field(text(), { title: 'Note', widget: 'text' }),
}), { title: 'Progress note' });

/** An activity with a verifiable deliverable, nested in its commitment. */
export const MilestoneSchema = field(withRules(
  z.strictObject({
    /** The activity and its deliverable. */
    title: field(text(), { title: 'Milestone', description: 'An activity with a deliverable someone can check, for example "Publish the draft bill for consultation".' }),
    /** The expected output. */
    output: field(z.string().trim().optional(), { title: 'Expected output', widget: 'text' }),
    /** Institution responsible, when not the commitment's lead. */
    responsible: field(ref('organizations').optional(), { title: 'Responsible institution', description: 'Leave empty when it is the commitment\'s lead institution.' }),
    /** Planned start. */
    start: field(isoDate(), { title: 'Start date' }),
    /** Expected completion. */
    end: field(isoDate(), { title: 'End date (expected completion)' }),
    /** Actual completion, once complete. */
    completed: field(isoDate().optional(), { title: 'Date completed' }),
    /** Completion level on OGP's scale. */
    status: field(oneOf(completionLevels), { title: 'Status' }),
    /** Means of verification. */
    evidence: field(z.array(EvidenceSchema).default([]), { title: 'Evidence', description: 'Documents, pages or datasets that show the progress.' }),
    /** Dated progress notes. */
    progress: field(z.array(ProgressNoteSchema).default([]), { title: 'Progress notes' }),
  }),
  [
    endNotBeforeStart(),
    {
      name: 'completed-only-when-complete',
      fields: ['completed', 'status'],
      check: ({ completed, status }) => (completed && status !== 'complete' ? `a completion date is set but the status is "${status}": set the status to complete or remove the date` : undefined),
      hints: { completed: 'Only once the status is Complete.' },
      brokenBy: { status: 'substantial', completed: '2026-10-30' },
    },
    {
      name: 'completed-not-before-start',
      fields: ['completed', 'start'],
      check: ({ completed, start }) => (completed && completed < start ? `the completion date ${completed} is before the start date ${start}` : undefined),
      hints: { completed: 'On or after the start date.' },
      brokenBy: { status: 'complete', start: '2026-10-01', completed: '2026-09-30' },
    },
  ],
), { title: 'Milestone' });

/** The person to contact about a commitment. */
export const ContactSchema = z.strictObject({
  /** Full name. */
  name: field(text(), { title: 'Name' }),
  /** Job title. */
  role: field(z.string().trim().optional(), { title: 'Title or role' }),
  /** Email address. */
  email: field(email().optional(), { title: 'Email' }),
  /** Telephone number. */
  phone: field(z.string().trim().optional(), { title: 'Telephone' }),
});

/** A named place where a commitment acts. */
export const SiteSchema = field(z.strictObject({
  /** The place's name. */
  name: field(text(), { title: 'Place' }),
  /** Where it is. */
  coordinates: field(lonLat(), { title: 'Coordinates [longitude, latitude]' }),
}), { title: 'Site' });

/** The IRM's assessment of a commitment (OGP's Independent Reporting Mechanism), from its reports. */
export const AssessmentSchema = withRules(
  z.strictObject({
    /** Whether progress can be verified (design). */
    verifiable: field(z.boolean().optional(), { title: 'Verifiable' }),
    /** Potential for results (design). */
    potential: field(oneOf(potentialLevels).optional(), { title: 'Potential for results' }),
    /** Completion on the IRM's scale (results, after the plan ends). */
    completion: field(oneOf(irmCompletionLevels).optional(), { title: 'Completion (IRM)', description: 'The level of completion the IRM found, from its results report.' }),
    /** Did it open government? */
    openedGovernment: field(oneOf(openedGovernmentLevels).optional(), { title: 'Did it open government?' }),
    /** The IRM report it comes from. */
    report: field(link().optional(), { title: 'IRM report (link or file)', description: 'Required with a completion level.', widget: 'file' }),
    /** When the report was published. */
    date: field(isoDate().optional(), { title: 'Report published on' }),
  }),
  [
    {
      name: 'report-for-completion',
      fields: ['report', 'completion'],
      check: ({ completion, report }) => (completion && !report ? 'give the link to the IRM report that found this completion level' : undefined),
      brokenBy: { completion: 'complete', date: '2028-10-01', report: undefined },
    },
    {
      name: 'date-for-completion',
      fields: ['date', 'completion'],
      check: ({ completion, date }) => (completion && !date ? 'give the date of the IRM report that found this completion level' : undefined),
      hints: { date: 'Required with a completion level.' },
      brokenBy: { completion: 'complete', report: 'https://www.opengovpartnership.org/documents/belize-results-report-2026-2028/', date: undefined },
    },
  ],
);

/** Civil society's own assessment of a commitment's progress, shown beside the self-reported one. */
export const CivilSocietyAssessmentSchema = z.strictObject({
  /** Completion as they see it. */
  completion: field(oneOf(irmCompletionLevels), { title: 'Completion, in their view' }),
  /** Who made the assessment, and in what. */
  source: field(text(), { title: 'Source', description: 'Who assessed it, and in what, for example "Citizens\' Transparency Network, shadow report 2026".' }),
  /** The organization, when it is listed on the site. */
  organization: field(ref('organizations').optional(), { title: 'Organization' }),
  /** Where to read it. */
  url: field(link().optional(), { title: 'Link or file', widget: 'file' }),
  /** When it was published. */
  date: field(isoDate(), { title: 'Date' }),
  /** What they found, in a sentence or two. */
  note: field(z.string().trim().optional(), { title: 'What they found', widget: 'text' }),
});

const coreValues = ['access-to-information', 'civic-participation', 'public-accountability'];

/** A commitment; its body (Markdown) answers "What is the commitment?". */
export const CommitmentSchema = withRules(
  z.strictObject({
    /** OGP number, for example BZ03. */
    code: field(z.string().regex(/^BZ\d{2}$/, { error: 'expected a commitment number like BZ03' }), { title: 'Commitment number', description: 'BZ followed by two digits, for example BZ03.' }),
    /** Name of the commitment. */
    title: field(text(), { title: 'Name of the commitment' }),
    /** One sentence for lists and search results. */
    summary: field(text().max(240, { error: 'keep the summary to one sentence (240 characters at most)' }), { title: 'Summary', description: 'One sentence, shown in lists and search results.', widget: 'text' }),
    /** The action plan it belongs to. */
    plan: field(ref('action-plans'), { title: 'Action plan' }),
    /** Policy area, for grouping. */
    theme: field(oneOf(themes), { title: 'Theme' }),
    /** Commitment start date. */
    start: field(isoDate(), { title: 'Start date' }),
    /** Commitment end date. */
    end: field(isoDate(), { title: 'End date' }),
    /** Lead implementing agency. */
    lead: field(ref('organizations'), { title: 'Lead implementing agency' }),
    /** Point of contact. */
    contact: field(ContactSchema, { title: 'Point of contact' }),
    /** Support institutions: government, civil society, private sector, multilaterals. */
    supporters: field(z.array(ref('organizations')).default([]), { title: 'Supporting institutions' }),
    /** Districts where it applies; none means nationwide. */
    districts: field(z.array(ref('districts')).default([]), { title: 'Districts', description: 'Leave empty for a nationwide commitment.' }),
    /** Completion level on OGP's scale. */
    status: field(oneOf(completionLevels), { title: 'Completion level' }),
    /** What is the public problem that the commitment will address? */
    problem: field(text(), { title: 'What public problem does it address?', description: 'Include the baseline: the situation when the plan began.', widget: 'markdown' }),
    /** How will the commitment contribute to solve the public problem? */
    contribution: field(text(), { title: 'How will it help solve the problem?', widget: 'markdown' }),
    /** Relevance to OGP values. */
    values: field(
      z.array(oneOf(ogpValues)).min(1, { error: 'name at least one OGP value' }).refine((values) => values.some((value) => coreValues.includes(value)), {
        error: 'name at least one of access-to-information, civic-participation or public-accountability: technology and inclusion count only in addition',
      }),
      { title: 'OGP values' },
    ),
    /** Sustainable Development Goals it contributes to. */
    sdgs: field(z.array(field(z.number().int().min(1).max(17, { error: 'there are 17 SDGs' }), { title: 'Goal number' })).default([]), { title: 'Sustainable Development Goals (numbers)' }),
    /** Budget, in Belize dollars. */
    budget: field(z.strictObject({ amount: z.number().nonnegative(), source: z.string().trim().optional() }).optional(), { title: 'Budget (BZ$)' }),
    /** Description of the results so far. */
    results: field(z.string().trim().optional(), { title: 'Description of the results', widget: 'markdown' }),
    /** Specific places where it acts. */
    sites: field(z.array(SiteSchema).default([]), { title: 'Sites' }),
    /** The IRM's assessment, once it has reported. */
    assessment: field(AssessmentSchema.optional(), { title: 'IRM assessment', description: 'From the Independent Reporting Mechanism\'s reports: leave empty until it has reported.' }),
    /** Civil society's own assessment of progress. */
    civilSocietyAssessment: field(CivilSocietyAssessmentSchema.optional(), { title: 'Civil-society assessment', description: 'A civil-society organization\'s own view of the progress, with its source.' }),
    /** Milestones, in order. */
    milestones: field(z.array(MilestoneSchema).min(1, { error: 'a commitment needs at least one milestone' }), { title: 'Milestones' }),
  }),
  [endNotBeforeStart()],
);

/** A commitment as pages see it. */
export type Commitment = z.output<typeof CommitmentSchema>;
/** A milestone as pages see it. */
export type Milestone = z.output<typeof MilestoneSchema>;
/** The IRM's assessment. */
export type Assessment = z.output<typeof AssessmentSchema>;
/** Civil society's assessment. */
export type CivilSocietyAssessment = z.output<typeof CivilSocietyAssessmentSchema>;
/** One piece of evidence. */
export type Evidence = z.output<typeof EvidenceSchema>;
