import type { DataCategory } from '@meedoen/core';
import { Alert, Button, Checkbox, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsentCandidates, useGrantConsent, type ConsentGiver } from '../../api/consents';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DateField } from '../../components/DateField';

const SHAREABLE: readonly DataCategory[] = ['personalia', 'participation_plan', 'day_activities', 'treatment', 'measurements'];
const GIVERS: readonly ConsentGiver[] = ['client', 'ouder', 'wettelijk_vertegenwoordiger'];

/**
 * A professional on the client's care team records a consent the client (or their parent or
 * representative) gave: in person or on a signed form. Nothing is pre-selected; the server refuses a
 * recorder outside the care team and a consent to the recorder themself, with its own message.
 */
export function RecordConsentForm({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const candidates = useConsentCandidates(clientId);
  const grant = useGrantConsent(clientId);
  const [who, setWho] = useState<string | null>(null);
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [givenBy, setGivenBy] = useState<ConsentGiver | null>(null);
  const [alsoGivenBy, setAlsoGivenBy] = useState<ConsentGiver | null>(null);
  const [how, setHow] = useState<'in_person' | 'signed_form' | ''>('');
  const [documentRef, setDocumentRef] = useState('');
  const [naasteBasis, setNaasteBasis] = useState<'verzoek_client' | 'indicatie_professional' | ''>('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const person = candidates.data?.find((c) => c.userId === who);
  const isNaaste = person?.roles.includes('naaste') ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!person || !givenBy || !how) return;
    grant.mutate(
      {
        granteeUserId: person.userId,
        categories,
        level: 'read',
        validUntil: until || null,
        givenBy,
        alsoGivenBy: alsoGivenBy && alsoGivenBy !== givenBy ? alsoGivenBy : null,
        naasteBasis: isNaaste && naasteBasis ? naasteBasis : null,
        recordedHow: how,
        ...(how === 'signed_form' ? { documentRef } : {}),
      },
      {
        onSuccess: () => {
          setDone(person.displayName);
          setWho(null);
          setCategories([]);
          setGivenBy(null);
          setAlsoGivenBy(null);
          setHow('');
          setDocumentRef('');
          setNaasteBasis('');
          setUntil('');
        },
      },
    );
  };
  return (
    <Stack component="form" onSubmit={submit} mt="md" gap="sm" aria-labelledby="record-consent-title">
      <Title id="record-consent-title" order={4} size="h5">
        {t('recordConsent.title')}
      </Title>
      <Text size="sm">{t('recordConsent.help')}</Text>
      {done && (
        <Alert color="teal" role="status">
          {t('recordConsent.done', { name: done })}
        </Alert>
      )}
      <ProblemAlert error={grant.error} />
      <Select
        label={t('recordConsent.grantee')}
        placeholder={t('recordConsent.choose')}
        searchable
        data={(candidates.data ?? []).map((c) => ({
          value: c.userId,
          label: `${c.displayName} (${c.roles.map((r) => t(`role.${r}`)).join(', ')})`,
        }))}
        value={who}
        onChange={setWho}
        error={fieldError(grant.error, '/granteeUserId', t)}
      />
      <Checkbox.Group
        label={t('recordConsent.categories')}
        value={categories}
        onChange={(v) => setCategories(v as DataCategory[])}
        error={fieldError(grant.error, '/categories', t)}
      >
        <Stack gap="xs" mt="xs">
          {SHAREABLE.map((category) => (
            <Checkbox key={category} value={category} label={t(`dataCategory.${category}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Radio.Group
        label={t('recordConsent.givenBy')}
        value={givenBy ?? ''}
        onChange={(v) => setGivenBy(v as ConsentGiver)}
        error={fieldError(grant.error, '/givenBy', t)}
      >
        <Stack gap="xs" mt="xs">
          {GIVERS.map((giver) => (
            <Radio key={giver} value={giver} label={t(`agreedBy.${giver}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Select
        label={t('recordConsent.alsoGivenBy')}
        placeholder={t('recordConsent.nobodyElse')}
        clearable
        data={GIVERS.filter((g) => g !== givenBy).map((g) => ({ value: g, label: t(`agreedBy.${g}`) }))}
        value={alsoGivenBy}
        onChange={(v) => setAlsoGivenBy(v as ConsentGiver | null)}
        error={fieldError(grant.error, '/alsoGivenBy', t)}
      />
      <Radio.Group
        label={t('recordConsent.how')}
        value={how}
        onChange={(v) => setHow(v as 'in_person' | 'signed_form')}
        error={fieldError(grant.error, '/recordedHow', t)}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="in_person" label={t('recordConsent.how.in_person')} />
          <Radio value="signed_form" label={t('recordConsent.how.signed_form')} />
        </Stack>
      </Radio.Group>
      {how === 'signed_form' && (
        <TextInput
          label={t('recordConsent.documentRef')}
          value={documentRef}
          onChange={(e) => setDocumentRef(e.currentTarget.value)}
          error={fieldError(grant.error, '/documentRef', t)}
        />
      )}
      {isNaaste && (
        <Radio.Group
          label={t('recordConsent.naasteBasis')}
          value={naasteBasis}
          onChange={(v) => setNaasteBasis(v as 'verzoek_client' | 'indicatie_professional')}
          error={fieldError(grant.error, '/naasteBasis', t)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="verzoek_client" label={t('naasteBasis.verzoek_client')} />
            <Radio value="indicatie_professional" label={t('naasteBasis.indicatie_professional')} />
          </Stack>
        </Radio.Group>
      )}
      <DateField
        label={t('recordConsent.until')}
        value={until}
        onChange={setUntil}
        error={fieldError(grant.error, '/validUntil', t)}
      />
      <Button type="submit" loading={grant.isPending} disabled={!person || categories.length === 0 || !givenBy || !how}>
        {t('recordConsent.submit')}
      </Button>
    </Stack>
  );
}
