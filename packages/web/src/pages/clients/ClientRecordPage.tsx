import { Anchor, Badge, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClientRecord, useEnrolments, useLadder, useTrajectories } from '../../api/clients';
import { AccessLogTable } from '../../components/AccessLogTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { FinancingPanel } from '../financing/FinancingPanel';
import { CareTeamCard } from './CareTeamCard';
import { EmergencyAccess } from './EmergencyAccess';
import { MonthOverview } from './MonthOverview';
import { RecordConsentForm } from './RecordConsentForm';
import { RepresentativesCard } from './RepresentativesCard';
import { RecordTabs } from './RecordTabs';

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
      <RecordTabs clientId={clientId} active="record" />
      <EmergencyAccess clientId={clientId} record={record.data} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CareTeamCard
          clientId={clientId}
          clientName={client.givenName}
          careTeam={careTeam}
          canArrange={abilities?.arrangeCareTeam === true}
        />
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
                    <Text size="sm" c="dimmed">
                      {t('record.consentRecordedBy', {
                        name: c.recordedByName,
                        how: t(`record.consentHow.${c.recordedHow}`),
                        date: formatDate(c.recordedAt, i18n.language),
                      })}
                    </Text>
                  </List.Item>
                ))}
            </List>
          )}
          {abilities?.care_network.write && <RecordConsentForm clientId={clientId} />}
        </Card>
      </SimpleGrid>
      {record.data.representatives && (
        <RepresentativesCard
          clientId={clientId}
          representatives={record.data.representatives}
          canWrite={abilities?.care_network.write === true}
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RecordSection id="treatment" title={t('record.treatment')} help={t('record.treatmentHelp')} accent="indigo">
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
        </RecordSection>
        <RecordSection id="day" title={t('record.day')} help={t('record.dayHelp')} accent="teal">
          {!abilities?.day_activities.read ? (
            <Text>{t('record.noAccess')}</Text>
          ) : (
            <List>
              {enrolments.data?.map((e) => (
                <List.Item key={e.id}>
                  {e.offerName}
                  {e.groupName ? ` · ${e.groupName}` : ''} · {t(`form.${e.form}`)} · {t(`financer.${e.financer}`)} ·{' '}
                  {t('record.enrolmentFrom', { date: formatDate(e.startedOn, i18n.language) })}
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
            <Anchor component={Link} to={`/clienten/${clientId}/plan`} mt="xs" display="block">
              {t('sharedPlan.open')}
            </Anchor>
          )}
          {abilities?.participation_plan.read && (
            <Anchor component={Link} to={`/clienten/${clientId}/aanbod`} mt="xs" display="block">
              {t('clients.findOffers', { name: client.givenName })}
            </Anchor>
          )}
        </RecordSection>
      </SimpleGrid>
      {abilities?.financing.read && (
        <RecordSection id="financing" title={t('financing.title')} help={t('financing.help')}>
          <FinancingPanel clientId={clientId} canWrite={abilities.financing.write} />
        </RecordSection>
      )}
      {abilities?.access_log.read && (
        <RecordSection id="who-viewed" title={t('record.whoViewed')} help={t('record.whoViewedHelp')}>
          <AccessLogTable clientId={clientId} audience="professional" pageSize={WHO_VIEWED_ROWS} />
        </RecordSection>
      )}
    </Stack>
  );
}

/** One part of the record: a titled, labelled section; treatment and day activities each carry their own colour. */
function RecordSection(props: { id: string; title: string; help: string; accent?: 'indigo' | 'teal'; children: ReactNode }) {
  return (
    <Card
      withBorder
      style={props.accent ? { borderLeft: `6px solid var(--mantine-color-${props.accent}-9)` } : undefined}
      component="section"
      aria-labelledby={`${props.id}-heading`}
    >
      <Title order={3} size="h4" id={`${props.id}-heading`}>
        {props.title}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {props.help}
      </Text>
      {props.children}
    </Card>
  );
}
