import type { ProblemCode } from '../errors/problem-codes.js';

/**
 * The receivers' return codes, as data. iWmo: codelijst WJ001 (Retourcode) of iWmo 3.2, with the technical
 * rule (TR) behind each code — informatiemodel.istandaarden.nl/informatiemodel/iwmo/3.2/codelijsten/wj001,
 * read from the transcription in i-Sociaal-Lab/jaapjunior (packages/api/wmo/bronnen/codelijsten/WJ001_Retourcode.md
 * and TR-regels.md). Confidence: medium (a faithful third-party copy of the official list). Only the
 * declaration-related codes are kept. Vektis PM305 codes are not listed: no source was found (UNCONFIRMED).
 */
export const IWMO_RETURN_CODES: Record<string, { nl: string; rule: string | null }> = {
  '0001': { nl: 'Bericht is afgekeurd om technische redenen.', rule: null },
  '0200': { nl: 'Geen opmerking over deze berichtklasse.', rule: null },
  '0233': { nl: 'Berichtklasse is niet beoordeeld.', rule: null },
  '0611': { nl: 'Het ingediende tarief komt niet overeen met het contractuele tarief.', rule: 'TR418' },
  '8001': { nl: 'Declaratie is volledig toegewezen.', rule: null },
  '8017': { nl: 'Van deze credit prestatie is geen debet prestatie bekend.', rule: 'TR323' },
  '8021': { nl: 'Referentienummer prestatie is reeds aangeleverd.', rule: 'TR314' },
  '8187': { nl: 'De prestatie hoort niet bij deze cliënt.', rule: 'TR304' },
  '8214': {
    nl: 'DeclaratiePeriode is niet de kalendermaand die volgt op voorgaande DeclaratiePeriode terwijl iedere declaratieperiode zorg geleverd is.',
    rule: 'TR318',
  },
  '8848': { nl: 'Dagtekening moet gelijk zijn aan of voor de systeemdatum liggen.', rule: 'TR135' },
  '9056': { nl: 'Identificatie moet uniek zijn.', rule: 'TR056' },
  '9307': { nl: 'Begindatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.', rule: 'TR307' },
  '9308': { nl: 'Einddatum prestatie ligt niet tussen de ingangsdatum en einddatum toewijzing.', rule: 'TR308' },
  '9319': { nl: 'De ProductPeriode valt niet geheel binnen een DeclaratiePeriode.', rule: 'TR319' },
  '9321': { nl: 'Het ingediende volume overschrijdt het toegewezen volume.', rule: 'TR321' },
  '9322': { nl: 'De som van de ingediende volumes overschrijdt het toegewezen volume.', rule: 'TR322' },
  '9333': { nl: 'Declaratienummer is niet uniek.', rule: 'TR333' },
  '9338': {
    nl: 'Niet iedere prestatie in een declaratiebericht is gerelateerd aan een toegewezen product op basis van het toewijzingnummer.',
    rule: 'TR338',
  },
  '9339': { nl: 'ProductCategorie in de prestatie is niet gelijk aan ProductCategorie in het ToegewezenProduct.', rule: 'TR339' },
  '9340': { nl: 'ProductCode in de Prestatie is niet gelijk aan ProductCode in het ToegewezenProduct.', rule: 'TR340' },
  '9341': { nl: 'Eenheid in de Prestatie past niet bij Eenheid in het ToegewezenProduct.', rule: 'TR341' },
  '9346': {
    nl: "Eenheid is ongelijk aan waarde 83 (Euro's), maar IngediendBedrag is niet gelijk aan GeleverdVolume vermenigvuldigd met ProductTarief.",
    rule: 'TR346',
  },
  '9366': { nl: 'ProductReferentie komt niet voor in een Declaratiebericht.', rule: 'TR366' },
  '9367': { nl: 'De waarde komt niet overeen met de waarde uit heenbericht met gelijke ProductReferentie.', rule: 'TR367' },
  '9369': { nl: 'De som van GeleverdVolume past niet binnen het toegewezen Budget.', rule: 'TR369' },
  '9384': { nl: 'Declaratie op toewijzing met RedenWijziging "13" (Verwijderd).', rule: 'TR384' },
  '9387': {
    nl: 'Begindatum van de ProductPeriode is niet eerste dag van de kalendermaand en Ingangsdatum van de toewijzing ligt niet later in die maand.',
    rule: 'TR387',
  },
  '9388': {
    nl: 'Einddatum van de ProductPeriode is niet laatste dag van de kalendermaand en Einddatum van de toewijzing ligt niet eerder in die maand.',
    rule: 'TR388',
  },
  '9389': { nl: 'Deze prestatie heeft een debetprestatie zonder bijbehorende creditprestatie.', rule: 'TR389' },
  '9390': { nl: 'Er is al een Prestatie met gelijk ProductReferentie met waarde Credit.', rule: 'TR390' },
  S300: { nl: 'Gemeentecode komt niet voor in de lijst van CBS.', rule: 'TR378' },
  S329: { nl: 'ProductCode hoort niet bij de ProductCategorie.', rule: 'TR381' },
};

/** The codes a receiver answers with when everything is fine. */
export const IWMO_ACCEPTED_CODES: readonly string[] = ['0200', '8001'];

export interface ReceiverCheckDefinition {
  problem: ProblemCode;
  /** The receiver's return code, or null where the receiver has none (our own check). */
  returnCode: string | null;
  /** False where no source confirms the code: a likely answer, to be checked with the receiver. */
  confirmed: boolean;
  source: string;
}

/**
 * Each pre-send check of an iWmo 323 declaration and the return code the municipality would answer with.
 * This is data: a deployment may override a code (see `checkIwmoDeclaration`'s `codes` option).
 */
export const IWMO_CHECKS = {
  // TR137: the end of the DeclaratiePeriode may not lie after the Dagtekening (0001, message content).
  period_not_closed: { problem: 'financing.period_not_closed', returnCode: '0001', confirmed: true, source: 'TR137' },
  // The eleven test on LDT_BurgerServicenummer: a technical rejection is likely; not confirmed.
  bsn_invalid: {
    problem: 'financing.bsn_invalid',
    returnCode: '0001',
    confirmed: false,
    source: 'UNCONFIRMED: LDT_BurgerServicenummer',
  },
  // Header/Afzender is a required LDT_AgbCode in WMO323.xsd: the message fails validation.
  agb_missing: {
    problem: 'financing.agb_missing',
    returnCode: '0001',
    confirmed: false,
    source: 'UNCONFIRMED: WMO323.xsd Header/Afzender',
  },
  municipality_unknown: { problem: 'financing.allocation_invalid', returnCode: 'S300', confirmed: true, source: 'TR378' },
  allocation_missing: { problem: 'financing.allocation_missing', returnCode: '9338', confirmed: true, source: 'TR338' },
  not_this_client: { problem: 'financing.allocation_mismatch', returnCode: '8187', confirmed: true, source: 'TR304' },
  // ProductCode is required in WMO323.xsd: without it the message fails validation.
  product_code_missing: {
    problem: 'financing.allocation_mismatch',
    returnCode: '0001',
    confirmed: false,
    source: 'UNCONFIRMED: WMO323.xsd Prestatie/ProductCode',
  },
  // IV042: GeleverdVolume is a whole number; LDT_Volume is an integer type.
  volume_not_whole: {
    problem: 'financing.amount_mismatch',
    returnCode: '0001',
    confirmed: false,
    source: 'IV042; UNCONFIRMED: LDT_Volume',
  },
  category_mismatch: { problem: 'financing.allocation_mismatch', returnCode: '9339', confirmed: true, source: 'TR339' },
  code_mismatch: { problem: 'financing.allocation_mismatch', returnCode: '9340', confirmed: true, source: 'TR340' },
  unit_mismatch: { problem: 'financing.allocation_mismatch', returnCode: '9341', confirmed: true, source: 'TR341' },
  begin_before_allocation: {
    problem: 'financing.outside_allocation_period',
    returnCode: '9307',
    confirmed: true,
    source: 'TR307',
  },
  end_after_allocation: { problem: 'financing.outside_allocation_period', returnCode: '9308', confirmed: true, source: 'TR308' },
  outside_declaration_period: {
    problem: 'financing.product_period_invalid',
    returnCode: '9319',
    confirmed: true,
    source: 'TR319',
  },
  period_start_not_month_start: {
    problem: 'financing.product_period_invalid',
    returnCode: '9387',
    confirmed: true,
    source: 'TR387',
  },
  period_end_not_month_end: { problem: 'financing.product_period_invalid', returnCode: '9388', confirmed: true, source: 'TR388' },
  volume_exceeds_line: { problem: 'financing.volume_exceeds_allocation', returnCode: '9321', confirmed: true, source: 'TR321' },
  volume_exceeds_total: { problem: 'financing.volume_exceeds_allocation', returnCode: '9322', confirmed: true, source: 'TR322' },
  amount_mismatch: { problem: 'financing.amount_mismatch', returnCode: '9346', confirmed: true, source: 'TR346' },
  total_mismatch: { problem: 'financing.amount_mismatch', returnCode: '0001', confirmed: true, source: 'TR358' },
  tariff_mismatch: { problem: 'financing.amount_mismatch', returnCode: '0611', confirmed: true, source: 'TR418' },
  credit_without_debet: { problem: 'financing.credit_without_debet', returnCode: '8017', confirmed: true, source: 'TR323' },
  credit_in_same_message: { problem: 'financing.credit_without_debet', returnCode: '0001', confirmed: true, source: 'TR316' },
  already_declared: { problem: 'financing.already_declared', returnCode: '9389', confirmed: true, source: 'TR389' },
  already_credited: { problem: 'financing.reference_not_unique', returnCode: '9390', confirmed: true, source: 'TR390' },
  reference_not_unique: { problem: 'financing.reference_not_unique', returnCode: '8021', confirmed: true, source: 'TR314' },
  declaration_number_not_unique: {
    problem: 'financing.reference_not_unique',
    returnCode: '9333',
    confirmed: true,
    source: 'TR333',
  },
  // The municipality cannot see other payers: double funding has no return code; we block it ourselves.
  double_funding_same_service: {
    problem: 'financing.double_funding_same_service',
    returnCode: null,
    confirmed: true,
    source: 'issue 12 (own check)',
  },
  double_funding_overlap: {
    problem: 'financing.double_funding_overlap',
    returnCode: null,
    confirmed: true,
    source: 'issue 12 (own check)',
  },
} as const satisfies Record<string, ReceiverCheckDefinition>;
export type IwmoCheckId = keyof typeof IWMO_CHECKS;
