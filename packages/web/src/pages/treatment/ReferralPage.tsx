import { DISCIPLINES, FUNDINGS, REFERRAL_SOURCES, REQUEST_TYPES } from '@meedoen/core';
import { Button, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useProfessionals, useRefer, type Referral } from '../../api/treatment';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';

/** Register a referral (or a direct-access request for ergotherapie). */
export function ReferralPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const navigate = useNavigate();
  const professionals = useProfessionals();
  const refer = useRefer(clientId);
  // Discipline, source, kind of request and funding start empty (issue 14: no pre-selected clinical or financial
  // choices): saving without one names it next to its field.
  const [form, setForm] = useState({
    discipline: '',
    source: '',
    requestType: '',
    funding: '',
    referrerName: '',
    referrerAgb: '',
    question: '',
    therapistId: '',
    regiebehandelaarId: '',
  });
  const set = (key: keyof typeof form) => (value: string | null) => setForm((f) => ({ ...f, [key]: value ?? '' }));
  const therapistRole = form.discipline === 'ergotherapie' ? 'ergotherapeut' : 'vaktherapeut';
  const therapists = (professionals.data ?? []).filter((p) => p.roles.includes(therapistRole));
  const regie = (professionals.data ?? []).filter((p) => p.roles.includes('regiebehandelaar'));
  const [attempted, setAttempted] = useState(false);
  const unchosen = (key: 'discipline' | 'source' | 'requestType' | 'funding') =>
    attempted && form[key] === '' ? t('steps.chooseFirst') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (!form.discipline || !form.source || !form.requestType || !form.funding) return;
    refer.mutate(
      // The selects offer only core's values (DISCIPLINES, REFERRAL_SOURCES, …); the server validates them again.
      {
        ...form,
        // Under direct access there is no referrer (REFERENCE.md §7.1 DTE): no AGB code is sent.
        referrerAgb: form.source === 'zelf_dte' ? null : form.referrerAgb.trim() || null,
        regiebehandelaarId: form.regiebehandelaarId || null,
      } as Referral,
      { onSuccess: (view) => void navigate(`/clienten/${clientId}/behandeling/${view.id}`) },
    );
  };
  const err = (path: string) => fieldError(refer.error, path, t);
  return (
    <Stack maw={720} component="form" onSubmit={submit}>
      <Title order={2}>{t('referral.title')}</Title>
      <ProblemAlert error={refer.error} />
      <Select
        label={t('referral.discipline')}
        data={DISCIPLINES.map((d) => ({ value: d, label: t(`discipline.${d}`) }))}
        value={form.discipline || null}
        placeholder={t('steps.choose')}
        onChange={set('discipline')}
        error={unchosen('discipline') ?? err('/discipline')}
        allowDeselect={false}
      />
      <Group grow>
        <Select
          label={t('referral.source')}
          data={REFERRAL_SOURCES.map((s) => ({ value: s, label: t(`referralSource.${s}`) }))}
          value={form.source || null}
          placeholder={t('steps.choose')}
          onChange={set('source')}
          error={unchosen('source') ?? err('/source')}
          allowDeselect={false}
        />
        <Select
          label={t('referral.requestType')}
          data={REQUEST_TYPES.map((s) => ({ value: s, label: t(`requestType.${s}`) }))}
          value={form.requestType || null}
          placeholder={t('steps.choose')}
          onChange={set('requestType')}
          error={unchosen('requestType') ?? err('/requestType')}
          allowDeselect={false}
        />
        <Select
          label={t('referral.funding')}
          data={FUNDINGS.map((s) => ({ value: s, label: t(`financer.${s}`) }))}
          value={form.funding || null}
          placeholder={t('steps.choose')}
          onChange={set('funding')}
          error={unchosen('funding') ?? err('/funding')}
          allowDeselect={false}
        />
      </Group>
      <TextInput
        label={t('referral.referrerName')}
        required
        value={form.referrerName}
        onChange={(e) => set('referrerName')(e.currentTarget.value)}
      />
      {form.source !== 'zelf_dte' && (
        <TextInput
          label={t('referral.referrerAgb')}
          description={t('referral.referrerAgbHint')}
          inputMode="numeric"
          maxLength={8}
          value={form.referrerAgb}
          onChange={(e) => set('referrerAgb')(e.currentTarget.value)}
          error={err('/referrerAgb')}
        />
      )}
      <Textarea
        label={t('referral.question')}
        required
        autosize
        minRows={2}
        value={form.question}
        onChange={(e) => set('question')(e.currentTarget.value)}
      />
      <Group grow>
        <Select
          label={t('referral.therapist')}
          data={therapists.map((p) => ({ value: p.id, label: p.displayName }))}
          value={form.therapistId || null}
          onChange={set('therapistId')}
          error={err('/therapistId')}
        />
        <Select
          label={t('referral.regiebehandelaar')}
          clearable
          data={regie.map((p) => ({ value: p.id, label: p.displayName }))}
          value={form.regiebehandelaarId || null}
          onChange={set('regiebehandelaarId')}
          error={err('/regiebehandelaarId')}
        />
      </Group>
      <Group>
        <Button type="submit" loading={refer.isPending}>
          {t('referral.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
