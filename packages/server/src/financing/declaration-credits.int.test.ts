import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Database } from '../db/database.js';
import { insertOffer } from '../daginvulling/offer-store.js';
import { MATRIX_OFFER } from '../testing/client-record-fixture.js';
import { buildTestApp, signIn, type Session } from '../testing/test-app.js';
import {
  auditRows,
  createTestClient,
  createTestOrganisation,
  createTestUser,
  openTestDatabase,
} from '../testing/test-database.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const XSD = readFileSync(new URL('./schemas/wmo323.xsd', import.meta.url), 'utf8');

const allocation = (number: string) => ({
  from: '2026-01-01',
  until: '2026-12-31',
  allocationNumber: number,
  municipalityCode: '0193',
  productCategory: '07',
  productCode: '07A01',
  volume: 3,
  unit: '16',
  frequency: '2',
  tariffCents: 5000,
});

/** A 325 answer accepting every prestatie (0200: no remark). */
function accepting325(declarationNumber: string, lines: Json[], bsnOf: (personId: string) => string): string {
  const clients = lines
    .map(
      (l) => `<Client><Bsn>${bsnOf(l.personId)}</Bsn><Prestaties><Prestatie>
        <ProductReferentie><ReferentieNummer>${l.reference}</ReferentieNummer></ProductReferentie>
        <ToewijzingNummer>${l.allocationNumber}</ToewijzingNummer><ProductCategorie>07</ProductCategorie><ProductCode>07A01</ProductCode>
        <ProductPeriode><Begindatum>${l.period.start}</Begindatum><Einddatum>${l.period.end}</Einddatum></ProductPeriode>
        <GeleverdVolume>${l.volume}</GeleverdVolume><Eenheid>16</Eenheid>
        <IngediendBedrag><Bedrag>${l.amountCents}</Bedrag><DebetCredit>D</DebetCredit></IngediendBedrag>
        <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
      </Prestatie></Prestaties><RetourCodes><RetourCode>0200</RetourCode></RetourCodes></Client>`,
    )
    .join('');
  const total = lines.reduce((a, l) => a + l.amountCents, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo325/schema">
  <Header>
    <BerichtCode>485</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>
    <Afzender>0193</Afzender><Ontvanger>12345678</Ontvanger>
    <BerichtIdentificatie><Identificatie>A1</Identificatie><Dagtekening>2026-04-10</Dagtekening></BerichtIdentificatie>
    <XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie><BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie>
    <DeclaratieIdentificatie><Identificatie>${declarationNumber}</Identificatie><Dagtekening>2026-04-02</Dagtekening></DeclaratieIdentificatie>
    <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
  </Header>
  <DeclaratieAntwoord>
    <DeclaratieNummer>${declarationNumber}</DeclaratieNummer>
    <TotaalIngediendBedrag><TotaalBedrag>${total}</TotaalBedrag><DebetCredit>D</DebetCredit></TotaalIngediendBedrag>
    <TotaalToegekendBedrag><TotaalBedrag>${total}</TotaalBedrag><DebetCredit>D</DebetCredit></TotaalToegekendBedrag>
    <Clienten>${clients}</Clienten>
    <RetourCodes><RetourCode>0200</RetourCode></RetourCodes>
  </DeclaratieAntwoord>
</Bericht>`;
}

describe('declarations: a sent line is corrected by a credit line and a new line in a later run', { timeout: 300_000 }, () => {
  let db: Database;
  let app: FastifyInstance;
  let orgId: string;
  let admin: Session;
  let firstClient: string;
  let secondClient: string;
  let marchRun: Json;
  let marchLines: Json[];
  const bsns = new Map<string, string>();
  const firstRecords: string[] = [];
  let agogueId: string;

  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: object = {}) => {
    const response = await app.inject({
      method,
      url,
      headers: { ...admin.headers, ...headers },
      ...(payload ? { payload } : {}),
    });
    const json = String(response.headers['content-type'] ?? '').includes('json');
    return { status: response.statusCode, body: (json ? response.json() : {}) as Json, text: response.body };
  };
  const lineOf = (clientId: string) => marchLines.find((l) => l.personId === clientId) as Json;
  const credit = (lineId: string, reason: string) => call('POST', `/api/v1/declarations/lines/${lineId}/credit`, { reason });

  beforeAll(async () => {
    db = await openTestDatabase();
    app = await buildTestApp(db);
    orgId = await createTestOrganisation(db, 'Correcties');
    await db.asOwner((tx) => tx.query(`update organisations set agb_code = '12345678' where id = $1`, [orgId]));
    const beheerder = await createTestUser(db, orgId, ['beheerder']);
    const agogue = await createTestUser(db, orgId, ['activiteitenbegeleider']);
    agogueId = agogue.id;
    firstClient = await createTestClient(db, orgId, '1970-01-01');
    secondClient = await createTestClient(db, orgId, '1971-01-01');
    admin = await signIn(app, beheerder.email, beheerder.password);
    for (const [clientId, bsn, number] of [
      [firstClient, '111222333', 'T-0193-1'],
      [secondClient, '123456782', 'T-0193-2'],
    ] as const) {
      bsns.set(clientId, bsn);
      const entitlements = { wlz: [], wmo: [allocation(number)], jeugdwet: [], participatiewet: [], insurance: [] };
      const saved = await call('PUT', `/api/v1/clients/${clientId}/entitlements`, { bsn, entitlements }, { 'if-match': '"0"' });
      expect(saved.status).toBe(200);
    }
    await db.withOrg(orgId, async (tx) => {
      const offerId = await insertOffer(tx, orgId, { ...MATRIX_OFFER, access: 'wmo_maatwerk' }, '2026-01-01');
      const [group] = await tx.query<{ id: string }>(
        `insert into activity_groups (org_id, offer_id, name, schedule, location, capacity, supervisor_ids, season_from)
         values ($1, $2, 'Werkplaats', '[]', 'Zaal', 10, $3, '2026-01-01') returning id`,
        [orgId, offerId, [agogue.id]],
      );
      for (const date of ['2026-03-03', '2026-03-10']) {
        const [occurrence] = await tx.query<{ id: string }>(
          `insert into occurrences (org_id, group_id, date, starts, ends) values ($1, $2, $3, '09:00', '13:00') returning id`,
          [orgId, group?.id, date],
        );
        for (const clientId of [firstClient, secondClient]) {
          const [record] = await tx.query<{ id: string }>(
            `insert into attendance_records (org_id, occurrence_id, client_id, status, arrival, departure, minutes, recorded_by)
             values ($1, $2, $3, 'aanwezig', '09:00', '13:00', 240, $4) returning id`,
            [orgId, occurrence?.id, clientId, agogue.id],
          );
          if (clientId === firstClient && record) firstRecords.push(record.id);
        }
      }
    });
    const built = await call('POST', '/api/v1/declarations/runs', { route: 'iwmo_323', month: '2026-03', date: '2026-04-02' });
    expect(built.status).toBe(201);
    marchRun = built.body.runs[0];
    expect(marchRun.checks).toEqual({ findings: [], blocked: false });
    marchLines = (await call('GET', `/api/v1/declarations/${marchRun.id}`)).body.lines;
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('a line that was not sent and accepted cannot be credited (422 financing.credit_without_debet)', async () => {
    const draft = await credit(lineOf(firstClient).id, 'Verkeerd aantal dagdelen');
    expect([draft.status, draft.body.code, draft.body.errors[0].path]).toEqual([
      422,
      'financing.credit_without_debet',
      '/params/lineId',
    ]);
    expect((await call('POST', `/api/v1/declarations/${marchRun.id}/send`, {})).status).toBe(200);
    const unanswered = await credit(lineOf(firstClient).id, 'Verkeerd aantal dagdelen');
    expect([unanswered.status, unanswered.body.code]).toEqual([422, 'financing.credit_without_debet']);
    const answered = await call('POST', `/api/v1/declarations/${marchRun.id}/answers`, {
      xml: accepting325(marchRun.declarationNumber, marchLines, (id) => bsns.get(id) ?? ''),
    });
    expect([answered.status, answered.body.outcome.rejected]).toEqual([200, []]);
  });

  it('a correction needs a reason and a known line', async () => {
    const blank = await credit(lineOf(firstClient).id, '   ');
    expect([blank.status, blank.body.code, blank.body.errors[0].path]).toEqual([400, 'request.invalid', '/body/reason']);
    const unknown = await credit('00000000-0000-4000-8000-000000000000', 'Reden');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'resource.not_found']);
  });

  it('an accepted line is credited once, with its reason audited; the sent line stays as it was', async () => {
    const before = (await auditRows(db, orgId)).length;
    const asked = await credit(lineOf(firstClient).id, 'Afwezig op 10 maart, toch als aanwezig geregistreerd');
    expect([asked.status, asked.body.lineId, asked.body.reason]).toEqual([
      201,
      lineOf(firstClient).id,
      'Afwezig op 10 maart, toch als aanwezig geregistreerd',
    ]);
    const again = await credit(lineOf(firstClient).id, 'Nog een keer');
    expect([again.status, again.body.code]).toEqual([409, 'financing.already_credited']);
    const audits = (await auditRows(db, orgId)).slice(before).filter((a) => a.event === 'declaration.credit');
    expect(audits).toEqual([
      expect.objectContaining({
        client_id: firstClient,
        action: 'C',
        reason: 'Afwezig op 10 maart, toch als aanwezig geregistreerd',
      }),
    ]);
    const detail = await call('GET', `/api/v1/declarations/${marchRun.id}`);
    const original = detail.body.lines.find((l: Json) => l.id === lineOf(firstClient).id);
    expect(original).toMatchObject({
      volume: lineOf(firstClient).volume,
      amountCents: lineOf(firstClient).amountCents,
      direction: 'D',
      outcome: { status: 'accepted', returnCodes: [] },
      correction: { reason: 'Afwezig op 10 maart, toch als aanwezig geregistreerd' },
    });
  });

  it('50 parallel corrections of one line: one is taken, the others 409 financing.already_credited', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => credit(lineOf(secondClient).id, 'Tarief gewijzigd')));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code])).toEqual(
      Array.from({ length: 49 }, () => [409, 'financing.already_credited']),
    );
  });

  it('the next run carries a credit line per correction and the line as the data now derive it; the file validates', async () => {
    // The attendance is corrected afterwards (a new record supersedes the old one): 10 March was an absence.
    await db.withOrg(orgId, (tx) =>
      tx.query(
        `insert into attendance_records (org_id, occurrence_id, client_id, status, minutes, supersedes, recorded_by)
         select org_id, occurrence_id, client_id, 'afwezig_gemeld', 0, id, $2 from attendance_records where id = $1`,
        [firstRecords[1], agogueId],
      ),
    );
    const april = await call('POST', '/api/v1/declarations/runs', { route: 'iwmo_323', month: '2026-04', date: '2026-05-04' });
    expect(april.status).toBe(201);
    const [run] = april.body.runs as Json[];
    expect(run?.receiver).toBe('0193');
    expect(run?.checks).toEqual({ findings: [], blocked: false });
    const lines = (await call('GET', `/api/v1/declarations/${run?.id}`)).body.lines as Json[];
    const first = lineOf(firstClient);
    const second = lineOf(secondClient);
    expect(lines.filter((l) => l.direction === 'C').map((l) => [l.previousReference, l.volume, l.amountCents])).toEqual([
      [first.reference, first.volume, first.amountCents],
      [second.reference, second.volume, second.amountCents],
    ]);
    const debets = lines.filter((l) => l.direction === 'D');
    expect(debets.map((l) => [l.personId, l.period.start, l.previousReference])).toEqual([
      [firstClient, '2026-03-01', null],
      [secondClient, '2026-03-01', null],
    ]);
    expect(debets[0]?.volume).toBeLessThan(first.volume);
    expect(debets[1]?.volume).toBe(second.volume);
    expect(run?.totalDirection).toBe('C');
    expect(run?.totalCents).toBe(first.amountCents - (debets[0]?.amountCents ?? 0));

    const file = await call('GET', `/api/v1/declarations/${run?.id}/file`);
    const validation = await validateXML({
      xml: [{ fileName: 'wmo323.xml', contents: file.text }],
      schema: [{ fileName: 'wmo323.xsd', contents: XSD }],
    });
    expect(validation.errors).toEqual([]);
    expect(file.text).toContain(`<VorigReferentieNummer>${first.reference}</VorigReferentieNummer>`);
  });

  it('a discarded run gives its corrections back to the next build', async () => {
    const runs = (await call('GET', '/api/v1/declarations?month=2026-04')).body as Json[];
    expect((await call('POST', `/api/v1/declarations/${runs[0]?.id}/discard`, {})).status).toBe(200);
    const again = await call('POST', '/api/v1/declarations/runs', { route: 'iwmo_323', month: '2026-04', date: '2026-05-04' });
    const lines = (await call('GET', `/api/v1/declarations/${again.body.runs[0]?.id}`)).body.lines as Json[];
    expect(lines.filter((l) => l.direction === 'C').map((l) => l.previousReference)).toEqual([
      lineOf(firstClient).reference,
      lineOf(secondClient).reference,
    ]);
  });
});
