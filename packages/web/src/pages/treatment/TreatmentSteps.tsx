import { gasTScore, isGasLevel, PROCESS_ITEMS, type GasLevel } from '@meedoen/core';
import { Checkbox, Group, Radio, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErgoPreview } from '../../api/financing';
import { useCaseload } from '../../api/today';
import { useGroupSession, type StepBody } from '../../api/treatment';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ErgoCoverWarning } from './ErgoCoverWarning';
import { MeasurementCharts } from '../measurement/TrajectoryMeasurements';
import { StepCard, type StepProps } from './StepForms';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../dates';

type Evaluation = StepBody<'evaluations'>['evaluation'];

/**
 * A session: individual, or a group documented once for every participant chosen from my caseload. Opened from an
 * appointment (`?sessie=` date) it starts on that date and scrolls into view.
 */
export function SessionStep({ view, take, pending, error, sessionDate }: StepProps & { sessionDate?: string | null }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (sessionDate) document.getElementById('sessie')?.scrollIntoView({ block: 'start' });
  }, [sessionDate]);
  const group = useGroupSession();
  const caseload = useCaseload(true);
  const [s, setS] = useState({
    date: sessionDate ?? todayIso(),
    // Form, setting and minutes start empty (issue 14: no pre-selected choices): they decide what is declared.
    form: '',
    setting: '',
    directMinutes: '',
    indirectMinutes: '',
    activities: '',
    observations: '',
    sessionEvaluation: '',
    homeVisitReason: '',
  });
  const [others, setOthers] = useState<string[]>([]);
  const candidates = (caseload.data?.items ?? []).filter((i) => i.id !== view.id && i.state === 'in_behandeling');
  // The ORS/SRS are recorded as measurements of the session (issue 13), no longer as a tick here.
  // The radios offer only core's session forms and settings; the server validates them again.
  const session = {
    ...(s as typeof s & Pick<StepBody<'sessions'>['session'], 'form' | 'setting'>),
    outcomeMeasured: false,
    directMinutes: Number(s.directMinutes),
    indirectMinutes: Number(s.indirectMinutes),
    homeVisitReason: s.homeVisitReason || null,
  };
  // Ergotherapie: the cover before saving (issue 12); a self-paid part needs the therapist's confirmation.
  const isErgo = view.referral.discipline === 'ergotherapie';
  const [confirmed, setConfirmed] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const missing = {
    form: s.form === '',
    setting: s.setting === '',
    directMinutes: !/^\d+$/.test(s.directMinutes),
  };
  const chooseError = (field: keyof typeof missing) => (attempted && missing[field] ? t('steps.chooseFirst') : undefined);
  const preview = useErgoPreview(
    view.clientId,
    s.date,
    session.directMinutes,
    session.indirectMinutes || 0,
    isErgo && session.directMinutes > 0 && /^\d{4}-\d{2}-\d{2}$/.test(s.date),
  );
  const submit = () => {
    setAttempted(true);
    if (missing.form || missing.setting || missing.directMinutes) return;
    if (isErgo && (preview.data?.eigen_betaling ?? 0) > 0 && !confirmed) return;
    if (s.form !== 'groep') return take('sessions', { session });
    const participants = [
      { clientId: view.clientId, trajectoryId: view.id },
      ...candidates.filter((c) => others.includes(c.id)).map((c) => ({ clientId: c.clientId, trajectoryId: c.id })),
    ];
    group.mutate({ session, participants });
  };
  return (
    <StepCard
      id="sessie"
      title={t('steps.session')}
      submitLabel={t('steps.recordSession')}
      pending={pending || group.isPending}
      onSubmit={submit}
    >
      <Group grow>
        <DateField label={t('steps.date')} value={s.date} onChange={(date) => setS({ ...s, date })} />
        <Select
          label={t('steps.form')}
          data={['individueel', 'groep', 'partnerrelatie', 'gezin'].map((f) => ({ value: f, label: t(`sessionForm.${f}`) }))}
          value={s.form || null}
          placeholder={t('steps.choose')}
          onChange={(v) => setS({ ...s, form: v ?? '' })}
          allowDeselect={false}
          error={chooseError('form')}
        />
        <Select
          label={t('steps.setting')}
          data={['praktijk', 'aan_huis', 'instelling', 'online'].map((f) => ({ value: f, label: t(`sessionSetting.${f}`) }))}
          value={s.setting || null}
          placeholder={t('steps.choose')}
          onChange={(v) => setS({ ...s, setting: v ?? '' })}
          allowDeselect={false}
          error={chooseError('setting')}
        />
      </Group>
      {s.setting === 'aan_huis' && (
        <TextInput
          label={t('steps.homeVisitReason')}
          value={s.homeVisitReason}
          onChange={(e) => setS({ ...s, homeVisitReason: e.currentTarget.value })}
          error={fieldError(error, '/session/homeVisitReason', t) ?? fieldError(error, '/homeVisitReason', t)}
        />
      )}
      <Group grow>
        <TextInput
          type="number"
          label={t('steps.directMinutes')}
          value={s.directMinutes}
          onChange={(e) => setS({ ...s, directMinutes: e.currentTarget.value })}
          error={chooseError('directMinutes')}
        />
        <TextInput
          type="number"
          label={t('steps.indirectMinutes')}
          value={s.indirectMinutes}
          onChange={(e) => setS({ ...s, indirectMinutes: e.currentTarget.value })}
        />
      </Group>
      {isErgo && (
        <ErgoCoverWarning
          clientId={view.clientId}
          date={s.date}
          directMinutes={session.directMinutes}
          indirectMinutes={session.indirectMinutes || 0}
          confirmed={confirmed}
          onConfirm={setConfirmed}
          missingConfirmation={attempted}
        />
      )}
      <Textarea
        label={t('steps.activities')}
        autosize
        value={s.activities}
        onChange={(e) => setS({ ...s, activities: e.currentTarget.value })}
      />
      <Textarea
        label={t('steps.observations')}
        autosize
        value={s.observations}
        onChange={(e) => setS({ ...s, observations: e.currentTarget.value })}
      />
      <Textarea
        label={t('steps.sessionEvaluation')}
        autosize
        value={s.sessionEvaluation}
        onChange={(e) => setS({ ...s, sessionEvaluation: e.currentTarget.value })}
      />
      {s.form === 'groep' && (
        <Checkbox.Group label={t('steps.groupParticipants')} value={others} onChange={setOthers}>
          <Group mt="xs">
            {candidates.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.clientName} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      <ProblemAlert error={group.error} />
      {group.isSuccess && <Text role="status">{t('steps.groupSaved', { count: group.data.recorded })}</Text>}
    </StepCard>
  );
}

/** The evaluation (001 L1854-1944): five process items, results per goal with a live GAS T-score, one decision. */
export function EvaluationStep({ view, take, pending, error }: StepProps) {
  const { t } = useTranslation();
  const [process, setProcess] = useState<Record<string, string>>(Object.fromEntries(PROCESS_ITEMS.map((p) => [p, ''])));
  const [levels, setLevels] = useState<Record<string, string>>(
    // Every level starts empty (no GAS 0 pre-selected): the therapist scores each goal (issue 14).
    Object.fromEntries(view.goals.map((g) => [g.id, ''])),
  );
  const [satisfaction, setSatisfaction] = useState('');
  const [discussed, setDiscussed] = useState(false);
  // No decision pre-selected (issue 14): continuing, changing or ending is chosen, never assumed.
  const [decision, setDecision] = useState('');
  const [undecided, setUndecided] = useState(false);
  const [referralTarget, setReferralTarget] = useState('');
  const [next, setNext] = useState('');
  const scaled = view.goals.flatMap((g) => {
    const level = Number(levels[g.id]);
    return g.gas && levels[g.id] !== '' && isGasLevel(level) ? [{ level: level as GasLevel, weight: g.gas.weight }] : [];
  });
  const tScore = gasTScore(scaled);
  const submit = () =>
    decision === ''
      ? setUndecided(true)
      : take('evaluations', {
          evaluation: {
            kind: decision === '1' ? 'eind' : 'periodiek',
            date: todayIso(),
            // Every process item is a key of PROCESS_ITEMS (core); levels and the decision come from radios of core's values.
            process: process as Evaluation['process'],
            results: view.goals.map((g) => ({
              goalId: g.id,
              gasLevel: levels[g.id] === '' ? null : (Number(levels[g.id]) as GasLevel),
              note: '',
            })),
            satisfaction,
            participants: ['client', view.referral.discipline === 'ergotherapie' ? 'ergotherapeut' : 'vaktherapeut'],
            discussedWithClient: discussed,
            decision: Number(decision) as Evaluation['decision'],
            handOver: false,
            referralTarget: referralTarget || null,
            nextEvaluationDate: next || null,
          },
        });
  return (
    <StepCard title={t('steps.evaluation')} submitLabel={t('steps.recordEvaluation')} pending={pending} onSubmit={submit}>
      {/* The measurements are input to the evaluation (issue 13): the charts and the check-in scores so far. */}
      <MeasurementCharts clientId={view.clientId} trajectoryId={view.id} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {PROCESS_ITEMS.map((item) => (
          <Textarea
            key={item}
            label={t(`processItem.${item}`)}
            autosize
            value={process[item] ?? ''}
            onChange={(e) => setProcess({ ...process, [item]: e.currentTarget.value })}
            error={fieldError(error, `/evaluation/process/${item}`, t) ?? fieldError(error, `/process/${item}`, t)}
          />
        ))}
      </SimpleGrid>
      {view.goals.map((g) => (
        <Select
          key={g.id}
          label={t('steps.goalResult', { goal: g.description })}
          data={['-2', '-1', '0', '1', '2'].map((l) => ({
            value: l,
            label: g.gas?.levels[l as '0'] ? `${l}: ${g.gas.levels[l as '0']}` : l,
          }))}
          value={levels[g.id] || null}
          onChange={(v) => setLevels({ ...levels, [g.id]: v ?? '' })}
        />
      ))}
      <Text aria-live="polite">{tScore === null ? t('steps.noTScore') : t('steps.tScore', { score: tScore.toFixed(2) })}</Text>
      <Textarea
        label={t('steps.satisfaction')}
        autosize
        value={satisfaction}
        onChange={(e) => setSatisfaction(e.currentTarget.value)}
        error={fieldError(error, '/satisfaction', t)}
      />
      <Checkbox
        label={t('steps.discussed')}
        checked={discussed}
        onChange={(e) => setDiscussed(e.currentTarget.checked)}
        error={fieldError(error, '/discussedWithClient', t)}
      />
      <Radio.Group
        label={t('steps.decision')}
        value={decision}
        onChange={(value) => {
          setDecision(value);
          setUndecided(false);
        }}
        withAsterisk
        error={undecided ? t('steps.chooseAnswer') : fieldError(error, '/evaluation/decision', t)}
      >
        <Group mt="xs">
          {['1', '2', '3', '4', '5'].map((d) => (
            <Radio key={d} value={d} label={t(`decision.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      {decision === '5' && (
        <TextInput
          label={t('steps.referralTarget')}
          value={referralTarget}
          onChange={(e) => setReferralTarget(e.currentTarget.value)}
          error={fieldError(error, '/referralTarget', t)}
        />
      )}
      {decision !== '' && decision !== '1' && decision !== '5' && (
        <DateField label={t('steps.nextEvaluation')} value={next} onChange={setNext} />
      )}
    </StepCard>
  );
}
