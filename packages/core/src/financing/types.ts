import type { ContinuumForm, ProvisionKind } from '../daginvulling/continuum.js';
import type { Discipline } from '../treatment/disciplines.js';
import type { REFERRAL_SOURCES } from '../treatment/trajectory-types.js';

/**
 * What a delivered service is, under which law it falls and who pays — the one question of seed 000
 * (000 L5-13). Every input here is something the server stores or can store; see
 * docs/design/financing-api.md for the row each field comes from.
 */

/** The kind of a delivered service (DOMAIN.md §1; 000 L93-362). */
export const SERVICE_KINDS = ['behandeling', 'diagnostiek', 'daginvulling', 'begeleiding'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** The legal frames (001 L2453-2459, L2496-2502; 003 L2098-2102, L289-291), and `geen` when no one pays (ordinary society). */
export const FUNDING_FRAMES = ['zvw', 'jeugdwet', 'wlz', 'wmo', 'participatiewet', 'aanvullend', 'particulier', 'geen'] as const;
export type FundingFrame = (typeof FUNDING_FRAMES)[number];

/** Who pays: zorgverzekeraar, gemeente, zorgkantoor (002 L67-70), the person, or nobody. */
export const PAYERS = ['insurer', 'municipality', 'zorgkantoor', 'client', 'none'] as const;
export type Payer = (typeof PAYERS)[number];

export const PAYER_OF_FRAME: Record<FundingFrame, Payer> = {
  zvw: 'insurer',
  aanvullend: 'insurer',
  jeugdwet: 'municipality', // 001 L2490-2492: "door gemeenten"
  wmo: 'municipality', // 002 L69-70: Jeugdwet and Wmo are carried out by municipalities
  participatiewet: 'municipality',
  wlz: 'zorgkantoor', // 002 L70: "voor de Wlz zijn zorgkantoren aan zet"
  particulier: 'client',
  geen: 'none',
};

/** How a service leaves the system, if at all: which message or which invoice. */
export const DECLARATION_ROUTES = [
  'pm304', // first-line ergotherapie to the insurer (Vektis PM304, REFERENCE.md §7.3)
  'zpm_consult', // a GGZ consult in the zorgprestatiemodel (REFERENCE.md §8), declared by the institution
  'ijw', // youth care to the municipality (iJw); not built in Meedoen yet
  'iwmo_323', // Wmo maatwerk to the municipality (REFERENCE.md §9.3)
  'wlz_prestatie', // a separate Wlz prestatie: day activities per dagdeel, or support outside the stay (REFERENCE.md §9)
  'included_in_stay', // part of the stay's prestatie (Wlz zzp, Zvw clinical stay): no line of its own
  'subsidy', // a Wmo general provision, paid by subsidy, not per person
  'participatiewet', // arranged by the municipality outside iWmo
  'client_invoice', // the person pays
  'none',
] as const;
export type DeclarationRoute = (typeof DECLARATION_ROUTES)[number];

/** The record a service comes from (trajectory session, attendance, …): never decisive for its kind. */
export const SERVICE_RECORD_TYPES = [
  'treatment_session',
  'group_session',
  'diagnostic_contact',
  'dte_screening',
  'day_activity_attendance',
  'external_activity',
  'online_activity',
] as const;
export type ServiceRecordType = (typeof SERVICE_RECORD_TYPES)[number];

/** Who can deliver a service (DOMAIN.md §2). `agoog` covers muziek- and bewegingsagoog (000 L42, L442-459). */
export const PROFESSIONS = [
  'vaktherapeut',
  'ergotherapeut',
  'regiebehandelaar',
  'activiteitenbegeleider',
  'agoog',
  'trajectbegeleider',
  'werkbegeleider',
  'zorgmedewerker',
  'ervaringsdeskundige',
  'vrijwilliger',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

export interface Deliverer {
  userId: string | null;
  profession: Profession;
  /** For a therapist: the discipline (001 L26-28; 004). */
  discipline: Discipline | null;
  /** The professional register and number (000 L70-72: professionals recognised by the FVB and its associations). */
  registration: { register: string; number: string } | null;
}

/**
 * What the service aims at. `health`: a treatment goal beyond the session (000 L196-199); `diagnostic`: a
 * diagnostic question (000 L435); `participation`: taking part, work, a role (003); `meaning`: a meaningful
 * day, wellbeing, the activity itself in the moment (000 L160-169, L201-202, L447).
 */
export const SERVICE_AIMS = ['health', 'diagnostic', 'participation', 'meaning'] as const;
export type ServiceAim = (typeof SERVICE_AIMS)[number];

/**
 * Under what agreement the service happens: within an agreed treatment plan, on referral, by direct access
 * (ergotherapie, 004 L104-107), on the person's own wish, or as the organisation's offer (000 L42-44, L151-152).
 */
export const AGREEMENT_BASES = ['treatment_plan', 'referral', 'direct_access', 'persons_wish', 'offer'] as const;
export type AgreementBasis = (typeof AGREEMENT_BASES)[number];

export interface Agreement {
  basis: AgreementBasis;
  /** The referral the service hangs on, if any. */
  referral: { source: (typeof REFERRAL_SOURCES)[number]; regiebehandelaarNamed: boolean } | null;
}

export const SERVICE_SETTINGS = [
  'praktijk',
  'aan_huis',
  'instelling',
  'activiteitencentrum',
  'extern',
  'werkplek',
  'online',
] as const;
export type ServiceSetting = (typeof SERVICE_SETTINGS)[number];

export const SERVICE_FORMS = ['individueel', 'groep'] as const;
export type ServiceForm = (typeof SERVICE_FORMS)[number];

/** One delivered service: a session, a contact, a screening, an attendance. */
export interface DeliveredService {
  id: string;
  personId: string;
  recordType: ServiceRecordType;
  /** The activity's name, e.g. "Muziek". Shown, never used to classify (000 L30-31: they look alike). */
  activityName: string;
  date: string;
  /** Local start time (HH:MM) when recorded: needed to see overlapping services. */
  start: string | null;
  /** Contact minutes (direct time). */
  minutes: number;
  /** Indirect minutes (reporting, consultation), recorded apart. */
  indirectMinutes: number;
  form: ServiceForm;
  setting: ServiceSetting;
  deliverer: Deliverer;
  aim: ServiceAim;
  agreement: Agreement;
  /** For a day activity: the offer's place on the continuum and its provision kind (DOMAIN.md §4.1). */
  offer: { form: ContinuumForm; provision: ProvisionKind } | null;
  /** Ergotherapie at home: why it is medically necessary (REFERENCE.md §7.1). */
  homeVisitReason: string | null;
  /** The frame chosen for the trajectory instead of the derived one, with its (audited) reason; absent = derived. */
  fundingChoice?: FundingChoice | null;
}

/** An audited override of the derived frame (issue 12: overriding needs a reason and is audited). */
export interface FundingChoice {
  frame: FundingFrame;
  reason: string;
  /** Who recorded the override (a display name) and when (ISO instant), for the explanation; absent in tests. */
  decidedBy?: string | null;
  decidedAt?: string | null;
}

export interface Period {
  from: string;
  /** Inclusive; null = open-ended. */
  until: string | null;
}

/** A Wlz indication (002 L67-70). `withTreatment`: verblijf met behandeling (Zorginstituut, Wlz art. 3.1.1 lid 1 onder d). */
export interface WlzIndication extends Period {
  deliveryForm: 'verblijf' | 'vpt' | 'mpt' | 'pgb';
  withTreatment: boolean;
  /** This organisation provides the stay (and so, with treatment, the treatment). */
  stayByThisOrganisation: boolean;
  /** Dagbesteding is part of the stay's package (zzp); otherwise a separate prestatie (REFERENCE.md §9). */
  dagbestedingInStay: boolean;
  /** The zorgkantoor that pays (4 digits, its UZOVI-style code; 002 L70); the receiver of the Wlz declaration. */
  zorgkantoor?: string | null;
}

/** A Wmo allocation (iWmo 301 ToegewezenProduct, REFERENCE.md §9). Volume in whole units (IV042). */
export interface WmoAllocation extends Period {
  allocationNumber: string;
  municipalityCode: string;
  /** WMO020 product category: 07 dagbesteding, 02 begeleiding (REFERENCE.md §9.1). */
  productCategory: string;
  productCode: string | null;
  /** Null = no Omvang given (no volume cap, TR321). */
  volume: number | null;
  /** WJ756: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's, 84 stuks (inspanning). */
  unit: string;
  /** WMO757: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur. */
  frequency: string;
  /** The contract tariff per unit, in eurocent (TR346, TR418). */
  tariffCents: number | null;
}

/** A Jeugdwet decision; `continuedAfter18` is verlengde jeugdhulp (Jeugdwet art. 1.1, 'jeugdige' up to 23). */
export interface YouthCareDecision extends Period {
  continuedAfter18: boolean;
}

export interface ParticipatiewetArrangement extends Period {
  kind: 'beschut_werk' | 're_integratie';
}

export interface Insurance extends Period {
  /** UZOVI code of the insurer. */
  uzovi: string;
  insuredNumber: string | null;
  /** The supplementary policy, by id in the financing parameters (configurable per insurer policy). */
  supplementaryPolicyId: string | null;
}

export interface Entitlements {
  wlz: WlzIndication[];
  wmo: WmoAllocation[];
  jeugdwet: YouthCareDecision[];
  participatiewet: ParticipatiewetArrangement[];
  insurance: Insurance[];
}

export const CARE_SETTINGS = [
  'thuis',
  'verpleeghuis',
  'ggz_ambulant',
  'ggz_klinisch',
  'gehandicaptenzorg',
  'jeugd',
  'beschermd_wonen',
] as const;
export type CareSetting = (typeof CARE_SETTINGS)[number];

export interface FinancingPerson {
  id: string;
  birthDate: string;
  bsn: string | null;
  /** Where the person lives or is treated (clients.care_setting). `ggz_klinisch` = admitted. */
  careSetting: CareSetting;
  entitlements: Entitlements;
}

/** A reason in words, with its source (house rule 1). */
export interface FinancingReason {
  code: string;
  source: string;
  nl: string;
  en: string;
}

export function activeOn<T extends Period>(periods: readonly T[], date: string): T | undefined {
  return periods.find((p) => p.from <= date && (p.until === null || date <= p.until));
}
