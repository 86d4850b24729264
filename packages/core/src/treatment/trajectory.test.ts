import { describe, expect, it } from 'vitest';
import { ADULT_CTX, COMPLETE_PLAN, EVALUATION, PMT_REFERRAL, runSteps, TO_AGREED_PLAN } from './testing/trajectory-fixtures.js';
import { allowedSteps, needsParentalConsent } from './trajectory-rules.js';
import { trajectoryWarnings, USUAL_RANGES } from './warnings.js';
import type { TrajectoryEventData } from './trajectory-types.js';

const codes = (result: ReturnType<typeof runSteps>) => result.violations.map((v) => `${v.code} ${v.source}`);
const session = (
  over: Partial<Extract<TrajectoryEventData, { type: 'session_recorded' }>['session']> = {},
): TrajectoryEventData => ({
  type: 'session_recorded',
  session: {
    id: 's1',
    date: '2026-10-06',
    form: 'individueel',
    setting: 'instelling',
    homeVisitReason: null,
    directMinutes: 50,
    indirectMinutes: 15,
    activities: 'Balspel',
    observations: 'Ontspannen na afloop',
    sessionEvaluation: 'Fijn',
    groupSessionId: null,
    outcomeMeasured: true,
    ...over,
  },
});

describe('the valid path', () => {
  it('takes the PMT case from referral through an agreed plan, sessions and an evaluation, with every step in the history', () => {
    const result = runSteps([
      ...TO_AGREED_PLAN,
      session(),
      { type: 'evaluation_started', date: '2026-11-17' },
      { type: 'evaluation_recorded', evaluation: EVALUATION },
    ]);
    expect(result.violations).toEqual([]);
    expect(result.trajectory?.state).toBe('in_behandeling');
    expect(result.trajectory?.history.map((e) => e.type)).toEqual([
      ...TO_AGREED_PLAN.map((s) => s.type),
      'session_recorded',
      'evaluation_started',
      'evaluation_recorded',
    ]);
    expect(result.trajectory?.plans[0]?.agreed).toEqual({ by: 'client', date: '2026-10-05' });
    expect(result.trajectory?.nextEvaluationDate).toBe('2027-01-12');
  });

  it.each([
    [1, false, 'afgesloten', 'normaal'],
    [2, false, 'in_behandeling', 'afgeschaald'],
    [2, true, 'overgedragen', 'normaal'],
    [3, false, 'in_behandeling', 'normaal'],
    [4, false, 'in_behandeling', 'geintensiveerd'],
    [5, false, 'doorverwezen', 'normaal'],
  ] as const)('evaluation decision %i (hand-over %s) leads to %s', (decision, handOver, state, intensity) => {
    const evaluation = {
      ...EVALUATION,
      decision,
      handOver,
      referralTarget: decision === 5 || handOver ? 'GGZ-team ouderen' : null,
    };
    const result = runSteps([...TO_AGREED_PLAN, { type: 'evaluation_recorded', evaluation }]);
    expect(result.violations).toEqual([]);
    expect(result.trajectory?.state).toBe(state);
    expect(result.trajectory?.intensity).toBe(intensity);
  });

  it('a diagnostics-only referral closes by reporting back to the referrer (001 L1338-1350)', () => {
    const referral = { ...PMT_REFERRAL, requestType: 'alleen_diagnostiek' as const };
    const steps: TrajectoryEventData[] = [
      { type: 'referred', referral },
      { type: 'intake_started', date: '2026-09-08' },
      { type: 'acceptance_decided', accepted: true, reasons: 'Vraag om observatie', contraIndications: [] },
      { type: 'diagnostics_recorded', findings: 'Bevindingen' },
    ];
    expect(codes(runSteps([...steps, { type: 'indication_set', focus: 'arousal', rationale: 'x' }]))).toEqual([
      'treatment.diagnostics_report_required 001 L1338-1350',
    ]);
    expect(codes(runSteps([...steps, { type: 'diagnostics_reported', report: 'Verslag', sentTo: '' }]))).toEqual([
      'treatment.diagnostics_report_required 001 L1338-1350',
    ]);
    const done = runSteps([...steps, { type: 'diagnostics_reported', report: 'Verslag met advies', sentTo: 'A. de Wit' }]);
    expect(done.trajectory?.state).toBe('diagnostiek_afgerond');
    expect(done.trajectory?.diagnosticsReport).toEqual({ report: 'Verslag met advies', sentTo: 'A. de Wit' });
  });
});

describe('hard rules block with their code and source (DOMAIN.md §3.3)', () => {
  it('1. in a GGZ institution or under Zvw, vaktherapie needs a named regiebehandelaar; ergotherapie does not', () => {
    const noRegie = { ...PMT_REFERRAL, regiebehandelaarId: null };
    expect(
      codes(runSteps([{ type: 'referred', referral: noRegie }], { ...ADULT_CTX, organisationIsGgzInstitution: true })),
    ).toEqual(['treatment.regiebehandelaar_required 001 L1436-1438, L2469-2473']);
    expect(codes(runSteps([{ type: 'referred', referral: { ...noRegie, funding: 'zvw' } }]))).toHaveLength(1);
    expect(codes(runSteps([{ type: 'referred', referral: noRegie }]))).toEqual([]);
    expect(codes(runSteps([{ type: 'referred', referral: { ...noRegie, discipline: 'ergotherapie', funding: 'zvw' } }]))).toEqual(
      [],
    );
  });

  it('2. a vaktherapeut cannot be the regiebehandelaar', () => {
    expect(
      codes(
        runSteps([{ type: 'referred', referral: PMT_REFERRAL }], {
          ...ADULT_CTX,
          regiebehandelaarRoles: ['vaktherapeut', 'regiebehandelaar'],
        }),
      ),
    ).toEqual(['treatment.vaktherapeut_cannot_be_regiebehandelaar 001 L1440-1449']);
    expect(
      codes(runSteps([{ type: 'referred', referral: PMT_REFERRAL }], { ...ADULT_CTX, regiebehandelaarRoles: ['planner'] })),
    ).toHaveLength(1);
  });

  it('3. under 16 the parents consent before the intake, and agree the plan', () => {
    const child = { ...ADULT_CTX, clientBirthDate: '2017-04-09' };
    const referral = { ...PMT_REFERRAL, discipline: 'speltherapie' as const };
    const blocked = runSteps(
      [
        { type: 'referred', referral },
        { type: 'intake_started', date: '2026-10-20' },
      ],
      child,
    );
    expect(codes(blocked)).toEqual(['treatment.parental_consent_required 001 L1579']);
    const withConsent = runSteps(
      [
        { type: 'referred', referral },
        { type: 'parental_consent_recorded', givenBy: 'ouder', name: 'Marloes Visser', date: '2026-10-15' },
        ...TO_AGREED_PLAN.slice(1, -1),
      ],
      child,
    );
    expect(withConsent.violations).toEqual([]);
    expect(
      codes(
        runSteps(
          [
            { type: 'referred', referral },
            { type: 'parental_consent_recorded', givenBy: 'ouder', name: 'M', date: '2026-10-15' },
            ...TO_AGREED_PLAN.slice(1),
          ],
          child,
        ),
      ),
    ).toEqual(['treatment.parental_consent_required 001 L1579']);
  });

  it('4. speltherapie and PMKT only for children and youth', () => {
    expect(codes(runSteps([{ type: 'referred', referral: { ...PMT_REFERRAL, discipline: 'speltherapie' } }]))).toEqual([
      'treatment.discipline_for_children_only 001 L1482-1484',
    ]);
    expect(
      codes(
        runSteps([{ type: 'referred', referral: { ...PMT_REFERRAL, discipline: 'psychomotorische_kindertherapie' } }], {
          ...ADULT_CTX,
          clientBirthDate: '2009-01-01',
        }),
      ),
    ).toEqual([]);
  });

  it('5. the acceptance decision needs reasons, and a contra-indication blocks acceptance', () => {
    const base = TO_AGREED_PLAN.slice(0, 2);
    expect(
      codes(runSteps([...base, { type: 'acceptance_decided', accepted: true, reasons: ' ', contraIndications: [] }])),
    ).toEqual(['treatment.acceptance_reasons_required 001 L1609-1615']);
    expect(
      codes(
        runSteps([...base, { type: 'acceptance_decided', accepted: true, reasons: 'x', contraIndications: ['acute psychose'] }]),
      ),
    ).toEqual(['treatment.contra_indication_blocks 001 L1609-1615']);
    const refused = runSteps([
      ...base,
      {
        type: 'acceptance_decided',
        accepted: false,
        reasons: 'Acute psychose; terug naar verwijzer',
        contraIndications: ['acute psychose'],
      },
    ]);
    expect(refused.trajectory?.state).toBe('niet_geaccepteerd');
    expect(codes(runSteps([...base, refusedStep(), { type: 'indication_set', focus: 'x', rationale: 'y' }]))).toEqual([
      'treatment.transition_not_allowed DOMAIN.md §3.2',
    ]);
  });

  it('6. treatment starts only with all ten plan parts, the tenth being the client’s agreement', () => {
    const incomplete = { ...COMPLETE_PLAN, therapistView: null, remarks: '' };
    const steps = [
      ...TO_AGREED_PLAN.slice(0, 6),
      { type: 'plan_drafted', version: 1, plan: incomplete } as const,
      TO_AGREED_PLAN[7],
      TO_AGREED_PLAN[8],
    ] as TrajectoryEventData[];
    expect(codes(runSteps(steps))).toEqual([
      'treatment.plan_incomplete 001 L1722-1747',
      'treatment.plan_incomplete 001 L1722-1747',
    ]);
    expect(runSteps(steps).violations.map((v) => v.path)).toEqual(['/plan/therapistView', '/plan/remarks']);
    // Sessions cannot be recorded before the plan is agreed.
    expect(codes(runSteps([...TO_AGREED_PLAN.slice(0, 8), session()]))).toEqual([
      'treatment.transition_not_allowed DOMAIN.md §3.2',
    ]);
  });

  it('7. evaluation agreements exist before treatment starts', () => {
    const withoutAgreements = TO_AGREED_PLAN.filter((s) => s.type !== 'evaluation_agreements_set');
    expect(codes(runSteps(withoutAgreements))).toEqual(['treatment.evaluation_agreements_required 001 L1714-1716']);
  });

  it('8. an evaluation covers process and results, is discussed with the client, and decision 5 names where to', () => {
    const run = (evaluation: typeof EVALUATION) =>
      codes(runSteps([...TO_AGREED_PLAN, { type: 'evaluation_recorded', evaluation }]));
    expect(run({ ...EVALUATION, process: { ...EVALUATION.process, choiceOfDiscipline: '' } })).toEqual([
      'treatment.evaluation_incomplete 001 L1864-1874',
    ]);
    expect(run({ ...EVALUATION, results: EVALUATION.results.slice(0, 1) })).toEqual([
      'treatment.evaluation_incomplete 001 L1877-1883',
    ]);
    expect(run({ ...EVALUATION, satisfaction: '' })).toEqual(['treatment.evaluation_incomplete 001 L1877-1883']);
    expect(run({ ...EVALUATION, discussedWithClient: false })).toEqual(['treatment.evaluation_not_discussed 001 L1914-1916']);
    expect(run({ ...EVALUATION, decision: 5 })).toEqual(['treatment.referral_target_required 001 L1940-1944']);
    expect(run({ ...EVALUATION, decision: 5, referralTarget: 'Klinische opname' })).toEqual([]);
  });

  it('9. a naaste is involved only with a recorded basis', () => {
    const step = { type: 'naaste_involved', name: 'Greet', relation: 'partner', basis: '' } as unknown as TrajectoryEventData;
    expect(codes(runSteps([TO_AGREED_PLAN[0] as TrajectoryEventData, step]))).toEqual([
      'treatment.naaste_basis_required 001 L838-840',
    ]);
    expect(
      codes(
        runSteps([
          TO_AGREED_PLAN[0] as TrajectoryEventData,
          { type: 'naaste_involved', name: 'Greet', relation: 'partner', basis: 'verzoek_client' },
        ]),
      ),
    ).toEqual([]);
  });

  it('direct access (DTE) is for ergotherapie only (004), and ergotherapie at home needs its medical necessity', () => {
    expect(codes(runSteps([{ type: 'referred', referral: { ...PMT_REFERRAL, source: 'zelf_dte' } }]))).toEqual([
      'treatment.direct_access_ergotherapie_only 004 L104-106',
    ]);
    const ergo = {
      ...PMT_REFERRAL,
      discipline: 'ergotherapie' as const,
      source: 'zelf_dte' as const,
      requestType: 'dte_screening' as const,
      funding: 'zvw' as const,
      regiebehandelaarId: null,
    };
    const steps = [{ type: 'referred', referral: ergo } as const, ...TO_AGREED_PLAN.slice(1)];
    expect(codes(runSteps([...steps, session({ setting: 'aan_huis' })]))).toEqual([
      'treatment.home_visit_reason_required 004 L112; REFERENCE.md §7.1',
    ]);
    expect(
      codes(
        runSteps([
          ...steps,
          session({ setting: 'aan_huis', homeVisitReason: 'Kan door vermoeidheid niet reizen; oefenen in eigen keuken.' }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('soft rules warn, never block (DOMAIN.md §3.4)', () => {
  const warn = (steps: TrajectoryEventData[], today = '2026-11-10') =>
    trajectoryWarnings(runSteps(steps).trajectory as never, today).map((w) => w.code);

  it('no intake', () => {
    const skipped = [TO_AGREED_PLAN[0], ...TO_AGREED_PLAN.slice(2)] as TrajectoryEventData[];
    expect(runSteps(skipped).violations).toEqual([]);
    expect(warn(skipped)).toContain('no_intake');
    expect(warn(TO_AGREED_PLAN)).not.toContain('no_intake');
  });
  it('evaluation overdue against the agreed date', () => {
    expect(warn(TO_AGREED_PLAN, '2026-11-17')).not.toContain('evaluation_overdue');
    expect(warn(TO_AGREED_PLAN, '2026-11-18')).toContain('evaluation_overdue');
  });
  it('session length outside the usual range, per form', () => {
    expect(warn([...TO_AGREED_PLAN, session({ directMinutes: 30 })])).toContain('session_length_unusual');
    expect(warn([...TO_AGREED_PLAN, session({ directMinutes: 75, form: 'groep' })])).not.toContain('session_length_unusual');
  });
  it('no outcome measure recorded', () => {
    expect(warn([...TO_AGREED_PLAN, session({ outcomeMeasured: false })])).toContain('no_outcome_measure');
    expect(warn([...TO_AGREED_PLAN, session()])).not.toContain('no_outcome_measure');
  });
  it('an ORS/SRS administration of the session counts as the outcome measure (issue 13)', () => {
    const t = runSteps([...TO_AGREED_PLAN, session({ outcomeMeasured: false })]).trajectory as never;
    const codes = (measured: Set<string>) => trajectoryWarnings(t, '2026-11-10', USUAL_RANGES, measured).map((w) => w.code);
    expect(codes(new Set(['s1']))).not.toContain('no_outcome_measure');
    expect(codes(new Set(['another session']))).toContain('no_outcome_measure');
  });
});

function refusedStep(): TrajectoryEventData {
  return { type: 'acceptance_decided', accepted: false, reasons: 'Contra-indicatie', contraIndications: ['acute psychose'] };
}

describe('what the UI may offer next', () => {
  it('follows the state table: a closed trajectory only takes closing notes, a new one its intake', () => {
    expect(allowedSteps('afgesloten')).toEqual(['closing_notes_recorded']);
    expect(allowedSteps('aangemeld')).toContain('intake_started');
    expect(allowedSteps('aangemeld')).not.toContain('session_recorded');
    // 001 L1579: under 16 in vaktherapie, not in ergotherapie, and not from the 16th birthday on.
    expect(needsParentalConsent('muziektherapie', '2011-11-23', '2026-11-22')).toBe(true);
    expect(needsParentalConsent('muziektherapie', '2010-11-22', '2026-11-22')).toBe(false);
    expect(needsParentalConsent('ergotherapie', '2015-01-01', '2026-11-22')).toBe(false);
  });
});
