import { allowedAlternatives } from './funding-override.js';
import { derivePayer } from './derive-payer.js';
import type { FinancingContext, PayerDerivation, PayerInput } from './payer.js';
import { reason } from './reasons.js';
import type { DeliveredService, FinancingReason, FundingFrame, Profession, ServiceKind } from './types.js';

/**
 * Treatment or day activity? Seed 000 answers by who delivers, with what aim, under what agreement —
 * never by what the activity is called: "Deze lijken op het oog veel op de vaktherapie" (000 L29-31).
 * `activityName` is deliberately never read here.
 */

export interface KindClassification {
  kind: ServiceKind;
  reasons: FinancingReason[];
  /** Signals that the record itself looks wrong (a health aim without a therapist, an unregistered therapist). */
  warnings: FinancingReason[];
}

export interface ServiceClassification extends KindClassification, PayerDerivation {
  serviceId: string;
  /** The frames that may be chosen instead, with a reason (audited); any other is refused. */
  alternatives: FundingFrame[];
}

/** Professions that treat: vaktherapeut, ergotherapeut, and the regiebehandelaar's own consults. */
const TREATING: readonly Profession[] = ['vaktherapeut', 'ergotherapeut', 'regiebehandelaar'];

function registeredTherapist(service: DeliveredService): boolean {
  const d = service.deliverer;
  if (!TREATING.includes(d.profession) || d.registration === null) return false;
  if (d.profession === 'regiebehandelaar') return true;
  // A vaktherapeut has one of the seven disciplines, an ergotherapeut ergotherapie (001 L26-28; 004).
  return d.discipline !== null && (d.discipline === 'ergotherapie') === (d.profession === 'ergotherapeut');
}

function delivererReason(service: DeliveredService): FinancingReason {
  const d = service.deliverer;
  switch (d.profession) {
    case 'vaktherapeut':
      return reason(
        'deliverer_vaktherapeut',
        '000 L68-72, L107-114',
        `Gegeven door een geregistreerde vaktherapeut (${d.discipline ?? 'discipline onbekend'}): een specialist in het eigen vakgebied.`,
        `Delivered by a registered vaktherapeut (${d.discipline ?? 'discipline unknown'}): a specialist in one discipline.`,
      );
    case 'ergotherapeut':
      return reason(
        'deliverer_ergotherapeut',
        '004 L22-35',
        'Gegeven door een geregistreerde ergotherapeut, gericht op het dagelijks functioneren.',
        'Delivered by a registered occupational therapist, aimed at daily functioning.',
      );
    case 'regiebehandelaar':
      return reason(
        'deliverer_regiebehandelaar',
        '000 L123-124, L290-292',
        'Gegeven door de regiebehandelaar.',
        'Delivered by the lead clinician.',
      );
    default:
      return reason(
        'deliverer_generalist',
        '000 L42-49, L118-121',
        `Gegeven door een ${d.profession.replaceAll('_', ' ')}: een generalist die activiteiten aanbiedt en niet behandelt.`,
        `Delivered by a ${d.profession.replaceAll('_', ' ')}: a generalist who offers activities and does not treat.`,
      );
  }
}

function agreementReason(service: DeliveredService): FinancingReason {
  switch (service.agreement.basis) {
    case 'treatment_plan':
      return reason(
        'within_treatment_plan',
        '000 L209-225',
        'Binnen het behandelplan: de interventies vloeien voort uit de behandeldoelen.',
        'Within the treatment plan: the interventions follow from its treatment goals.',
      );
    case 'referral':
      return reason(
        'on_referral',
        '000 L123-131, L433',
        'Op verwijzing, met een indicatie op basis van de behandeldoelen.',
        'On referral, indicated from the treatment goals.',
      );
    case 'direct_access':
      return reason(
        'direct_access',
        '004 L104-107',
        'Zonder verwijzing, via directe toegang ergotherapie.',
        'Without referral, by direct access to occupational therapy.',
      );
    case 'persons_wish':
      return reason(
        'persons_wish',
        '000 L43, L444-445',
        'Op wens of vraag van de persoon ("wat wil je doen vandaag"), zonder verwijzing.',
        "On the person's own wish or request, without referral.",
      );
    case 'offer':
      return reason(
        'offered',
        '000 L43-44, L149-152',
        'Als aanbod van de organisatie, zonder verwijzing.',
        "As the organisation's offer, without referral.",
      );
  }
}

const aimReasons: Record<DeliveredService['aim'], FinancingReason> = {
  health: reason(
    'aim_health',
    '000 L176-186, L196-199',
    'Met een behandeldoel: verandering, ontwikkeling, stabilisatie of acceptatie, met transfer naar het dagelijks leven.',
    'With a treatment goal: change, development, stabilisation or acceptance, carried over into daily life.',
  ),
  diagnostic: reason('aim_diagnostic', '000 L435; 001 L1338-1350', 'Met een diagnostische vraag.', 'With a diagnostic question.'),
  participation: reason(
    'aim_participation',
    '003 L41-43',
    'Gericht op meedoen: een rol, werk of deelname.',
    'Aimed at taking part: a role, work or participation.',
  ),
  meaning: reason(
    'aim_meaning',
    '000 L160-169, L201-202',
    'Gericht op een zinvolle dag: het doel ligt in de activiteit en het moment.',
    'Aimed at a meaningful day: the goal lies in the activity and the moment.',
  ),
};

/** Day activity or individual support, for anything that is not treatment (000 L56-57: individual day activity is soon individual support). */
function notTreatment(service: DeliveredService): ServiceKind {
  return service.form === 'individueel' ? 'begeleiding' : 'daginvulling';
}

export function classifyKind(service: DeliveredService): KindClassification {
  const reasons: FinancingReason[] = [delivererReason(service), aimReasons[service.aim], agreementReason(service)];
  const warnings: FinancingReason[] = [];
  const { aim, agreement } = service;
  const therapist = registeredTherapist(service);
  const ergo = service.deliverer.profession === 'ergotherapeut';

  if (!therapist && TREATING.includes(service.deliverer.profession)) {
    // 000 L70-72: vaktherapie is practised by professionals recognised by the FVB and its associations.
    warnings.push(
      reason(
        'therapist_not_registered',
        '000 L70-72',
        'De behandelaar staat niet (met deze discipline) geregistreerd: dit kan geen behandeling zijn.',
        'The therapist is not registered (for this discipline): this cannot be treatment.',
      ),
    );
  }
  if (therapist && aim === 'diagnostic') return { kind: 'diagnostiek', reasons, warnings };
  // Ergotherapie treats the consequences in daily functioning, so its goals are about participation (004 L30-35).
  const ergoTreatmentGoal = ergo && aim === 'participation' && agreement.basis !== 'offer' && agreement.basis !== 'persons_wish';
  if (therapist && (aim === 'health' || ergoTreatmentGoal)) {
    if (ergoTreatmentGoal)
      reasons.push(
        reason(
          'ergo_goal_is_daily_functioning',
          '004 L30-35, L44-46',
          'Bij ergotherapie is het behandeldoel het dagelijks functioneren en meedoen, op de hulpvraag van de cliënt.',
          "In occupational therapy the treatment goal is daily functioning and taking part, on the client's request for help.",
        ),
      );
    if (agreement.basis === 'offer' || (agreement.basis === 'persons_wish' && !ergo))
      warnings.push(
        reason(
          'treatment_without_referral',
          '000 L123-131',
          'Behandeling zonder verwijzing of behandelplan: leg de indicatie vast.',
          'Treatment without referral or treatment plan: record the indication.',
        ),
      );
    return { kind: 'behandeling', reasons, warnings };
  }
  if (therapist) {
    // 000 L409-415: stepped care — the therapist is deployed for treatment of a request for help; wellbeing is day activity.
    reasons.push(
      reason(
        'therapist_without_treatment_goal',
        '000 L53-54, L409-415',
        'Ook door een therapeut gegeven, maar zonder behandeldoel: dit is welzijn en dagbesteding, geen behandeling.',
        'Delivered by a therapist, but without a treatment goal: this is wellbeing and day activity, not treatment.',
      ),
    );
  } else if (aim === 'health' || aim === 'diagnostic') {
    // 000 L42-46: the activity supervisor does not address the client's problems.
    warnings.push(
      reason(
        'health_aim_needs_therapist',
        '000 L42-46, L70-72',
        'Een behandeldoel vraagt om een geregistreerde therapeut; een activiteitenbegeleider of agoog behandelt niet.',
        'A treatment goal needs a registered therapist; an activity supervisor or agogue does not treat.',
      ),
    );
  }
  const kind = notTreatment(service);
  if (kind === 'begeleiding')
    reasons.push(
      reason(
        'individual_support',
        '000 L56-57',
        'Individueel gegeven: dat is individuele begeleiding.',
        'Delivered one to one: that is individual support.',
      ),
    );
  return { kind, reasons, warnings };
}

/** Kind, legal frame and payer of one delivered service, each with its reasons (issue 12). */
export function classifyService(service: DeliveredService, ctx: FinancingContext): ServiceClassification {
  const kind = classifyKind(service);
  const input = payerInputOf(service, kind.kind);
  const payer = derivePayer(input, ctx);
  return {
    serviceId: service.id,
    ...payer,
    alternatives: allowedAlternatives(input, ctx),
    kind: kind.kind,
    reasons: [...kind.reasons, ...payer.reasons],
    warnings: [...kind.warnings, ...payer.warnings],
  };
}

/** What the payer rules need from a service, once its kind is known. */
export function payerInputOf(service: DeliveredService, kind: ServiceKind): PayerInput {
  return {
    kind,
    discipline: service.deliverer.discipline,
    date: service.date,
    setting: service.setting,
    agreement: service.agreement,
    offer: service.offer,
  };
}
