import type { ProgressChart } from '@meedoen/core';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

const num = (n: number, lang: string) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL');

/**
 * Scores per session with the cut-off (dashed) and the organisation's expected band (shaded), and a marker at
 * sessions with an alert. `plain` is the client's version: only their own line, no cut-off or band.
 */
export function ScoreChart({
  chart,
  title,
  alertSessions = [],
  plain = false,
}: {
  chart: Pick<ProgressChart, 'points' | 'range'> & Partial<Pick<ProgressChart, 'cutoff' | 'expected'>>;
  title: string;
  alertSessions?: number[];
  plain?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const sessions = [
    ...new Set([...chart.points.map((p) => p.session), ...(plain ? [] : (chart.expected ?? []).map((e) => e.session))]),
  ].sort((a, b) => a - b);
  const data = sessions.map((session) => {
    const point = chart.points.find((p) => p.session === session);
    const band = plain ? undefined : chart.expected?.find((e) => e.session === session);
    return { session, score: point?.total ?? null, band: band ? [band.lower, band.upper] : null };
  });
  const summary = chart.points
    .map((p) => t('chart.point', { session: p.session, score: num(p.total, i18n.language) }))
    .join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Text fw={600}>{title}</Text>
      </figcaption>
      <div style={{ width: '100%', height: 240 }} aria-hidden="true">
        <ResponsiveContainer>
          <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 10, right: 20, bottom: 10, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#ccc" />
            <XAxis dataKey="session" tickFormatter={(s: number) => t('chart.sessionShort', { session: s })} />
            <YAxis domain={[chart.range.min, chart.range.max]} />
            <Tooltip />
            {!plain && <Area dataKey="band" name={t('chart.expected')} fill="#9ec5fe" stroke="none" isAnimationActive={false} />}
            {!plain && chart.cutoff && (
              <ReferenceLine y={chart.cutoff.value} stroke="#7a4100" strokeDasharray="6 4" label={t('chart.cutoff')} />
            )}
            <Line
              dataKey="score"
              name={t('chart.score')}
              stroke="#0b5394"
              strokeWidth={3}
              connectNulls
              isAnimationActive={false}
            />
            {!plain &&
              alertSessions.map((session) => {
                const point = chart.points.find((p) => p.session === session);
                return point ? (
                  <ReferenceDot key={session} x={session} y={point.total} r={8} fill="#b00020" stroke="#fff" />
                ) : null;
              })}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Text size="sm">{summary}</Text>
      {!plain && chart.cutoff && (
        <Text size="sm">{t('chart.cutoffText', { value: num(chart.cutoff.value, i18n.language) })}</Text>
      )}
    </figure>
  );
}
