import { Anchor, Button, Card, Group, Loader, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrganisationPolicy, useUpdateOrganisationPolicy } from '../../api/users';
import { ProblemAlert } from '../../components/ProblemAlert';

/** The organisation's settings that exist: the second-factor policy; and the way to the instrument licences. */
export function OrganisationSettingsPage() {
  const { t } = useTranslation();
  const policy = useOrganisationPolicy();
  const update = useUpdateOrganisationPolicy();
  const [choice, setChoice] = useState<string | null>(null);
  const current = policy.data ? String(policy.data.requireSecondFactor) : null;
  return (
    <Stack>
      <Title order={2}>{t('admin.organisation.title')}</Title>
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
