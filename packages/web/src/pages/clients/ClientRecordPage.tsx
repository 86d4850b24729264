import { Anchor, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClientRecord, useEnrolments, useLadder, useTrajectories } from '../../api/clients';
import { AccessLogTable } from '../../components/AccessLogTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { MonthOverview } from './MonthOverview';

const WHO_VIEWED_ROWS = 20;

/** One person: care team and consents, and — clearly apart — their treatment and their day. */
export function ClientRecordPage() {
  const { t, i18n } = useTranslation();
  const { clientId = '' } = useParams();
  const record = useClientRecord(clientId);
  const abilities = record.data?.abilities;
  const trajectories = useTrajectories(clientId, abilities?.treatment.read === true);
  const enrolments = useEnrolments(clientId, abilities?.day_activities.read === true);
  const ladder = useLadder(clientId, abilities?.participation_plan.read === true);
  if (record.isPending) return <Loader aria-label={t('app.loading')} />;
  if (record.error) return <ProblemAlert error={record.error} />;
  const { client, careTeam, consents } = record.data;
  const latest = ladder.data?.at(-1)?.position;
  return (
    <Stack>
      <Title order={2}>
        {client.givenName} {client.familyName}
      </Title>
      <Text c="dimmed">
        {t('record.born', { date: formatDate(client.birthDate, i18n.language) })} · {t(`setting.${client.careSetting}`)}
        {client.municipality ? ` · ${client.municipality}` : ''}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('record.careTeam')}
          </Title>
          {careTeam === null ? (
            <Text c="dimmed">{t('record.noAccess')}</Text>
          ) : (
            <List>
              {careTeam
                .filter((m) => m.active)
                .map((m) => (
                  <List.Item key={m.id}>
                    {m.displayName} · {t(`role.${m.role}`)}
                    {m.discipline ? ` (${t(`discipline.${m.discipline}`)})` : ''}
                  </List.Item>
                ))}
            </List>
          )}
        </Card>
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('record.consents')}
          </Title>
          {consents === null ? (
            <Text c="dimmed">{t('record.noAccess')}</Text>
          ) : consents.filter((c) => c.active).length === 0 ? (
            <Text c="dimmed">{t('record.noConsents')}</Text>
          ) : (
            <List>
              {consents
                .filter((c) => c.active)
                .map((c) => (
                  <List.Item key={c.id}>
                    {c.granteeName}: {c.categories.map((cat) => t(`dataCategory.${cat}`)).join(', ')}
                  </List.Item>
                ))}
            </List>
          )}
        </Card>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card
          withBorder
          style={{ borderLeft: '6px solid var(--mantine-color-indigo-9)' }}
          component="section"
          aria-labelledby="treatment-heading"
        >
          <Title order={3} size="h4" id="treatment-heading">
            {t('record.treatment')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('record.treatmentHelp')}
          </Text>
          {abilities?.treatment.write && (
            <Anchor component={Link} to={`/clienten/${clientId}/behandeling/nieuw`} display="block" mb="xs">
              {t('record.newReferral')}
            </Anchor>
          )}
          {!abilities?.treatment.read ? (
            <Text>{t('record.noTreatmentAccess')}</Text>
          ) : trajectories.data?.length === 0 ? (
            <Text c="dimmed">{t('record.noTrajectories')}</Text>
          ) : (
            <List>
              {trajectories.data?.map((tr) => (
                <List.Item key={tr.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/clienten/${clientId}/behandeling/${tr.id}`}>
                      {t(`discipline.${tr.discipline}`)} · {t(`state.${tr.state}`)} · {tr.therapistName}
                    </Anchor>
                    {tr.latestScore && (
                      <Badge variant="outline" color="indigo.9">
                        {t('record.latestScore', {
                          score: tr.latestScore.score.toFixed(1),
                          date: formatDate(tr.latestScore.date, i18n.language),
                        })}
                      </Badge>
                    )}
                    {tr.warningCount > 0 && (
                      <Badge variant="outline" color="gray.8">
                        {t('today.warnings', { count: tr.warningCount })}
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Card>
        <Card
          withBorder
          style={{ borderLeft: '6px solid var(--mantine-color-teal-9)' }}
          component="section"
          aria-labelledby="day-heading"
        >
          <Title order={3} size="h4" id="day-heading">
            {t('record.day')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('record.dayHelp')}
          </Text>
          {!abilities?.day_activities.read ? (
            <Text>{t('record.noAccess')}</Text>
          ) : (
            <List>
              {enrolments.data?.map((e) => (
                <List.Item key={e.id}>
                  {e.offerName} · {t(`form.${e.form}`)} · {t(`financer.${e.financer}`)}
                  {e.volume !== null
                    ? ` · ${t('record.indication', { volume: e.volume, per: t(`volumePer.${e.volumePer}`), until: e.indicationUntil ? formatDate(e.indicationUntil, i18n.language) : '—' })}`
                    : ''}
                </List.Item>
              ))}
            </List>
          )}
          {abilities?.day_activities.read && <MonthOverview clientId={clientId} />}
          {latest && (
            <Text mt="xs">
              {t('record.ladder', { rung: latest.rung, target: latest.targetRung })}
              {latest.wantsToStay ? ` · ${t('myPlan.stay')}` : ''}
            </Text>
          )}
          {abilities?.day_activities.write && (
            <Anchor component={Link} to={`/clienten/${clientId}/evaluatie-daginvulling`} mt="xs" display="block">
              {t('dayEvaluation.record')}
            </Anchor>
          )}
          {abilities?.participation_plan.read && (
            <Anchor component={Link} to={`/clienten/${clientId}/aanbod`} mt="xs" display="block">
              {t('clients.findOffers', { name: client.givenName })}
            </Anchor>
          )}
        </Card>
      </SimpleGrid>
      {abilities?.access_log.read && (
        <Card withBorder component="section" aria-labelledby="who-viewed-heading">
          <Title order={3} size="h4" id="who-viewed-heading">
            {t('record.whoViewed')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('record.whoViewedHelp')}
          </Text>
          <AccessLogTable clientId={clientId} audience="professional" pageSize={WHO_VIEWED_ROWS} />
        </Card>
      )}
    </Stack>
  );
}
