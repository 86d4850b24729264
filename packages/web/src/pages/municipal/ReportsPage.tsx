import { REPORTS, type ReportName } from '@meedoen/core';
import { Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { todayIso } from '../../dates';

/** The last 24 months, newest first, as `YYYY-MM` values with their names in words. */
function recentMonths(language: string): { value: string; label: string }[] {
  const [y, m] = todayIso().split('-').map(Number) as [number, number];
  const name = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return Array.from({ length: 24 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return { value: d.toISOString().slice(0, 7), label: name.format(d) };
  });
}

/**
 * Reports for financers and management: choose a report and a period, download it as CSV or Excel.
 * Nothing is chosen in advance. The file holds totals only.
 */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const [report, setReport] = useState<ReportName | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const months = recentMonths(i18n.language);
  const ready = report !== null && from !== null && until !== null;

  async function download(format: 'csv' | 'xlsx') {
    if (!ready) return;
    setError(null);
    setBusy(true);
    try {
      const response = await fetch(`/api/v1/reports/${report}?from=${from}&until=${until}&format=${format}`, {
        credentials: 'same-origin',
      });
      if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
      const blob = await response.blob();
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${report}.${format}`;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={800}>
      <Title order={2}>{t('reports.title')}</Title>
      <Text>{t('reports.intro')}</Text>
      <Radio.Group label={t('reports.which')} value={report} onChange={(v) => setReport(REPORTS.find((r) => r === v) ?? null)}>
        <Stack gap="xs" mt="xs">
          {REPORTS.map((r) => (
            <Radio key={r} value={r} label={t(`reports.name.${r}`)} description={t(`reports.about.${r}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Group grow>
        <Select label={t('reports.from')} data={months} value={from} onChange={setFrom} placeholder={t('reports.chooseMonth')} />
        <Select
          label={t('reports.until')}
          data={months}
          value={until}
          onChange={setUntil}
          placeholder={t('reports.chooseMonth')}
        />
      </Group>
      <ProblemAlert error={error} />
      <Group>
        <Button disabled={!ready} loading={busy} onClick={() => void download('csv')}>
          {t('reports.downloadCsv')}
        </Button>
        <Button disabled={!ready} loading={busy} variant="outline" onClick={() => void download('xlsx')}>
          {t('reports.downloadXlsx')}
        </Button>
      </Group>
    </Stack>
  );
}
