/**
 * The one error vocabulary (RFC 9457 problem+json `code`). Codes are stable: clients, tests and the
 * UI's Dutch messages key on them. Add codes; never rename or reuse one.
 */
export interface ProblemDefinition {
  status: number;
  title: string;
  en: string;
  nl: string;
}

export const PROBLEMS = {
  'request.malformed_json': {
    status: 400,
    title: 'Malformed JSON',
    en: 'The request body is not valid JSON.',
    nl: 'De inhoud van het verzoek is geen geldige JSON.',
  },
  'request.invalid': {
    status: 400,
    title: 'Invalid request',
    en: 'One or more fields are missing or invalid.',
    nl: 'Een of meer velden ontbreken of zijn ongeldig.',
  },
  'request.unsupported_media_type': {
    status: 415,
    title: 'Unsupported media type',
    en: 'Send the request body as application/json.',
    nl: 'Stuur de inhoud van het verzoek als application/json.',
  },
  'request.body_too_large': {
    status: 413,
    title: 'Request body too large',
    en: 'The request body is larger than this server accepts.',
    nl: 'De inhoud van het verzoek is groter dan de server accepteert.',
  },
  'route.not_found': {
    status: 404,
    title: 'Not found',
    en: 'There is no such endpoint.',
    nl: 'Dit adres bestaat niet.',
  },
  'auth.unauthenticated': {
    status: 401,
    title: 'Not signed in',
    en: 'Sign in to continue.',
    nl: 'Log in om verder te gaan.',
  },
  'auth.invalid_credentials': {
    status: 401,
    title: 'Invalid credentials',
    en: 'The e-mail address or password is not correct.',
    nl: 'Het e-mailadres of wachtwoord klopt niet.',
  },
  'auth.csrf_invalid': {
    status: 403,
    title: 'Missing or invalid CSRF token',
    en: 'This change was refused because the security token is missing or outdated. Reload the page and try again.',
    nl: 'Deze wijziging is geweigerd omdat de beveiligingscode ontbreekt of verlopen is. Laad de pagina opnieuw en probeer het nog eens.',
  },
  'access.forbidden': {
    status: 403,
    title: 'Forbidden',
    en: 'You are not allowed to do this.',
    nl: 'U heeft geen toestemming om dit te doen.',
  },
  'resource.not_found': {
    status: 404,
    title: 'Not found',
    en: 'This item does not exist.',
    nl: 'Dit onderdeel bestaat niet.',
  },
  'resource.version_conflict': {
    status: 409,
    title: 'Version conflict',
    en: 'Someone else changed this in the meantime. Reload to see their change, then apply yours again.',
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad opnieuw om die wijziging te zien en voer daarna uw wijziging opnieuw in.',
  },
  'auth.second_factor_required': {
    status: 401,
    title: 'Second factor required',
    en: 'Enter the code from your authenticator app to finish signing in.',
    nl: 'Vul de code uit uw authenticator-app in om het inloggen af te ronden.',
  },
  'auth.second_factor_enrolment_required': {
    status: 403,
    title: 'Second factor enrolment required',
    en: 'Your organisation requires a second factor for your role. Set up an authenticator app first.',
    nl: 'Uw organisatie vereist een tweede factor voor uw rol. Stel eerst een authenticator-app in.',
  },
  'auth.second_factor_invalid': {
    status: 401,
    title: 'Invalid code',
    en: 'The code is not correct or has expired.',
    nl: 'De code klopt niet of is verlopen.',
  },
  'auth.locked': {
    status: 423,
    title: 'Account temporarily locked',
    en: 'Too many failed sign-in attempts. Try again later.',
    nl: 'Te veel mislukte inlogpogingen. Probeer het later opnieuw.',
  },
  'auth.rate_limited': {
    status: 429,
    title: 'Too many attempts',
    en: 'Too many sign-in attempts from this address. Wait a minute and try again.',
    nl: 'Te veel inlogpogingen vanaf dit adres. Wacht een minuut en probeer het opnieuw.',
  },
  'auth.password_too_weak': {
    status: 422,
    title: 'Password too weak',
    en: 'Choose a password of at least 12 characters that is not your e-mail address.',
    nl: 'Kies een wachtwoord van minstens 12 tekens dat niet uw e-mailadres is.',
  },
  'consent.parental_consent_required': {
    status: 422,
    title: 'Parental consent required',
    en: 'The client is younger than 16: consent must be given by a parent or legal representative.',
    nl: 'De cliënt is jonger dan 16: toestemming moet gegeven worden door een ouder of wettelijk vertegenwoordiger.',
  },
  'consent.naaste_basis_required': {
    status: 422,
    title: 'Basis for involving a relative required',
    en: "A relative is involved only at the client's request or on a professional's indication; record which.",
    nl: 'Een naaste wordt alleen betrokken op verzoek van de cliënt of op indicatie van de hulpverlener; leg vast welke.',
  },
  'consent.write_not_grantable': {
    status: 422,
    title: 'Consent cannot grant editing',
    en: 'Consent can allow editing of the participation plan only; other data can be shared for reading.',
    nl: 'Toestemming kan alleen het bewerken van het participatieplan toestaan; andere gegevens kunnen alleen ter inzage gedeeld worden.',
  },
  'consent.period_invalid': {
    status: 422,
    title: 'Invalid period',
    en: 'The end date lies before the start date.',
    nl: 'De einddatum ligt voor de begindatum.',
  },
  'consent.already_revoked': {
    status: 409,
    title: 'Consent already revoked',
    en: 'This consent was already revoked.',
    nl: 'Deze toestemming is al ingetrokken.',
  },
  'care_team.not_a_professional': {
    status: 422,
    title: 'Not a professional',
    en: 'Only a professional of the organisation with this role can join the care team.',
    nl: 'Alleen een professional van de organisatie met deze rol kan lid worden van het zorgteam.',
  },
  'treatment.regiebehandelaar_required': {
    status: 422,
    title: 'Lead clinician required',
    en: 'Inside a GGZ institution and under Zvw funding, vaktherapie exists only within a treatment under a named regiebehandelaar.',
    nl: 'Binnen een GGZ-instelling en bij Zvw-financiering bestaat vaktherapie alleen binnen een behandeling onder een benoemde regiebehandelaar.',
  },
  'treatment.vaktherapeut_cannot_be_regiebehandelaar': {
    status: 422,
    title: 'A vaktherapeut cannot be the lead clinician',
    en: 'A vaktherapeut cannot be the regiebehandelaar; name a psychiatrist, psychologist or specialist ouderengeneeskunde.',
    nl: 'Een vaktherapeut kan geen regiebehandelaar zijn; kies een psychiater, psycholoog of specialist ouderengeneeskunde.',
  },
  'treatment.parental_consent_required': {
    status: 422,
    title: 'Parental consent required',
    en: 'The client is younger than 16: record the parents’ consent before the intake.',
    nl: 'De cliënt is jonger dan 16: leg de toestemming van de ouders vast vóór de intake.',
  },
  'treatment.discipline_for_children_only': {
    status: 422,
    title: 'For children and youth only',
    en: 'Speltherapie and psychomotorische kindertherapie are for children and youth only.',
    nl: 'Speltherapie en psychomotorische kindertherapie zijn alleen voor kinderen en jongeren.',
  },
  'treatment.direct_access_ergotherapie_only': {
    status: 422,
    title: 'Direct access is for ergotherapie only',
    en: 'Only ergotherapie is directly accessible without a referral.',
    nl: 'Alleen ergotherapie is direct toegankelijk zonder verwijzing.',
  },
  'treatment.acceptance_reasons_required': {
    status: 422,
    title: 'Reasons required',
    en: 'Record the reasons for the acceptance decision.',
    nl: 'Leg de redenen van het besluit over aanname vast.',
  },
  'treatment.contra_indication_blocks': {
    status: 422,
    title: 'Contra-indication',
    en: 'A contra-indication was recorded: the client cannot be accepted for this treatment.',
    nl: 'Er is een contra-indicatie vastgelegd: de cliënt kan niet voor deze behandeling worden aangenomen.',
  },
  'treatment.plan_incomplete': {
    status: 422,
    title: 'Treatment plan incomplete',
    en: 'The treatment plan lacks one or more of its ten parts.',
    nl: 'Het behandelplan mist een of meer van de tien onderdelen.',
  },
  'treatment.client_agreement_required': {
    status: 422,
    title: 'Client agreement required',
    en: 'Treatment starts only with the client’s agreement to the plan.',
    nl: 'De behandeling start pas met instemming van de cliënt met het plan.',
  },
  'treatment.evaluation_agreements_required': {
    status: 422,
    title: 'Evaluation agreements required',
    en: 'Agree how often, when and how to evaluate before treatment starts.',
    nl: 'Maak vóór de start afspraken over hoe vaak, wanneer en hoe geëvalueerd wordt.',
  },
  'treatment.evaluation_incomplete': {
    status: 422,
    title: 'Evaluation incomplete',
    en: 'An evaluation covers the five process items, the results per goal and the client’s satisfaction.',
    nl: 'Een evaluatie behandelt de vijf procespunten, de resultaten per doel en de tevredenheid van de cliënt.',
  },
  'treatment.evaluation_not_discussed': {
    status: 422,
    title: 'Not discussed with the client',
    en: 'The evaluation must be discussed with the client.',
    nl: 'De evaluatie moet met de cliënt besproken zijn.',
  },
  'treatment.referral_target_required': {
    status: 422,
    title: 'Referral target required',
    en: 'Decision 5 (no treatment effect) needs the care the client is referred to.',
    nl: 'Besluit 5 (uitblijvend effect) vraagt om de zorg waarnaar verwezen wordt.',
  },
  'treatment.naaste_basis_required': {
    status: 422,
    title: 'Basis for involving a relative required',
    en: 'A relative is involved only at the client’s request or on the professional’s indication.',
    nl: 'Een naaste wordt alleen betrokken op verzoek van de cliënt of op indicatie van de hulpverlener.',
  },
  'treatment.diagnostics_report_required': {
    status: 422,
    title: 'Report to the referrer required',
    en: 'A diagnostics-only referral closes with a report to the referrer.',
    nl: 'Een verwijzing voor alleen diagnostiek sluit af met een verslag aan de verwijzer.',
  },
  'treatment.home_visit_reason_required': {
    status: 422,
    title: 'Medical necessity required',
    en: 'Ergotherapie at home is covered only when medically necessary: state why.',
    nl: 'Ergotherapie aan huis wordt alleen vergoed als dat medisch noodzakelijk is: leg vast waarom.',
  },
  'treatment.goals_invalid': {
    status: 422,
    title: 'Goals invalid',
    en: 'Each goal needs a description; sub-goals must hang under a main goal of this trajectory.',
    nl: 'Elk doel heeft een omschrijving nodig; subdoelen horen onder een hoofddoel van dit traject.',
  },
  'treatment.transition_not_allowed': {
    status: 422,
    title: 'Step not possible now',
    en: 'This step is not possible in the trajectory’s current state.',
    nl: 'Deze stap kan niet in de huidige fase van het traject.',
  },
  'server.internal': {
    status: 500,
    title: 'Internal error',
    en: 'Something went wrong on our side. Nothing was saved; please try again.',
    nl: 'Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het opnieuw.',
  },
  // trust: disclosure, break-glass, audit
  'access.break_glass_read_only': {
    status: 403,
    title: 'Emergency access is read-only',
    en: 'You opened this record with emergency access, which lets you read, not change anything.',
    nl: 'U hebt dit dossier geopend met noodtoegang: daarmee kunt u lezen, maar niets wijzigen.',
  },
  'access.not_disclosed': {
    status: 403,
    title: 'Not shared with you',
    en: 'The client has not shared this part of their record with you.',
    nl: 'De cliënt heeft dit deel van het dossier niet met u gedeeld.',
  },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEMS;

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && Object.hasOwn(PROBLEMS, value);
}

/** One field that failed validation: a JSON Pointer into the request (`/body/email`) and why. */
export interface FieldError {
  path: string;
  message: string;
  /** For a domain rule: its stable code and source (e.g. `001 L1579`). */
  code?: ProblemCode;
  source?: string;
}

/** The RFC 9457 problem document this API returns, with Meedoen's extensions. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ProblemCode;
  detail: string;
  detail_nl: string;
  instance?: string;
  errors?: FieldError[];
}
