import { Anchor, Button, Card, Group, Loader, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import {
  useOrganisationAgb,
  useOrganisationPolicy,
  useUpdateOrganisationAgb,
  useUpdateOrganisationPolicy,
} from '../../api/users';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The organisation's AGB code, under which every declaration goes (REFERENCE.md §7.3); If-Match, audited. */
function OrganisationAgbCard() {
  const { t } = useTranslation();
  const agb = useOrganisationAgb();
  const update = useUpdateOrganisationAgb();
  const [code, setCode] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = code ?? agb.data?.agbCode ?? '';
  const fieldProblem =
    update.error instanceof ApiError && update.error.problem?.errors?.some((e) => e.path === '/body/agbCode')
      ? t(`problem.${update.error.code}`)
      : undefined;
  return (
    <Card withBorder component="section" aria-labelledby="agb-title">
      <Title order={3} id="agb-title">
        {t('admin.organisation.agb')}
      </Title>
      {agb.isPending && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={agb.error} />
      {agb.data && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            update.mutate(
              { agbCode: shown.trim() || null, version: agb.data.version },
              {
                onSuccess: () => {
                  setCode(null);
                  setSaved(true);
                },
              },
            );
          }}
        >
          <Text size="sm" mt="xs">
            {agb.data.agbCode ? t('admin.organisation.agbNow', { code: agb.data.agbCode }) : t('admin.organisation.agbNone')}
          </Text>
          <TextInput
            mt="sm"
            label={t('admin.organisation.agb')}
            description={t('admin.organisation.agbHint')}
            inputMode="numeric"
            maxLength={8}
            value={shown}
            onChange={(e) => {
              setSaved(false);
              setCode(e.currentTarget.value);
            }}
            error={fieldProblem}
          />
          {!fieldProblem && <ProblemAlert error={update.error} />}
          {saved && (
            <Text size="sm" role="status" c="teal.9" mt="xs">
              {t('admin.organisation.agbSaved')}
            </Text>
          )}
          <Group mt="sm">
            <Button type="submit" loading={update.isPending} disabled={code === null || code === (agb.data.agbCode ?? '')}>
              {t('admin.save')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}

/** The organisation's settings: its AGB code, the second-factor policy; and the way to users and instrument licences. */
export function OrganisationSettingsPage() {
  const { t } = useTranslation();
  const policy = useOrganisationPolicy();
  const update = useUpdateOrganisationPolicy();
  const [choice, setChoice] = useState<string | null>(null);
  const current = policy.data ? String(policy.data.requireSecondFactor) : null;
  return (
    <Stack>
      <Title order={2}>{t('admin.organisation.title')}</Title>
      <OrganisationAgbCard />
      <Card withBorder component="section" aria-labelledby="policy-title">
        <Title order={3} id="policy-title">
          {t('admin.organisation.secondFactor')}
        </Title>
        {policy.isPending && <Loader aria-label={t('app.loading')} />}
        <ProblemAlert error={policy.error} />
        {policy.data && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (choice !== null)
                update.mutate({ requireSecondFactor: choice === 'true' }, { onSuccess: () => setChoice(null) });
            }}
          >
            <Text size="sm" mt="xs">
              {policy.data.requireSecondFactor ? t('admin.organisation.nowRequired') : t('admin.organisation.nowOptional')}
            </Text>
            <Radio.Group
              mt="sm"
              label={t('admin.organisation.secondFactorChoice')}
              description={t('admin.organisation.secondFactorHint')}
              value={choice ?? current}
              onChange={setChoice}
            >
              <Stack mt="xs" gap="xs">
                <Radio value="true" label={t('admin.organisation.required')} />
                <Radio value="false" label={t('admin.organisation.optional')} />
              </Stack>
            </Radio.Group>
            <ProblemAlert error={update.error} />
            <Group mt="sm">
              <Button type="submit" loading={update.isPending} disabled={choice === null || choice === current}>
                {t('admin.save')}
              </Button>
            </Group>
          </form>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="more-title">
        <Title order={3} id="more-title">
          {t('admin.organisation.more')}
        </Title>
        <Stack gap="xs" mt="xs">
          <Anchor component={Link} to="/beheer/gebruikers">
            {t('admin.organisation.toUsers')}
          </Anchor>
          <Anchor component={Link} to="/meetinstrumenten">
            {t('admin.organisation.toInstruments')}
          </Anchor>
        </Stack>
      </Card>
    </Stack>
  );
}
