import { Anchor, Button, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError, dataOf } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { addDays, mondayOf, todayIso } from '../../dates';
import { formatShortDate } from '../../i18n/format';

const WEEKS_PER_PAGE = 4;

/** The months (YYYY-MM) that the days from `from` up to `until` touch. */
function monthsBetween(from: string, until: string): string[] {
  const months: string[] = [];
  for (let day = from; day <= until; day = addDays(day, 1)) {
    const month = day.slice(0, 7);
    if (!months.includes(month)) months.push(month);
  }
  return months;
}

/**
 * A person's attendance per week, newest week first, each day saying whether the caller recorded it: the
 * werkbegeleider reads back what they kept on the work floor. The server decides whether the person shares it.
 */
export function WeeklyAttendance({ clientId, name, canRecord }: { clientId: string; name: string; canRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const [weeks, setWeeks] = useState(WEEKS_PER_PAGE);
  // `?week=` (any day of it) is the newest week shown, so a link or a reload keeps the weeks in view.
  const [params] = useSearchParams();
  const week = params.get('week');
  const newest = week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? week : todayIso();
  const thisMonday = mondayOf(newest);
  const firstMonday = addDays(thisMonday, -7 * (weeks - 1));
  const months = monthsBetween(firstMonday, addDays(thisMonday, 6));
  const results = useQueries({
    queries: months.map((month) => ({
      queryKey: ['attendance', clientId, month],
      queryFn: () =>
        dataOf(api.GET('/api/v1/clients/{clientId}/attendance', { params: { path: { clientId }, query: { month } } })),
    })),
  });
  const error = results.find((r) => r.error)?.error ?? null;
  const notShared = error instanceof ApiError && error.problem?.code === 'access.not_disclosed';
  const days = results
    .flatMap((r) => r.data ?? [])
    .flatMap((row) => row.attendance.map((day) => ({ ...day, date: day.date.slice(0, 10), offerName: row.offerName })));
  const mondays = Array.from({ length: weeks }, (_, i) => addDays(thisMonday, -7 * i));

  return (
    <Stack gap="sm">
      <Text size="sm">{t('presence.help', { name })}</Text>
      {canRecord && (
        <Anchor component={Link} to={`/presentielijst?date=${newest}`}>
          {t('presence.record')}
        </Anchor>
      )}
      {notShared ? <Text>{t('presence.notShared', { name })}</Text> : <ProblemAlert error={error} />}
      {results.some((r) => r.isPending) && <Loader size="sm" aria-label={t('app.loading')} />}
      {!error &&
        results.every((r) => r.data) &&
        mondays.map((monday) => {
          const sunday = addDays(monday, 6);
          const inWeek = days.filter((d) => d.date >= monday && d.date <= sunday).sort((a, b) => a.date.localeCompare(b.date));
          const label = t('presence.week', {
            from: formatShortDate(monday, i18n.language),
            until: formatShortDate(sunday, i18n.language),
          });
          return (
            <section key={monday} aria-label={label}>
              <Title order={4} size="h5">
                {label}
              </Title>
              {inWeek.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('presence.nothing')}
                </Text>
              ) : (
                <List>
                  {inWeek.map((d) => (
                    <List.Item key={`${d.offerName}-${d.date}`}>
                      {formatShortDate(d.date, i18n.language)} · {d.offerName} · {t(`attendance.${d.status}`)}
                      {d.minutes > 0 ? ` · ${t('presence.minutes', { count: d.minutes })}` : ''} ·{' '}
                      <Text span fw={d.recordedByMe ? 700 : 400}>
                        {t(d.recordedByMe ? 'presence.byMe' : 'presence.byOther')}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </section>
          );
        })}
      <Group>
        <Button variant="default" onClick={() => setWeeks((n) => n + WEEKS_PER_PAGE)}>
          {t('presence.earlier')}
        </Button>
      </Group>
    </Stack>
  );
}
