import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClientAgenda } from '../../api/agenda';
import { useMe } from '../../api/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, todayIso } from '../../dates';
import { formatDate } from '../../i18n/format';

/** "Mijn agenda" in the portal: the client's own appointments and group days, in plain words (B1). */
export function MyAgendaPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const today = todayIso();
  const agenda = useClientAgenda(me.data?.user.clientId ?? null, today, addDays(today, 41));
  const items = (agenda.data ?? []).filter((i) => !i.cancelled);
  return (
    <Stack>
      <Title order={2}>{t('myAgenda.title')}</Title>
      <Text>{t('myAgenda.intro')}</Text>
      {agenda.isPending && me.data?.user.clientId && <Loader aria-label={t('app.loading')} />}
      <ProblemAlert error={agenda.error} />
      {agenda.data && items.length === 0 && <Text>{t('myAgenda.empty')}</Text>}
      {items.map((item) => (
        <Card key={item.id} withBorder padding="sm" component="article">
          <Text fw={600}>{t(`agenda.kind.${item.kind}`)}</Text>
          <Text>{t('myAgenda.when', { date: formatDate(item.date, i18n.language), from: item.starts, until: item.ends })}</Text>
          {item.professional && <Text>{t('myAgenda.withWhom', { name: item.professional.name })}</Text>}
          {(item.room?.name ?? item.group?.name ?? item.location) && (
            <Text>{t('myAgenda.where', { place: item.room?.name ?? item.location ?? item.group?.name })}</Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
