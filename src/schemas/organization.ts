/** An organization: a ministry, agency, civil-society group, or the forum itself. */
import { z } from 'astro/zod';
import { email, field, isoDate, oneOf, ref, text, url } from './fields.ts';
import { organizationKinds, organizationSectors } from './vocabularies.ts';

/** A seat on a forum, for the Coordination Mechanism's membership. */
export const MemberSchema = field(z.strictObject({
  /** The seat, for example "Civil society (Toledo)". */
  seat: field(text(), { title: 'Seat' }),
  /** Organization holding the seat. */
  organization: field(ref('organizations'), { title: 'On behalf of' }),
  /** Person holding the seat. */
  person: field(z.string().trim().optional(), { title: 'Person' }),
  /** Since when. */
  from: field(isoDate(), { title: 'From' }),
  /** Until when, once the term ends. */
  to: field(isoDate().optional(), { title: 'To' }),
}), { title: 'Member' });

/** An organization. */
export const OrganizationSchema = z.strictObject({
  /** Full name. */
  name: field(text(), { title: 'Name' }),
  /** Short form. */
  acronym: field(z.string().trim().optional(), { title: 'Acronym' }),
  /** Sector. */
  sector: field(oneOf(organizationSectors), { title: 'Sector' }),
  /** Kind of organization. */
  kind: field(oneOf(organizationKinds), { title: 'Kind' }),
  /** What it does, in a sentence or two. */
  description: field(z.string().trim().optional(), { title: 'What it does', widget: 'text' }),
  /** The organization it belongs to. */
  parent: field(ref('organizations').optional(), { title: 'Part of' }),
  /** District of its main office. */
  district: field(ref('districts').optional(), { title: 'District' }),
  /** Website. */
  website: field(url().optional(), { title: 'Website' }),
  /** Public email address. */
  email: field(email().optional(), { title: 'Email' }),
  /** Public telephone. */
  phone: field(z.string().trim().optional(), { title: 'Telephone' }),
  /** Postal address. */
  address: field(z.string().trim().optional(), { title: 'Address' }),
  /** Whether it is the government's OGP point of contact. */
  ogpPointOfContact: field(z.boolean().default(false), { title: 'OGP point of contact' }),
  /** For a forum: its members. */
  members: field(z.array(MemberSchema).default([]), { title: 'Members (forums only)' }),
  /** For a forum: its rules on participation. */
  rules: field(z.string().trim().optional(), { title: 'Rules on participation (forums only)', widget: 'markdown' }),
});

/** An organization as pages see it. */
export type Organization = z.output<typeof OrganizationSchema>;
