import { Anchor, Badge, Card, Group, List, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../api/session';
import {
  seesCaseload,
  seesDayWork,
  seesUnmetNeeds,
  useCaseload,
  useDayEvaluationsDue,
  useTodaysOccurrences,
  useUnmetNeeds,
} from '../../api/today';
import { ProblemAlert } from '../../components/ProblemAlert';
import { MeasurementWorklistCard } from '../measurement/MeasurementWorklistCard';
import { todayIso } from '../../dates';
import { formatDate } from '../../i18n/format';

/** What each role needs first today, from the API: groups, evaluations due, warnings, unmet needs. */
export function TodayCards({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const roles = me.user.roles;
  const today = todayIso();
  const caseload = useCaseload(seesCaseload(roles));
  const occurrences = useTodaysOccurrences(seesDayWork(roles), today);
  const dayDue = useDayEvaluationsDue(seesDayWork(roles));
  const unmet = useUnmetNeeds(seesUnmetNeeds(roles));
  return (
    <>
      {seesDayWork(roles) && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('today.groups')}
          </Title>
          {occurrences.isPending ? (
            <Loader size="sm" aria-label={t('app.loading')} />
          ) : (
            <ProblemAlert error={occurrences.error} />
          )}
          {occurrences.data?.length === 0 && <Text c="dimmed">{t('today.noGroups')}</Text>}
          <List>
            {occurrences.data?.map((o) => (
              <List.Item key={o.id}>
                <Anchor component={Link} to={`/presentielijst?date=${o.date}`}>
                  {o.groupName} · {o.starts}–{o.ends}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {seesCaseload(roles) && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('today.caseload')}
          </Title>
          {caseload.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : <ProblemAlert error={caseload.error} />}
          {caseload.data?.items.length === 0 && <Text c="dimmed">{t('today.noTrajectories')}</Text>}
          <List>
            {caseload.data?.items.map((item) => (
              <List.Item key={item.id}>
                <Group gap="xs">
                  <Anchor component={Link} to={`/clienten/${item.clientId}/behandeling/${item.id}`}>
                    {item.clientName} · {t(`discipline.${item.discipline}`)}
                  </Anchor>
                  <Text>· {t(`state.${item.state}`)}</Text>
                  {item.evaluationOverdue && <Badge color="red.9">{t('today.overdue')}</Badge>}
                  {!item.evaluationOverdue && item.evaluationDue && <Badge color="orange.9">{t('today.due')}</Badge>}
                  {item.warnings.length > 0 && (
                    <Badge variant="outline" color="gray.8">
                      {t('today.warnings', { count: item.warnings.length })}
                    </Badge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {seesCaseload(roles) && <MeasurementWorklistCard />}
      {seesDayWork(roles) && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('today.dayEvaluations')}
          </Title>
          {dayDue.data?.length === 0 && <Text c="dimmed">{t('today.noneDue')}</Text>}
          <List>
            {dayDue.data?.map((d) => (
              <List.Item key={d.clientId}>
                <Anchor component={Link} to={`/clienten/${d.clientId}/evaluatie-daginvulling`}>
                  {d.clientName}
                </Anchor>{' '}
                · {formatDate(d.due, i18n.language)} {d.overdue ? `(${t('today.overdue')})` : ''} · {t(`dueReason.${d.reason}`)}
              </List.Item>
            ))}
          </List>
        </Card>
      )}
      {seesUnmetNeeds(roles) && (
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            {t('today.unmetNeeds')}
          </Title>
          {unmet.data?.length === 0 && <Text c="dimmed">{t('today.noUnmetNeeds')}</Text>}
          <List>
            {unmet.data?.slice(0, 5).map((u) => (
              <List.Item key={u.id}>
                {formatDate(u.recordedOn, i18n.language)} · {u.sought} ({u.area})
              </List.Item>
            ))}
          </List>
        </Card>
      )}
    </>
  );
}
