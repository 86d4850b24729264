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
    en: 'The e-mail address or password is not correct, or there were too many attempts: wait a few minutes and try again.',
    nl: 'Het e-mailadres of wachtwoord klopt niet, of er waren te veel pogingen: wacht een paar minuten en probeer het opnieuw.',
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
    en: 'Too many failed sign-in attempts from this address. Wait a while and try again.',
    nl: 'Te veel mislukte inlogpogingen vanaf dit adres. Wacht even en probeer het opnieuw.',
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
  'care_team.arranger_not_allowed': {
    status: 403,
    title: 'May not arrange the care team',
    en: 'Only a care-team manager of the organisation or the client’s regiebehandelaar adds or ends care-team memberships.',
    nl: 'Alleen wie in de organisatie zorgteams beheert of de regiebehandelaar van de cliënt voegt iemand toe aan het zorgteam of beëindigt een lidmaatschap.',
  },
  'care_team.already_member': {
    status: 409,
    title: 'Already on the care team',
    en: 'This professional is already on the care team in this role for (part of) this period.',
    nl: 'Deze professional zit in deze periode al in het zorgteam met deze rol.',
  },
  'care_team.already_ended': {
    status: 409,
    title: 'Membership already ended',
    en: 'This care-team membership has already ended on or before that date.',
    nl: 'Dit lidmaatschap van het zorgteam is op of voor die datum al beëindigd.',
  },
  'care_team.end_before_start': {
    status: 422,
    title: 'End before start',
    en: 'A membership cannot end before it starts.',
    nl: 'Een lidmaatschap kan niet eindigen voordat het begint.',
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
  // FHIR bulk export
  'fhir.export_failed': {
    status: 500,
    title: 'Export failed',
    en: 'This export could not be completed. Nothing of it can be downloaded; please start a new export.',
    nl: 'Deze export kon niet worden afgerond. Er valt niets van te downloaden; start een nieuwe export.',
  },
  'server.internal': {
    status: 500,
    title: 'Internal error',
    en: 'Something went wrong on our side. Nothing was saved; please try again.',
    nl: 'Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het opnieuw.',
  },
  // measurement
  'measurement.instrument_unknown': {
    status: 422,
    title: 'Unknown instrument',
    en: 'Meedoen does not know this measuring instrument.',
    nl: 'Meedoen kent dit meetinstrument niet.',
  },
  'measurement.instrument_not_enabled': {
    status: 422,
    title: 'Instrument not enabled',
    en: 'Your organisation has not enabled this instrument, so it cannot be administered.',
    nl: 'Uw organisatie heeft dit meetinstrument niet aangezet; het kan daarom niet worden afgenomen.',
  },
  'measurement.licence_required': {
    status: 422,
    title: 'Licence required',
    en: 'This instrument is licensed: record the organisation’s licence before enabling it.',
    nl: 'Voor dit meetinstrument is een licentie nodig: leg de licentie van de organisatie vast voordat u het aanzet.',
  },
  'measurement.licence_expired': {
    status: 422,
    title: 'Licence not valid on this date',
    en: 'The recorded licence for this instrument is not valid on this date.',
    nl: 'De vastgelegde licentie voor dit meetinstrument is op deze datum niet geldig.',
  },
  'measurement.licence_record_invalid': {
    status: 422,
    title: 'Licence record incomplete',
    en: 'A licence needs a holder, a reference and a valid period.',
    nl: 'Een licentie heeft een houder, een kenmerk en een geldige periode nodig.',
  },
  'measurement.digital_use_not_licensed': {
    status: 422,
    title: 'Digital use not licensed',
    en: 'The licence covers paper use only: enter the score from the paper form instead.',
    nl: 'De licentie geldt alleen voor papier: voer de score van het papieren formulier in.',
  },
  'measurement.content_missing': {
    status: 422,
    title: 'Instrument content not loaded',
    en: 'The organisation has not loaded this instrument’s licensed texts or scoring key yet.',
    nl: 'De organisatie heeft de teksten of de scoringssleutel van dit meetinstrument nog niet geladen.',
  },
  'measurement.content_item_missing': {
    status: 422,
    title: 'Item missing from the content',
    en: 'The loaded content lacks an item of this instrument.',
    nl: 'In de geladen inhoud ontbreekt een vraag van dit meetinstrument.',
  },
  'measurement.content_item_unknown': {
    status: 422,
    title: 'Unknown item in the content',
    en: 'The loaded content names an item this instrument does not have.',
    nl: 'De geladen inhoud noemt een vraag die dit meetinstrument niet heeft.',
  },
  'measurement.content_text_missing': {
    status: 422,
    title: 'Text missing',
    en: 'Every item, title and answer option needs a text.',
    nl: 'Elke vraag, titel en antwoordmogelijkheid heeft een tekst nodig.',
  },
  'measurement.content_key_invalid': {
    status: 422,
    title: 'Scoring key invalid',
    en: 'The scoring key must give a response scale and place each item in at most one known subscale.',
    nl: 'De scoringssleutel moet een antwoordschaal geven en elke vraag in hooguit één bekende subschaal plaatsen.',
  },
  'measurement.content_not_applicable': {
    status: 422,
    title: 'No content for this instrument',
    en: 'This instrument has no fixed items to load texts for.',
    nl: 'Dit meetinstrument heeft geen vaste vragen om teksten voor te laden.',
  },
  'measurement.item_unknown': {
    status: 422,
    title: 'Unknown item',
    en: 'This instrument has no such item.',
    nl: 'Dit meetinstrument heeft deze vraag niet.',
  },
  'measurement.answer_missing': {
    status: 422,
    title: 'Answer missing',
    en: 'Answer every required item; an incomplete form cannot be scored.',
    nl: 'Beantwoord elke verplichte vraag; een onvolledige lijst kan niet worden gescoord.',
  },
  'measurement.answer_invalid': {
    status: 422,
    title: 'Answer invalid',
    en: 'This answer does not fit the item’s answer type.',
    nl: 'Dit antwoord past niet bij het soort antwoord dat de vraag vraagt.',
  },
  'measurement.answer_out_of_range': {
    status: 422,
    title: 'Answer out of range',
    en: 'This answer is outside the item’s scale.',
    nl: 'Dit antwoord valt buiten de schaal van de vraag.',
  },
  'measurement.age_out_of_range': {
    status: 422,
    title: 'Instrument not for this age',
    en: 'This instrument is not meant for the person’s age on this date; use the version for that age.',
    nl: 'Dit meetinstrument is niet bedoeld voor de leeftijd van de persoon op deze datum; gebruik de versie voor die leeftijd.',
  },
  'measurement.respondent_not_allowed': {
    status: 422,
    title: 'Respondent not allowed',
    en: 'This instrument is not filled in by this person.',
    nl: 'Dit meetinstrument wordt niet door deze persoon ingevuld.',
  },
  'measurement.moment_not_allowed': {
    status: 422,
    title: 'Not at this moment',
    en: 'This instrument is not administered at this moment of the treatment.',
    nl: 'Dit meetinstrument wordt niet op dit moment van de behandeling afgenomen.',
  },
  'measurement.occasion_unknown': {
    status: 422,
    title: 'No such measurement moment',
    en: 'This trajectory has no such moment for this instrument: choose one from the list of due measurements.',
    nl: 'Dit traject heeft dit meetmoment niet voor dit meetinstrument: kies er een uit de lijst met metingen die openstaan.',
  },
  'measurement.already_administered': {
    status: 409,
    title: 'Already filled in',
    en: 'This measurement was already filled in at this moment. Correct the existing score instead.',
    nl: 'Deze meting is op dit moment al ingevuld. Corrigeer in plaats daarvan de bestaande score.',
  },
  'measurement.correction_reason_required': {
    status: 422,
    title: 'Reason for the correction required',
    en: 'A score is never changed silently: say who corrects it and why.',
    nl: 'Een score wordt nooit stil gewijzigd: vermeld wie hem corrigeert en waarom.',
  },
  'measurement.correction_of_superseded': {
    status: 409,
    title: 'Correction of an old version',
    en: 'This score was corrected in the meantime. Reload, then correct the current version.',
    nl: 'Deze score is intussen gecorrigeerd. Laad opnieuw en corrigeer de huidige versie.',
  },
  'measurement.correction_changes_subject': {
    status: 422,
    title: 'Correction changes what was measured',
    en: 'A correction keeps the instrument, person, trajectory, moment and respondent; record a new administration instead.',
    nl: 'Een correctie houdt meetinstrument, persoon, traject, moment en invuller gelijk; leg anders een nieuwe afname vast.',
  },
  'measurement.correction_unchanged': {
    status: 422,
    title: 'Correction changes nothing',
    en: 'The correction has the same answers as the current version.',
    nl: 'De correctie heeft dezelfde antwoorden als de huidige versie.',
  },
  'measurement.settings_invalid': {
    status: 422,
    title: 'Measurement settings invalid',
    en: 'A measurement setting is missing or outside its allowed range.',
    nl: 'Een meetinstelling ontbreekt of valt buiten het toegestane bereik.',
  },
  // financing
  'financing.payer_not_allowed_for_age': {
    status: 422,
    title: 'Payer not allowed at this age',
    en: 'The law leaves no choice at this age: vaktherapie under 18 is paid under the Jeugdwet, and the Jeugdwet ends at 18 unless youth care was continued.',
    nl: 'Op deze leeftijd laat de wet geen keuze: vaktherapie onder de 18 valt onder de Jeugdwet, en de Jeugdwet eindigt bij 18 tenzij de jeugdhulp verlengd is.',
  },
  'financing.frame_not_allowed_for_kind': {
    status: 422,
    title: 'Frame does not fit this kind of service',
    en: 'This legal frame does not pay for this kind of service (treatment is no Wmo support; day activities outside an admission are no Zvw care).',
    nl: 'Dit wettelijk kader betaalt dit soort dienst niet (behandeling is geen Wmo-ondersteuning; dagbesteding buiten een opname is geen Zvw-zorg).',
  },
  'financing.frame_not_allowed_for_discipline': {
    status: 422,
    title: 'Frame does not fit this discipline',
    en: 'Ergotherapie is insured care under the Zvw at every age; the Jeugdwet does not pay for it.',
    nl: 'Ergotherapie is verzekerde zorg onder de Zvw op elke leeftijd; de Jeugdwet betaalt het niet.',
  },
  'financing.entitlement_missing': {
    status: 422,
    title: 'No entitlement on that date',
    en: 'The person has no valid indication, allocation or policy for this frame on the date of the service.',
    nl: 'De persoon heeft op de datum van de dienst geen geldige indicatie, toewijzing of polis voor dit kader.',
  },
  'financing.wlz_precedes': {
    status: 422,
    title: 'The Wlz pays this',
    en: 'The person has a Wlz indication that covers this service (for treatment: verblijf met behandeling by this institution): the Wlz pays; another public frame or a supplementary policy cannot be chosen.',
    nl: 'De persoon heeft een Wlz-indicatie die deze dienst dekt (bij behandeling: verblijf met behandeling door deze instelling): de Wlz betaalt; een ander publiek kader of een aanvullende polis kan niet gekozen worden.',
  },
  'financing.override_reason_required': {
    status: 422,
    title: 'Reason required',
    en: 'Choosing another payer than the derived one needs a reason; it is recorded in the audit trail.',
    nl: 'Een andere betaler kiezen dan de afgeleide vraagt om een reden; die wordt vastgelegd in de logging.',
  },
  'financing.double_funding_same_service': {
    status: 422,
    title: 'Service paid twice',
    en: 'The same service (or the same minutes of it) is claimed more than once or under two frames. Nothing can be declared for this person and month until this is resolved.',
    nl: 'Dezelfde dienst (of dezelfde minuten ervan) wordt vaker dan één keer of onder twee kaders gedeclareerd. Voor deze persoon en maand kan niets gedeclareerd worden tot dit is opgelost.',
  },
  'financing.double_funding_overlap': {
    status: 422,
    title: 'Overlapping services billed to two payers',
    en: 'Two services of the same person overlap in time and are billed to different payers: a minute cannot be paid twice. Declaring this month is blocked.',
    nl: 'Twee diensten van dezelfde persoon overlappen in tijd en gaan naar verschillende betalers: een minuut kan niet twee keer betaald worden. Declareren van deze maand is geblokkeerd.',
  },
  'financing.period_not_closed': {
    status: 422,
    title: 'Period not closed',
    en: 'A period can be declared only after it has ended.',
    nl: 'Een periode kan pas gedeclareerd worden als die voorbij is.',
  },
  'financing.bsn_invalid': {
    status: 422,
    title: 'Invalid BSN',
    en: 'The citizen service number (BSN) is missing or fails the eleven test.',
    nl: 'Het burgerservicenummer (BSN) ontbreekt of voldoet niet aan de elfproef.',
  },
  'financing.agb_missing': {
    status: 422,
    title: 'AGB code missing',
    en: 'An AGB code of eight digits is required for the provider (and, for PM304, the practitioner).',
    nl: 'Een AGB-code van acht cijfers is verplicht voor de aanbieder (en bij PM304 voor de zorgverlener).',
  },
  'financing.allocation_missing': {
    status: 422,
    title: 'No allocation',
    en: 'A Wmo declaration line needs the allocation (toewijzing) it belongs to.',
    nl: 'Een Wmo-declaratieregel heeft de toewijzing nodig waar die bij hoort.',
  },
  'financing.allocation_invalid': {
    status: 422,
    title: 'Invalid allocation',
    en: 'The allocation has an unknown product category, unit or frequency, a volume that is not a whole number, or an invalid period.',
    nl: 'De toewijzing heeft een onbekende productcategorie, eenheid of frequentie, een volume dat geen heel getal is, of een ongeldige periode.',
  },
  'financing.allocation_mismatch': {
    status: 422,
    title: 'Line does not match the allocation',
    en: 'Product category, product code or unit of the line differ from the allocation.',
    nl: 'Productcategorie, productcode of eenheid van de regel wijken af van de toewijzing.',
  },
  'financing.volume_exceeds_allocation': {
    status: 422,
    title: 'Volume exceeds the allocation',
    en: 'The declared volume is more than the allocation allows for this period.',
    nl: 'Het gedeclareerde volume is meer dan de toewijzing voor deze periode toestaat.',
  },
  'financing.outside_allocation_period': {
    status: 422,
    title: 'Outside the allocation period',
    en: 'The product period starts before or ends after the allocation.',
    nl: 'De productperiode begint voor of eindigt na de toewijzing.',
  },
  'financing.product_period_invalid': {
    status: 422,
    title: 'Invalid product period',
    en: 'A product period lies within one calendar month of the declaration period, from its first to its last day unless the allocation starts or ends within it.',
    nl: 'Een productperiode ligt binnen één kalendermaand van de declaratieperiode, van de eerste tot de laatste dag, tenzij de toewijzing daarbinnen begint of eindigt.',
  },
  'financing.amount_mismatch': {
    status: 422,
    title: 'Amount does not add up',
    en: 'The amount is not the volume times the tariff, or the total is not the sum of the lines.',
    nl: 'Het bedrag is niet het volume maal het tarief, of het totaal is niet de som van de regels.',
  },
  'financing.credit_without_debet': {
    status: 422,
    title: 'Credit without debet',
    en: 'A credit line must refer to an earlier accepted debet line, sent in an earlier message.',
    nl: 'Een creditregel moet verwijzen naar een eerder geaccepteerde debetregel uit een eerder bericht.',
  },
  'financing.already_credited': {
    status: 409,
    title: 'Already credited',
    en: 'A correction (credit line and new line) was already asked for this sent line; a line is credited once.',
    nl: 'Voor deze verzonden regel is al een correctie (creditregel en nieuwe regel) aangevraagd; een regel wordt één keer gecrediteerd.',
  },
  'financing.already_declared': {
    status: 409,
    title: 'Already declared',
    en: 'This period and product were already declared and not credited; correct with a credit line and a new line.',
    nl: 'Deze periode en dit product zijn al gedeclareerd en niet gecrediteerd; corrigeer met een creditregel en een nieuwe regel.',
  },
  'financing.reference_not_unique': {
    status: 409,
    title: 'Reference not unique',
    en: 'Each line and each declaration needs a reference that was never used before.',
    nl: 'Elke regel en elke declaratie heeft een referentie nodig die nooit eerder gebruikt is.',
  },
  'financing.declaration_immutable': {
    status: 409,
    title: 'Declaration already sent',
    en: 'A sent declaration cannot be changed; correct it with a credit line and a new line in a next declaration.',
    nl: 'Een verzonden declaratie kan niet gewijzigd worden; corrigeer met een creditregel en een nieuwe regel in een volgende declaratie.',
  },
  'financing.dte_screening_needs_direct_access': {
    status: 422,
    title: 'Screening only under direct access',
    en: 'The DTE screening is for a client who came without a referral (directe toegang ergotherapie).',
    nl: 'De DTE-screening is voor een cliënt die zonder verwijzing kwam (directe toegang ergotherapie).',
  },
  'financing.one_prestatie_per_day': {
    status: 422,
    title: 'One prestatie per day',
    en: 'Ergotherapie allows one prestatie per patient per day (the same per-quarter prestatie may repeat; surcharges come with it).',
    nl: 'Bij ergotherapie mag per patiënt per dag één prestatie (dezelfde kwartierprestatie mag vaker; toeslagen komen erbij).',
  },
  'financing.group_size_invalid': {
    status: 422,
    title: 'Invalid group size',
    en: 'A group session of ergotherapie is for 2 to 10 persons; record the group size.',
    nl: 'Een groepszitting ergotherapie is voor 2 tot en met 10 personen; leg de groepsgrootte vast.',
  },
  'financing.surcharge_without_activity': {
    status: 422,
    title: 'Surcharge without treatment',
    en: 'A surcharge (home, institution, workplace) can be claimed only with an ergotherapie activity on the same day.',
    nl: 'Een toeslag (aan huis, instelling, werkplek) kan alleen samen met een ergotherapieactiviteit op dezelfde dag.',
  },
  'financing.cover_exceeded': {
    status: 422,
    title: 'More than the cover',
    en: 'More quarters are declared to the basic cover than the year holds; the rest is supplementary cover or self-pay.',
    nl: 'Er worden meer kwartieren op de basisdekking gedeclareerd dan het jaar bevat; de rest is aanvullende dekking of eigen betaling.',
  },
  'financing.parameters_missing': {
    status: 422,
    title: 'No financing parameters for this date',
    en: 'No set of financing parameters (tariffs, cover, codes) is valid on this date; the administrator must add one.',
    nl: 'Er is geen set financieringsparameters (tarieven, dekking, codes) geldig op deze datum; de beheerder moet er een toevoegen.',
  },
  'financing.parameters_invalid': {
    status: 422,
    title: 'Invalid financing parameters',
    en: 'The financing parameters contain an invalid value or overlapping periods.',
    nl: 'De financieringsparameters bevatten een ongeldige waarde of overlappende periodes.',
  },
  'financing.wmo301_invalid': {
    status: 422,
    title: 'Invalid iWmo 301 message',
    en: 'The file is no readable iWmo 301 toewijzing, or an element is missing or has an invalid value (the path names it).',
    nl: 'Het bestand is geen leesbaar iWmo 301-toewijzingsbericht, of een element ontbreekt of heeft een ongeldige waarde (het pad noemt het).',
  },
  'financing.wmo301_wrong_receiver': {
    status: 422,
    title: 'Allocation addressed to another provider',
    en: 'The 301 message is addressed to another AGB code than this organisation’s.',
    nl: 'Het 301-bericht is gericht aan een andere AGB-code dan die van deze organisatie.',
  },
  'financing.wmo301_unknown_bsn': {
    status: 422,
    title: 'No client with this BSN',
    en: 'No client of this organisation has the BSN of this message; record the BSN on the client first. Nothing was imported.',
    nl: 'Geen cliënt van deze organisatie heeft het BSN uit dit bericht; leg eerst het BSN bij de cliënt vast. Er is niets ingelezen.',
  },
  'financing.wmo301_conflict': {
    status: 409,
    title: 'Allocation number already used differently',
    en: 'This municipality’s allocation number was imported before with other contents or for another client.',
    nl: 'Dit toewijzingsnummer van deze gemeente is eerder ingelezen met een andere inhoud of voor een andere cliënt.',
  },
  // trust: sign-in and backup
  'auth.attempts_backoff': {
    status: 429,
    title: 'Too many failed attempts',
    en: 'Too many failed attempts for this account. Wait a moment (the Retry-After header says how long) and try again.',
    nl: 'Te veel mislukte pogingen voor dit account. Wacht even (de Retry-After-header zegt hoe lang) en probeer het opnieuw.',
  },
  'auth.second_factor_not_enrolled': {
    status: 409,
    title: 'No second factor set up',
    en: 'There is no authenticator app set up for this account.',
    nl: 'Voor dit account is geen authenticator-app ingesteld.',
  },
  'auth.second_factor_required_by_policy': {
    status: 409,
    title: 'Second factor required by your organisation',
    en: 'Your organisation requires a second factor for your role, so it cannot be removed. Set up a new app instead.',
    nl: 'Uw organisatie vereist een tweede factor voor uw rol; die kan niet worden verwijderd. Stel in plaats daarvan een nieuwe app in.',
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
  // consent, representation, WGBO ages, treatment writes (issue 11: 1, 7, 11)
  'consent.recorder_not_in_care_team': {
    status: 403,
    title: 'Not on the care team',
    en: 'Only the client, their representative or a professional on the client’s care team can record a consent.',
    nl: 'Alleen de cliënt, diens vertegenwoordiger of een professional uit het zorgteam van de cliënt kan een toestemming vastleggen.',
  },
  'consent.recorder_role_not_allowed': {
    status: 403,
    title: 'Role cannot record consent',
    en: 'Your role on this care team cannot record a consent; ask a professional who works with the client.',
    nl: 'Uw rol in dit zorgteam kan geen toestemming vastleggen; vraag een professional die met de cliënt werkt.',
  },
  'consent.self_grant_forbidden': {
    status: 403,
    title: 'Consent to yourself',
    en: 'You cannot record a consent that gives yourself access.',
    nl: 'U kunt geen toestemming vastleggen die uzelf toegang geeft.',
  },
  'consent.recorded_how_invalid': {
    status: 422,
    title: 'How the consent was given',
    en: 'A professional records a consent given in person or on a signed form; the portal is for the client and their representative.',
    nl: 'Een professional legt een toestemming vast die mondeling of op een getekend formulier is gegeven; het portaal is voor de cliënt en diens vertegenwoordiger.',
  },
  'consent.document_required': {
    status: 422,
    title: 'Signed form required',
    en: 'Record where the signed consent form is kept.',
    nl: 'Leg vast waar het getekende toestemmingsformulier is bewaard.',
  },
  'consent.representative_decides_under_twelve': {
    status: 422,
    title: 'The representative decides',
    en: 'The client is younger than 12: a parent or legal representative gives the consent.',
    nl: 'De cliënt is jonger dan 12: een ouder of wettelijk vertegenwoordiger geeft de toestemming.',
  },
  'consent.both_decide_twelve_to_fifteen': {
    status: 422,
    title: 'Both must consent',
    en: 'The client is 12 to 15: both the client and a parent or legal representative give the consent.',
    nl: 'De cliënt is 12 tot 16 jaar: zowel de cliënt als een ouder of wettelijk vertegenwoordiger geven toestemming.',
  },
  'consent.client_decides_from_sixteen': {
    status: 422,
    title: 'The client decides',
    en: 'The client is 16 or older and decides alone; a parent no longer decides for them.',
    nl: 'De cliënt is 16 jaar of ouder en beslist zelf; een ouder beslist niet meer voor de cliënt.',
  },
  'representation.recorder_not_in_care_team': {
    status: 403,
    title: 'Not on the care team',
    en: 'Only a professional on the client’s care team can record a representative.',
    nl: 'Alleen een professional uit het zorgteam van de cliënt kan een vertegenwoordiger vastleggen.',
  },
  'representation.recorder_role_not_allowed': {
    status: 403,
    title: 'Role cannot record a representative',
    en: 'Your role on this care team cannot record a representative.',
    nl: 'Uw rol in dit zorgteam kan geen vertegenwoordiger vastleggen.',
  },
  'representation.self_forbidden': {
    status: 403,
    title: 'Representing yourself',
    en: 'You cannot record yourself as a representative.',
    nl: 'U kunt uzelf niet als vertegenwoordiger vastleggen.',
  },
  'representation.not_a_naaste': {
    status: 422,
    title: 'No account as relative',
    en: 'A representative needs an account of their own as a relative of this client.',
    nl: 'Een vertegenwoordiger heeft een eigen account nodig als naaste van deze cliënt.',
  },
  'representation.parental_authority_ended': {
    status: 422,
    title: 'Parental authority has ended',
    en: 'The client is 18 or older: parents no longer have authority; record a curator, mentor or written authorisation instead.',
    nl: 'De cliënt is 18 of ouder: ouders hebben geen gezag meer; leg een curator, mentor of schriftelijke machtiging vast.',
  },
  'representation.document_required': {
    status: 422,
    title: 'Document required',
    en: 'A curator, mentor or written authorisation needs the document it rests on: record where it is kept.',
    nl: 'Een curator, mentor of schriftelijke machtiging heeft een document nodig: leg vast waar het is bewaard.',
  },
  'representation.approval_not_needed': {
    status: 409,
    title: 'No approval needed',
    en: 'This representation needs no approval, or was approved already.',
    nl: 'Deze vertegenwoordiging hoeft niet goedgekeurd te worden, of is al goedgekeurd.',
  },
  'representation.second_person_required': {
    status: 403,
    title: 'A second person approves',
    en: 'Another professional than the one who recorded it approves a representation.',
    nl: 'Een andere professional dan wie de vertegenwoordiging vastlegde, keurt haar goed.',
  },
  'treatment.plan_agreement_by_representative': {
    status: 422,
    title: 'The representative agrees',
    en: 'The client is younger than 12: a parent or legal representative agrees to the plan.',
    nl: 'De cliënt is jonger dan 12: een ouder of wettelijk vertegenwoordiger stemt in met het plan.',
  },
  'treatment.plan_agreement_by_both': {
    status: 422,
    title: 'Both must agree',
    en: 'The client is 12 to 15: both the client and a parent or legal representative agree to the plan.',
    nl: 'De cliënt is 12 tot 16 jaar: zowel de cliënt als een ouder of wettelijk vertegenwoordiger stemmen in met het plan.',
  },
  'treatment.plan_agreement_by_client': {
    status: 422,
    title: 'The client agrees',
    en: 'The client is 16 or older and agrees to the plan themself; a parent no longer decides for them.',
    nl: 'De cliënt is 16 jaar of ouder en stemt zelf in met het plan; een ouder beslist niet meer voor de cliënt.',
  },
  'treatment.plan_not_agreed': {
    status: 422,
    title: 'Plan not agreed',
    en: 'Treatment starts only once the client (or their representative, by age) has agreed to the plan.',
    nl: 'De behandeling start pas als de cliënt (of, naar leeftijd, de vertegenwoordiger) heeft ingestemd met het plan.',
  },
  'treatment.session_before_referral': {
    status: 422,
    title: 'Session before the referral',
    en: 'A session cannot be dated before the referral was received.',
    nl: 'Een zitting kan niet vóór de ontvangst van de verwijzing liggen.',
  },
  'treatment.session_in_future': {
    status: 422,
    title: 'Session in the future',
    en: 'A session is recorded once it took place; this date lies too far ahead.',
    nl: 'Een zitting wordt vastgelegd als die heeft plaatsgevonden; deze datum ligt te ver vooruit.',
  },
  'treatment.therapist_discipline_mismatch': {
    status: 422,
    title: 'Therapist of another discipline',
    en: 'The referral is for another discipline than the therapist’s.',
    nl: 'De verwijzing is voor een andere discipline dan die van de therapeut.',
  },
  'treatment.regiebehandelaar_not_eligible': {
    status: 422,
    title: 'Cannot be the lead clinician',
    en: 'The person named has no role as regiebehandelaar; name a psychiatrist, psychologist or specialist ouderengeneeskunde.',
    nl: 'De gekozen persoon heeft geen rol als regiebehandelaar; kies een psychiater, psycholoog of specialist ouderengeneeskunde.',
  },
  // trust: safe writes (issue 11: 5, 6, 7)
  'request.nul_character': {
    status: 400,
    title: 'Text contains a NUL character',
    en: 'A text field contains an invisible NUL character, which cannot be stored. Remove it and try again.',
    nl: 'Een tekstveld bevat een onzichtbaar NUL-teken, dat niet kan worden opgeslagen. Haal het weg en probeer het opnieuw.',
  },
  'request.blank_text': {
    status: 400,
    title: 'Required text is empty',
    en: 'A required text field contains only spaces. Fill it in.',
    nl: 'Een verplicht tekstveld bevat alleen spaties. Vul het in.',
  },
  'request.value_out_of_range': {
    status: 400,
    title: 'Value out of range',
    en: 'A number or text is too large to be stored.',
    nl: 'Een getal of tekst is te groot om op te slaan.',
  },
  'request.bad_url': {
    status: 400,
    title: 'Malformed address',
    en: 'The address (URL) of the request is not correctly encoded.',
    nl: 'Het adres (URL) van het verzoek is niet goed gecodeerd.',
  },
  'request.url_too_long': {
    status: 414,
    title: 'Address too long',
    en: 'The address (URL) of the request is longer than this server accepts.',
    nl: 'Het adres (URL) van het verzoek is langer dan de server accepteert.',
  },
  'request.headers_too_large': {
    status: 431,
    title: 'Request headers too large',
    en: 'The headers of the request are larger than this server accepts.',
    nl: 'De kopregels (headers) van het verzoek zijn groter dan de server accepteert.',
  },
  'upload.file_too_large': {
    status: 413,
    title: 'File too large',
    en: 'The file is larger than this server accepts for one file.',
    nl: 'Het bestand is groter dan de server per bestand accepteert.',
  },
  'upload.quota_exceeded': {
    status: 413,
    title: 'Storage quota reached',
    en: 'Your organisation has used all the storage space for files. Remove files or ask the administrator for more space.',
    nl: 'Uw organisatie heeft alle opslagruimte voor bestanden gebruikt. Verwijder bestanden of vraag de beheerder om meer ruimte.',
  },
  'attendance.minutes_exceed_session': {
    status: 422,
    title: 'More minutes than the session lasts',
    en: 'The minutes present are more than the activity lasts. Record the time the person was actually there.',
    nl: 'Het aantal minuten aanwezig is groter dan de activiteit duurt. Vul de tijd in dat iemand er echt was.',
  },
  'attendance.future_date': {
    status: 422,
    title: 'Attendance for a future date',
    en: 'Presence cannot be recorded for a day that has not come yet; only an absence reported in advance can.',
    nl: 'Aanwezigheid kan niet worden vastgelegd voor een dag die nog moet komen; alleen een vooraf gemelde afwezigheid.',
  },
  'attendance.transport_without_presence': {
    status: 422,
    title: 'Transport for someone who did not come',
    en: 'Transport is recorded only for someone who came to the activity, not for an absence or taking part online.',
    nl: 'Vervoer vult u alleen in voor iemand die naar de activiteit is gekomen, niet bij afwezigheid of online meedoen.',
  },
  'attendance.duplicate_participant': {
    status: 400,
    title: 'Participant twice in one roll call',
    en: 'The same person appears more than once in this roll call. Record each person once.',
    nl: 'Dezelfde persoon staat meer dan eens in deze presentielijst. Vul iedereen één keer in.',
  },
  'contact_moment.future_date': {
    status: 422,
    title: 'Contact moment on a future date',
    en: 'A contact moment is recorded after it took place, so not for a day that has not come yet.',
    nl: 'Een contactmoment legt u vast nadat het plaatsvond, dus niet voor een dag die nog moet komen.',
  },
  'contact_moment.kind_required': {
    status: 422,
    title: 'Kind of contact missing',
    en: 'Choose what kind of contact it was.',
    nl: 'Kies wat voor contact het was.',
  },
  'contact_moment.channel_required': {
    status: 422,
    title: 'Way of contact missing',
    en: 'Choose how the contact took place: in person, by phone or by video call.',
    nl: 'Kies hoe het contact plaatsvond: persoonlijk, telefonisch of met beeldbellen.',
  },
  'contact_moment.minutes_out_of_range': {
    status: 422,
    title: 'Duration out of range',
    en: 'The duration is at least 1 minute and at most 480 minutes (a working day).',
    nl: 'De duur is minstens 1 minuut en hoogstens 480 minuten (een werkdag).',
  },
  'contact_moment.report_required': {
    status: 422,
    title: 'Report missing',
    en: 'Write a short report of the contact.',
    nl: 'Schrijf een kort verslag van het contact.',
  },
  'contact_moment.next_before_date': {
    status: 422,
    title: 'Next appointment not after the contact',
    en: 'The next appointment comes after the date of this contact.',
    nl: 'De volgende afspraak valt na de datum van dit contact.',
  },
  'enrolment.care_team_only': {
    status: 403,
    title: 'Placement by the care team only',
    en: 'Only the person’s care team places them in an offer; you follow the person through their consent.',
    nl: 'Alleen het zorgteam van de persoon plaatst in een aanbod; u kijkt mee met toestemming van de persoon.',
  },
  'contact_moment.recorder_role_not_allowed': {
    status: 403,
    title: 'Not a job coach',
    en: 'Contact moments are recorded by the job coach or the activity supervisor who supports the person.',
    nl: 'Contactmomenten worden vastgelegd door de jobcoach of de activiteitenbegeleider die de persoon begeleidt.',
  },
  'contact_moment.not_author': {
    status: 403,
    title: 'Not your contact moment',
    en: 'Only the person who recorded a contact moment can correct it.',
    nl: 'Alleen wie een contactmoment heeft vastgelegd, kan het corrigeren.',
  },
  'enrolment.group_offer_mismatch': {
    status: 422,
    title: 'Group belongs to another offer',
    en: 'The chosen group belongs to another offer than the placement. Choose a group of this offer.',
    nl: 'De gekozen groep hoort bij een ander aanbod dan de plaatsing. Kies een groep van dit aanbod.',
  },
  'proposal.offer_unknown': {
    status: 422,
    title: 'Offer not on the social map',
    en: 'The proposed offer is not on this organisation’s social map. Choose an offer from the matches.',
    nl: 'Dit aanbod staat niet op de sociale kaart van uw organisatie. Kies een aanbod uit de resultaten.',
  },
  'proposal.group_offer_mismatch': {
    status: 422,
    title: 'Group belongs to another offer',
    en: 'The chosen group belongs to another offer than the one proposed. Choose a group of this offer.',
    nl: 'De gekozen groep hoort bij een ander aanbod. Kies een groep van dit aanbod.',
  },
  'proposal.already_open': {
    status: 409,
    title: 'Offer already proposed',
    en: 'This offer has already been proposed to this person and is still open.',
    nl: 'Dit aanbod is al aan deze persoon voorgesteld en staat nog open.',
  },
  'proposal.not_open': {
    status: 409,
    title: 'Proposal no longer open',
    en: 'This proposal has already been answered or withdrawn.',
    nl: 'Op dit voorstel is al geantwoord, of het is ingetrokken.',
  },
  'proposal.only_the_person': {
    status: 403,
    title: 'Only the person answers',
    en: 'Only the person themself, or their legal representative, accepts or declines a proposal.',
    nl: 'Alleen de persoon zelf, of de wettelijk vertegenwoordiger, zegt ja of nee op een voorstel.',
  },
  'proposal.representative_decides': {
    status: 403,
    title: 'The representative answers',
    en: 'For a child under 12 the parent or guardian says yes or no to a proposal.',
    nl: 'Voor een kind jonger dan 12 jaar zegt de ouder of voogd ja of nee op een voorstel.',
  },
  'proposal.parental_authority_required': {
    status: 403,
    title: 'A parent with authority answers',
    en: 'For a young person of 12 to 15 the second answer comes from a parent with parental authority or the guardian.',
    nl: 'Voor een jongere van 12 tot 16 jaar komt het tweede antwoord van een ouder met gezag of de voogd.',
  },
  'proposal.already_answered': {
    status: 409,
    title: 'Already answered',
    en: 'This side has already answered this proposal. While it waits for the other answer a yes can still become a no; once it is accepted or declined, the answers stand.',
    nl: 'Op dit voorstel is van deze kant al geantwoord. Zolang het op het andere antwoord wacht, kan een ja nog een nee worden; is het aangenomen of afgewezen, dan blijven de antwoorden staan.',
  },
  'proposal.not_your_answer': {
    status: 403,
    title: 'Not your answer',
    en: 'You can only change your own yes. The other side gives its own answer.',
    nl: 'U kunt alleen uw eigen ja veranderen. De andere kant geeft zelf antwoord.',
  },
  'proposal.no_yes_to_change': {
    status: 409,
    title: 'No yes to change',
    en: 'This side has not said yes to this proposal, so there is nothing to change. Say no instead.',
    nl: 'Van deze kant is nog geen ja gegeven, dus er is niets te veranderen. Zeg dan nee.',
  },
  'proposal.not_the_proposer': {
    status: 403,
    title: 'Not your proposal',
    en: 'Only the person who made this proposal, or the coordinator on the care team, can withdraw it.',
    nl: 'Alleen wie dit voorstel deed, of de coördinator in het zorgteam, kan het intrekken.',
  },
  'proposal.request_not_open': {
    status: 409,
    title: 'Enrolment request no longer open',
    en: 'This enrolment request has already been handled.',
    nl: 'Deze aanmelding is al afgehandeld.',
  },
  'proposal.not_the_coordinator': {
    status: 403,
    title: 'Not the coordinator of this request',
    en: 'Only the coordinator this enrolment request was sent to can decline it.',
    nl: 'Alleen de coördinator naar wie deze aanmelding is gestuurd, kan haar afwijzen.',
  },
  'document.invalid': {
    status: 400,
    title: 'Document does not match its schema',
    en: 'The document is incomplete or contains fields of the wrong kind.',
    nl: 'Het document is onvolledig of bevat velden van het verkeerde soort.',
  },
  'municipality.not_a_municipality_user': {
    status: 422,
    title: 'Not a municipality user',
    en: 'Municipalities can only be linked to a user with the role municipality.',
    nl: 'Gemeenten kunnen alleen gekoppeld worden aan een gebruiker met de rol gemeente.',
  },
  'report.period_invalid': {
    status: 422,
    title: 'Invalid period',
    en: 'The period must start before it ends and may span at most 24 months.',
    nl: 'De periode moet beginnen voordat hij eindigt en mag hoogstens 24 maanden beslaan.',
  },
  // Agenda (issue 14)
  'agenda.end_before_start': {
    status: 422,
    title: 'Appointment ends before it starts',
    en: 'An appointment must end after it starts, on the same day.',
    nl: 'Een afspraak moet eindigen nadat hij begint, op dezelfde dag.',
  },
  'agenda.series_unbounded': {
    status: 422,
    title: 'Series without an end',
    en: 'A recurring series needs an end date or a number of sessions, at most two years or 520 sessions.',
    nl: 'Een terugkerende reeks heeft een einddatum of een aantal keren nodig, hoogstens twee jaar of 520 keer.',
  },
  'agenda.location_required': {
    status: 422,
    title: 'Where is missing',
    en: 'This kind of appointment needs a place: a room, an address for a home visit or a link for an online session.',
    nl: 'Voor dit soort afspraak is een plaats nodig: een ruimte, een adres voor een huisbezoek of een link voor online.',
  },
  'agenda.not_in_series': {
    status: 422,
    title: 'Not a session of this series',
    en: 'There is no session of this series on that date.',
    nl: 'Deze reeks heeft op die datum geen afspraak.',
  },
  'agenda.professional_double_booked': {
    status: 409,
    title: 'Professional already booked',
    en: 'The professional already has an appointment at that time.',
    nl: 'De medewerker heeft op dat moment al een afspraak.',
  },
  'agenda.room_double_booked': {
    status: 409,
    title: 'Room already booked',
    en: 'The room is already booked at that time.',
    nl: 'De ruimte is op dat moment al bezet.',
  },
  'agenda.feed_not_found': {
    status: 404,
    title: 'No such calendar feed',
    en: 'This calendar link does not exist or was revoked.',
    nl: 'Deze agendalink bestaat niet of is ingetrokken.',
  },
  'users.self_change_forbidden': {
    status: 403,
    title: 'Own account',
    en: 'An administrator cannot change their own roles or deactivate their own account; another administrator does that.',
    nl: 'Een beheerder kan de eigen rollen niet wijzigen en het eigen account niet uitzetten; dat doet een andere beheerder.',
  },
  'users.email_taken': {
    status: 409,
    title: 'E-mail address in use',
    en: 'There is already an account with this e-mail address.',
    nl: 'Er is al een account met dit e-mailadres.',
  },
  'users.last_administrator': {
    status: 409,
    title: 'Last administrator',
    en: 'This is the last active administrator of the organisation; appoint another one first.',
    nl: 'Dit is de laatste actieve beheerder van de organisatie; wijs eerst een andere beheerder aan.',
  },
  'users.client_link_invalid': {
    status: 422,
    title: 'Client link invalid',
    en: 'An account for a client or a relative belongs to one client and has no other roles; other accounts belong to no client.',
    nl: 'Een account voor een cliënt of naaste hoort bij één cliënt en heeft geen andere rollen; andere accounts horen bij geen cliënt.',
  },
  // one-time invitations instead of a first password the administrator knows (issue 14)
  'auth.invitation_unknown': {
    status: 404,
    title: 'Invitation not found',
    en: 'This invitation link is not valid. Check that you copied the whole link, or ask your administrator for a new one.',
    nl: 'Deze uitnodigingslink klopt niet. Kijk of u de hele link hebt gekopieerd, of vraag de beheerder om een nieuwe.',
  },
  'auth.invitation_expired': {
    status: 410,
    title: 'Invitation expired',
    en: 'This invitation link has expired. Ask your administrator for a new one.',
    nl: 'Deze uitnodigingslink is verlopen. Vraag de beheerder om een nieuwe.',
  },
  'auth.invitation_used': {
    status: 409,
    title: 'Invitation already used',
    en: 'This invitation link has already been used. Sign in with the password you chose, or ask your administrator for a new link.',
    nl: 'Deze uitnodigingslink is al gebruikt. Log in met het wachtwoord dat u koos, of vraag de beheerder om een nieuwe link.',
  },
  'auth.invitation_replaced': {
    status: 410,
    title: 'Invitation replaced',
    en: 'There is a newer invitation for this account; this link no longer works. Use the newest link.',
    nl: 'Er is een nieuwere uitnodiging voor dit account; deze link werkt niet meer. Gebruik de nieuwste link.',
  },
  'users.account_inactive': {
    status: 409,
    title: 'Account switched off',
    en: 'This account is switched off; it cannot get an invitation.',
    nl: 'Dit account is uitgezet; het kan geen uitnodiging krijgen.',
  },
  // AGB codes and registrations of the organisation and its professionals (issue 12)
  'treatment.referrer_agb_without_referral': {
    status: 422,
    title: 'No referrer under direct access',
    en: 'Under direct access (without a referral) there is no referrer, so no referrer AGB code.',
    nl: 'Bij directe toegang (zonder verwijzing) is er geen verwijzer, dus ook geen AGB-code van een verwijzer.',
  },
  'registration.agb_invalid': {
    status: 422,
    title: 'Invalid AGB code',
    en: 'An AGB code has exactly eight digits.',
    nl: 'Een AGB-code bestaat uit precies acht cijfers.',
  },
  'registration.register_unknown': {
    status: 422,
    title: 'Unknown register',
    en: 'Choose one of the registers listed.',
    nl: 'Kies een van de genoemde registers.',
  },
  'registration.incomplete': {
    status: 422,
    title: 'Register and number go together',
    en: 'Fill in both the register and the registration number, or neither.',
    nl: 'Vul het register en het registratienummer allebei in, of allebei niet.',
  },
  'registration.number_invalid': {
    status: 422,
    title: 'Invalid registration number',
    en: 'A BIG number has eleven digits.',
    nl: 'Een BIG-nummer bestaat uit elf cijfers.',
  },
  'registration.profession_unknown': {
    status: 422,
    title: 'Unknown profession',
    en: 'Choose one of the professions listed.',
    nl: 'Kies een van de genoemde beroepen.',
  },
  'consent_overview.cursor_invalid': {
    status: 400,
    title: 'Invalid page cursor',
    en: 'This page of the consent overview cannot be found. Start again from the first page.',
    nl: 'Deze pagina van het overzicht van toestemmingen is niet te vinden. Begin opnieuw bij de eerste pagina.',
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
