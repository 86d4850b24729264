import { apiAs } from './api.js';

/** Kevin in PMT with Marieke, in treatment: the second participant of the group session. */
export async function kevinInPmt(baseUrl: string): Promise<string> {
  const admin = await apiAs(baseUrl, 'bram.willems@delinde.example');
  const clients = await admin<{ items: { id: string; givenName: string }[] }>('GET', '/clients?q=Kevin');
  const kevin = clients.items[0]?.id ?? '';
  const people = await admin<{ id: string; displayName: string }[]>('GET', '/professionals');
  const marieke = people.find((p) => p.displayName === 'Marieke Bos')?.id ?? '';
  const annemiek = people.find((p) => p.displayName.startsWith('Annemiek'))?.id ?? '';
  await admin('POST', `/clients/${kevin}/care-team`, { userId: marieke, role: 'vaktherapeut', validFrom: '2026-01-01' });
  const m = await apiAs(baseUrl, 'marieke.bos@delinde.example');
  const base = `/clients/${kevin}/trajectories`;
  const { id } = await m<{ id: string }>('POST', base, {
    discipline: 'psychomotorische_therapie',
    source: 'regiebehandelaar',
    requestType: 'behandeling',
    funding: 'wlz',
    referrerName: 'A. de Wit',
    question: 'Groep PMT',
    therapistId: marieke,
    regiebehandelaarId: annemiek,
  });
  const goal = {
    id: 'g1',
    parentId: null,
    description: 'Doet mee in de groep',
    kind: 'primair',
    term: 'kort',
    aim: 'ontwikkeling',
    domain: 'sociaal',
    transdiagnosticFactor: 'sociaal_functioneren',
    occupationArea: null,
    smart: { specific: true, measurable: true, acceptable: true, realistic: true, timeBound: true },
    gas: null,
  };
  const plan = {
    clientView: { vision: 'v', reason: 'r', helpQuestion: 'h', expectation: 'e' },
    therapistView: { natureOfProblems: 'n', maintainingFactors: 'm', conclusion: 'c' },
    plannedDelivery: { method: 'm', activities: 'a', period: 'p', frequency: 'f' },
    agreements: 'a',
    estimatedDuration: '8 weken',
    startDate: '2026-11-01',
    nextEvaluationDate: '2027-01-10',
    remarks: 'geen',
  };
  for (const [path, body] of [
    ['intake', { date: '2026-10-01' }],
    ['acceptance', { accepted: true, reasons: 'Past in de groep', contraIndications: [] }],
    ['indication', { focus: 'sociaal_functioneren', rationale: 'Groep' }],
    ['goals', { goals: [goal] }],
    ['plan', { plan }],
    ['evaluation-agreements', { everyWeeks: 6, firstDate: '2027-01-10', method: 'Groepsevaluatie' }],
    ['plan-agreement', { version: 1, agreedBy: 'client', date: '2026-10-20' }],
  ] as const) {
    await m('POST', `${base}/${id}/${path}`, body);
  }
  return `${base}/${id}`;
}
