import type { Role } from '../access/roles.js';
import { violation, type RuleViolation } from '../rules/rule-violation.js';

/**
 * A job coach's one-to-one contact moments with the person they support (issue 14). The job coach's work is
 * individual action with the person towards finding and keeping a place (003 L1677-1684): regular, weekly or
 * monthly contact with the person, three-way talks with the supervisor on site (003 L3254-3257), coaching at the
 * work place with the employer (003 L1769-1774), and contact with the person's network, former employers, the work
 * coach of UWV or the municipality (003 L1708-1713). A contact moment records one of these, as it happened.
 */
export const CONTACT_MOMENT_KINDS = [
  'gesprek', // a conversation with the person (003 L3254-3255)
  'werkplekbezoek', // coaching on site, at the work place (003 L1769-1774)
  'driegesprek', // the person, the supervisor on site and the job coach together (003 L3255-3257)
  'werkgever', // with the employer or receiving organisation, about expectations and tasks (003 L1769-1771)
  'netwerk', // with those close to the person, the UWV/municipal work coach, care providers (003 L1708-1713)
] as const;
export type ContactMomentKind = (typeof CONTACT_MOMENT_KINDS)[number];

/** How the contact took place. */
export const CONTACT_MOMENT_CHANNELS = ['op_locatie', 'telefoon', 'video'] as const;
export type ContactMomentChannel = (typeof CONTACT_MOMENT_CHANNELS)[number];

export const CONTACT_MOMENT_KIND_LABELS: Record<ContactMomentKind, { nl: string; en: string }> = {
  gesprek: { nl: 'Gesprek met de deelnemer', en: 'Conversation with the person' },
  werkplekbezoek: { nl: 'Bezoek op de werkplek', en: 'Visit at the work place' },
  driegesprek: { nl: 'Driegesprek met de werkbegeleider', en: 'Three-way talk with the supervisor' },
  werkgever: { nl: 'Contact met de werkgever', en: 'Contact with the employer' },
  netwerk: { nl: 'Contact met het netwerk', en: 'Contact with the network' },
};

export const CONTACT_MOMENT_CHANNEL_LABELS: Record<ContactMomentChannel, { nl: string; en: string }> = {
  op_locatie: { nl: 'Persoonlijk', en: 'In person' },
  telefoon: { nl: 'Telefonisch', en: 'By phone' },
  video: { nl: 'Beeldbellen', en: 'Video call' },
};

/**
 * Limits of one record. A contact moment is a single contact on one day: at most a working day (8 hours). These are
 * bounds of a sensible entry, not domain rules from the sources; the report is short by design (a contact summary,
 * not a treatment file).
 */
export const CONTACT_MOMENT_LIMITS = {
  minMinutes: 1,
  maxMinutes: 480,
  reportMaxLength: 2000,
  placeMaxLength: 200,
  nextStepMaxLength: 500,
} as const;

export interface ContactMomentInput {
  date: string;
  minutes: number;
  kind: ContactMomentKind | null;
  channel: ContactMomentChannel | null;
  place: string;
  report: string;
  nextStep: string;
  nextAppointment: string | null;
}

/** A contact moment records what happened: not on a day that has not come yet, and its next appointment after it. */
export function checkContactMoment(input: ContactMomentInput, today: string): RuleViolation[] {
  const out: RuleViolation[] = [];
  // DOMAIN.md §4.6 (as for presence): what happened is recorded as it happened, so never for a future date.
  if (input.date > today) out.push(violation('contact_moment.future_date', '/date', 'DOMAIN.md §4.6'));
  // Nothing is pre-selected: the job coach chooses the kind of contact (house rule, DOMAIN.md §2 003 L1677-1801).
  if (input.kind === null) out.push(violation('contact_moment.kind_required', '/kind', '003 L1677-1684'));
  if (input.channel === null) out.push(violation('contact_moment.channel_required', '/channel', '003 L1677-1684'));
  if (input.minutes < CONTACT_MOMENT_LIMITS.minMinutes || input.minutes > CONTACT_MOMENT_LIMITS.maxMinutes)
    out.push(violation('contact_moment.minutes_out_of_range', '/minutes', 'issue 14'));
  if (input.report.trim().length === 0) out.push(violation('contact_moment.report_required', '/report', 'issue 14'));
  // The next appointment is the agreed follow-up (003 L3254-3257: regular contact, clear agreements): after this one.
  if (input.nextAppointment !== null && input.nextAppointment <= input.date)
    out.push(violation('contact_moment.next_before_date', '/nextAppointment', '003 L3254-3257'));
  return out;
}

/**
 * Who records contact moments: those whose work is individual support towards a place — the job coach
 * (trajectbegeleider, 003 L1677-1684) and the activity supervisor who delivers the day activities (000 L42-49).
 * The category's write access (care team, or the person's consent with the part shared) comes on top of this;
 * a work-floor supervisor keeps presence, not contact reports (003 L1803-1842).
 */
export const CONTACT_MOMENT_RECORDERS: readonly Role[] = ['trajectbegeleider', 'activiteitenbegeleider'];

export function mayRecordContactMoments(roles: readonly Role[]): boolean {
  return roles.some((role) => CONTACT_MOMENT_RECORDERS.includes(role));
}
