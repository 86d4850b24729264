import { PLAN_SECTIONS, type PlanSection } from '@meedoen/core';
import { Alert, Anchor, Card, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClientRecord } from '../../api/clients';
import { useParticipationPlan } from '../../api/daginvulling';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ContactMomentsSection } from './ContactMoments';
import { SharedSection } from './SharedPlanSections';
import { WeeklyAttendance } from './WeeklyAttendance';

/**
 * The participation plan as the caller may see it (issue 14): a job coach or werkbegeleider sees the sections the
 * person shared with their kind of party (003 L1912-1915) — the server leaves the rest out — and is told in plain
 * words what is not shared. Read only; attendance per week where the person shares it.
 */
export function SharedPlanPage() {
  const { t } = useTranslation();
  const { clientId = '' } = useParams();
  const me = useMe();
  const record = useClientRecord(clientId);
  const loaded = useParticipationPlan(clientId);
  if (record.isPending || loaded.isPending) return <Loader aria-label={t('app.loading')} />;
  if (record.error || loaded.error) return <ProblemAlert error={record.error ?? loaded.error} />;
  const { client, abilities } = record.data;
  const name = client.givenName;
  const plan = loaded.data.plan;
  const shown = PLAN_SECTIONS.filter((section) => section in plan);
  // What is not shared is said (issue 14): attendance too, when the person does not share it with the caller.
  const hidden: (PlanSection | 'attendance')[] = [
    ...PLAN_SECTIONS.filter((section) => !(section in plan)),
    ...(abilities.day_activities.read ? [] : ['attendance' as const]),
  ];
  const partLabel = (section: PlanSection | 'attendance') => t(`sharedPlan.part.${section}`, { name });
  const isWorkFloor = me.data?.user.roles.includes('werkbegeleider') === true;

  return (
    <Stack maw={900}>
      <Title order={2}>{t('sharedPlan.title', { name: `${client.givenName} ${client.familyName}` })}</Title>
      <Alert color="blue" title={loaded.data.complete ? undefined : t('sharedPlan.partial', { name })}>
        {loaded.data.complete ? (
          <Text>{t('sharedPlan.all', { name })}</Text>
        ) : (
          <Stack gap="xs">
            <div>
              <Text fw={600}>{t('sharedPlan.shared', { name })}</Text>
              <List>
                {shown.map((section) => (
                  <List.Item key={section}>{partLabel(section)}</List.Item>
                ))}
              </List>
            </div>
            {hidden.length > 0 && (
              <div>
                <Text fw={600}>{t('sharedPlan.notShared', { name })}</Text>
                <List>
                  {hidden.map((section) => (
                    <List.Item key={section}>{partLabel(section)}</List.Item>
                  ))}
                </List>
                <Text size="sm" mt="xs">
                  {t('sharedPlan.notSharedHelp', { name })}
                </Text>
              </div>
            )}
          </Stack>
        )}
      </Alert>
      {!abilities.participation_plan.write && <Text>{t('sharedPlan.readOnly', { name })}</Text>}
      {shown.map((section) => (
        <Card withBorder component="section" key={section} aria-labelledby={`part-${section}`}>
          <Title order={3} size="h4" id={`part-${section}`} mb="xs">
            {partLabel(section)}
          </Title>
          <SharedSection section={section} plan={plan} name={name} />
        </Card>
      ))}
      {abilities.day_activities.read && (
        <Card withBorder component="section" aria-labelledby="presence-heading">
          <Title order={3} size="h4" id="presence-heading" mb="xs">
            {t('presence.title')}
          </Title>
          <WeeklyAttendance clientId={clientId} name={name} canRecord={isWorkFloor && abilities.day_activities.write} />
        </Card>
      )}
      {abilities.day_activities.read && <ContactMomentsSection clientId={clientId} name={name} />}
      <Anchor component={Link} to={`/clienten/${clientId}`}>
        {t('sharedPlan.record')}
      </Anchor>
    </Stack>
  );
}
