import { Anchor, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMdoMeetings } from '../../api/treatment';
import { DateField } from '../../components/DateField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, todayIso } from '../../dates';
import { formatDate } from '../../i18n/format';

/**
 * The MDO meetings of a period across the people I treat: per meeting who took part and what was decided for each
 * person whose treatment I may see; others discussed are only counted (their names and the meeting's own notes stay
 * with those who may see them).
 */
export function MdoHistory() {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(() => addDays(todayIso(), -90));
  const [until, setUntil] = useState(todayIso);
  const valid = from !== '' && until !== '' && from <= until;
  const meetings = useMdoMeetings(valid ? from : todayIso(), valid ? until : todayIso());
  return (
    <Stack component="section" aria-labelledby="mdo-history">
      <Title order={3} size="h4" id="mdo-history">
        {t('mdo.history')}
      </Title>
      <Group align="flex-start" wrap="wrap">
        <DateField label={t('mdo.historyFrom')} value={from} onChange={setFrom} clearable={false} />
        <DateField
          label={t('mdo.historyUntil')}
          value={until}
          onChange={setUntil}
          clearable={false}
          error={valid ? undefined : t('mdo.historyPeriod')}
        />
      </Group>
      {meetings.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      <ProblemAlert error={meetings.error} />
      {meetings.data?.length === 0 && <Text c="dimmed">{t('mdo.historyNone')}</Text>}
      {meetings.data?.map((meeting) => (
        <Card
          withBorder
          key={meeting.id}
          component="article"
          aria-label={t('mdo.meetingOn', { date: formatDate(meeting.heldOn, i18n.language) })}
        >
          <Text fw={600}>{formatDate(meeting.heldOn, i18n.language)}</Text>
          <Text size="sm" c="dimmed">
            {t('mdo.with', { names: meeting.participants.join(', ') })}
          </Text>
          {meeting.notes && <Text mt="xs">{meeting.notes}</Text>}
          {meeting.notesWithheld && (
            <Text size="sm" mt="xs" c="dimmed">
              {t('mdo.notesWithheld')}
            </Text>
          )}
          <List mt="xs" spacing={4}>
            {meeting.items.map((item) => (
              <List.Item key={item.trajectoryId}>
                <Anchor component={Link} to={`/clienten/${item.clientId}/behandeling/${item.trajectoryId}`}>
                  {item.clientName} · {t(`discipline.${item.discipline}`)}
                </Anchor>
                : {item.decision}
                {item.notes && (
                  <Text size="sm" c="dimmed">
                    {item.notes}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
          {meeting.othersDiscussed > 0 && (
            <Text size="sm" mt="xs" c="dimmed">
              {t('mdo.othersDiscussed', { count: meeting.othersDiscussed })}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
