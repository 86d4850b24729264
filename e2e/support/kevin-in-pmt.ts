import { apiAs } from './api.js';

/** What differs between the tests that put Kevin in PMT. */
export interface KevinInPmtOptions {
  /** The referral's question (default: the group). */
  question?: string;
  /** The primary goal, its transdiagnostic factor (also the indication's focus) and domain. */
  goal?: { description: string; factor: string; domain: string };
  /** Also put Annemiek, the regiebehandelaar, on Kevin's care team. */
  regiebehandelaarOnTeam?: boolean;
}

/**
 * Kevin in PMT with Marieke, in treatment (an agreed plan): by default the second participant of the group session.
 * Returns the trajectory's API path, `/clients/<kevin>/trajectories/<id>`.
 */
export async function kevinInPmt(baseUrl: string, options: KevinInPmtOptions = {}): Promise<string> {
  const goalSpec = options.goal ?? { description: 'Doet mee in de groep', factor: 'sociaal_functioneren', domain: 'sociaal' };
  const admin = await apiAs(baseUrl, 'bram.willems@delinde.example');
  const clients = await admin<{ items: { id: string; givenName: string }[] }>('GET', '/clients?q=Kevin');
  const kevin = clients.items[0]?.id ?? '';
  const people = await admin<{ id: string; displayName: string }[]>('GET', '/professionals');
  const marieke = people.find((p) => p.displayName === 'Marieke Bos')?.id ?? '';
  const annemiek = people.find((p) => p.displayName.startsWith('Annemiek'))?.id ?? '';
  await admin('POST', `/clients/${kevin}/care-team`, { userId: marieke, role: 'vaktherapeut', validFrom: '2026-01-01' });
  if (options.regiebehandelaarOnTeam) {
    await admin('POST', `/clients/${kevin}/care-team`, { userId: annemiek, role: 'regiebehandelaar', validFrom: '2026-01-01' });
  }
  const m = await apiAs(baseUrl, 'marieke.bos@delinde.example');
  const base = `/clients/${kevin}/trajectories`;
  const { id } = await m<{ id: string }>('POST', base, {
    discipline: 'psychomotorische_therapie',
    source: 'regiebehandelaar',
    requestType: 'behandeling',
    funding: 'wlz',
    referrerName: 'A. de Wit',
    question: options.question ?? 'Groep PMT',
    therapistId: marieke,
    regiebehandelaarId: annemiek,
  });
  const goal = {
    id: 'g1',
    parentId: null,
    description: goalSpec.description,
    kind: 'primair',
    term: 'kort',
    aim: 'ontwikkeling',
    domain: goalSpec.domain,
    transdiagnosticFactor: goalSpec.factor,
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
    ['indication', { focus: goalSpec.factor, rationale: 'Groep' }],
    ['goals', { goals: [goal] }],
    ['plan', { plan }],
    ['evaluation-agreements', { everyWeeks: 6, firstDate: '2027-01-10', method: 'Groepsevaluatie' }],
    ['plan-agreement', { version: 1, agreedBy: 'client', date: '2026-10-20' }],
  ] as const) {
    await m('POST', `${base}/${id}/${path}`, body);
  }
  return `${base}/${id}`;
}
