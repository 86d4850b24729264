import { PLAN_SECTIONS } from '@meedoen/core';
import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParticipationPlan } from '../../api/daginvulling';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SharedSection } from '../daginvulling/SharedPlanSections';
import { WeeklyAttendance } from '../daginvulling/WeeklyAttendance';

/**
 * What the person shares with me, to read (003 L1912-1915): the parts of the plan they opened to a relative — the
 * server leaves out the rest — and when they were at their day activities. Nothing here can be changed.
 */
export function SharedWithMe({
  clientId,
  name,
  seesPlan,
  seesDay,
}: {
  clientId: string;
  name: string;
  seesPlan: boolean;
  seesDay: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {seesPlan && <SharedPlanParts clientId={clientId} name={name} />}
      {seesDay && (
        <Card withBorder component="section" aria-labelledby={`presence-${clientId}`} p="sm">
          <Title order={4} id={`presence-${clientId}`} mb="xs">
            {t('sharedPlan.part.attendance', { name })}
          </Title>
          <WeeklyAttendance clientId={clientId} name={name} canRecord={false} />
        </Card>
      )}
    </Stack>
  );
}

function SharedPlanParts({ clientId, name }: { clientId: string; name: string }) {
  const { t } = useTranslation();
  const loaded = useParticipationPlan(clientId);
  if (loaded.isPending) return <Loader aria-label={t('app.loading')} />;
  if (loaded.error) return <ProblemAlert error={loaded.error} />;
  const plan = loaded.data.plan;
  const shown = PLAN_SECTIONS.filter((section) => section in plan);
  if (shown.length === 0) return <Text>{t('relative.planNothing', { name })}</Text>;
  return (
    <>
      {shown.map((section) => (
        <Card withBorder component="section" key={section} aria-labelledby={`shared-${clientId}-${section}`} p="sm">
          <Title order={4} id={`shared-${clientId}-${section}`} mb="xs">
            {t(`sharedPlan.part.${section}`, { name })}
          </Title>
          <SharedSection section={section} plan={plan} name={name} />
        </Card>
      ))}
    </>
  );
}
