import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Loader,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DECLARATION_ROUTES,
  useBuildDeclarations,
  useCreditLine,
  useDeclaration,
  useDeclarationAnswer,
  useDeclarations,
  useDiscardDeclaration,
  useSendDeclaration,
  type DeclarationDetail,
  type DeclarationRoute,
  type DeclarationRun,
} from '../../api/financing';
import { useJob } from '../../api/jobs';
import { DateField } from '../../components/DateField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDate } from '../../i18n/format';
import { formatCents, formatMonth, shiftMonth } from './money';
import { thisMonth, todayIso } from '../../dates';

const lastMonth = () => shiftMonth(thisMonth(), -1);

/** The answer file each route reads back: WMO325 (XML) for iWmo, PM305 and AW320 (Vektis flat files). */
const ANSWER_ACCEPT: Record<DeclarationRoute, string> = {
  iwmo_323: '.xml,application/xml',
  pm304: '.txt,.asc,text/plain',
  wlz: '.txt,.asc,text/plain',
};

/**
 * Declaraties: per month and route — municipality (iWmo 323), insurer (PM304, ergotherapie) or zorgkantoor (Wlz
 * dagdelen) — build the declarations per receiver, see the checks the receiver would make (with their return
 * codes), download the file, send it, and read the answer back. The route is chosen, never pre-selected.
 */
export function DeclarationsPage() {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(lastMonth);
  const [date, setDate] = useState(todayIso);
  const [route, setRoute] = useState<DeclarationRoute | null>(null);
  const runs = useDeclarations(month);
  const build = useBuildDeclarations();
  const [buildJobId, setBuildJobId] = useState<string | null>(null);
  const job = useJob(buildJobId);
  const building = build.isPending || job.data?.status === 'queued' || job.data?.status === 'running';
  const language = i18n.language;
  return (
    <Stack>
      <Title order={2}>{t('declarations.title')}</Title>
      <Text c="dimmed">{t('declarations.help')}</Text>
      <Group align="end">
        <Button variant="default" onClick={() => setMonth(shiftMonth(month, -1))}>
          {t('financing.previousMonth')}
        </Button>
        <Text fw={600} aria-live="polite" data-testid="declaration-month">
          {formatMonth(month, language)}
        </Text>
        <Button variant="default" onClick={() => setMonth(shiftMonth(month, 1))}>
          {t('financing.nextMonth')}
        </Button>
        <DateField label={t('declarations.date')} value={date} onChange={setDate} clearable={false} />
      </Group>
      <Radio.Group
        label={t('declarations.route')}
        value={route}
        onChange={(value) => setRoute(value as DeclarationRoute)}
        name="declaration-route"
      >
        <Group mt="xs">
          {DECLARATION_ROUTES.map((r) => (
            <Radio key={r} value={r} label={t(`declarationRoute.${r}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Group>
        <Button
          disabled={route === null}
          loading={building}
          onClick={() => route && build.mutate({ route, month, date }, { onSuccess: (started) => setBuildJobId(started.id) })}
        >
          {t('declarations.build')}
        </Button>
        {route === null && (
          <Text size="sm" c="dimmed">
            {t('declarations.chooseRoute')}
          </Text>
        )}
      </Group>
      <ProblemAlert error={build.error} />
      {job.data && <BuildStatus job={job.data} />}
      {runs.isPending ? <Loader aria-label={t('app.loading')} /> : <ProblemAlert error={runs.error} />}
      {runs.data?.length === 0 && <Text c="dimmed">{t('declarations.none')}</Text>}
      {runs.data?.map((run) => (
        <RunCard key={run.id} run={run} />
      ))}
    </Stack>
  );
}

type Finding = DeclarationRun['checks']['findings'][number];

/** The same finding on many lines (e.g. a missing AGB on each) is said once, with how often. */
function groupFindings(findings: readonly Finding[]): { finding: Finding; count: number }[] {
  const groups = new Map<string, { finding: Finding; count: number }>();
  for (const f of findings) {
    const key = `${f.problem}|${f.returnCode ?? ''}|${f.confirmed}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { finding: f, count: 1 });
  }
  return [...groups.values()];
}

function RunCard({ run }: { run: DeclarationRun }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const send = useSendDeclaration();
  const discard = useDiscardDeclaration();
  const language = i18n.language;
  // '0000': no receiver known for these lines (no insurance or zorgkantoor recorded); the checks say why.
  const receiver = run.receiver === '0000' ? t('declarations.receiverUnknown') : run.receiver;
  const label = t(`declarations.runLabel.${run.route}`, { receiver });
  return (
    <Card withBorder component="article" aria-label={label}>
      <Group justify="space-between">
        <Title order={3} size="h4">
          {label}
        </Title>
        <Badge variant="light" color={run.status === 'draft' ? 'gray' : run.status === 'discarded' ? 'red' : 'teal'}>
          {t(`declarationStatus.${run.status}`)}
        </Badge>
      </Group>
      <Text>
        {t('declarations.total', {
          amount: formatCents(run.totalDirection === 'C' ? -run.totalCents : run.totalCents, language),
          date: formatDate(run.dagtekening, language),
        })}
      </Text>
      {run.awardedCents !== null && <Text>{t('declarations.awarded', { amount: formatCents(run.awardedCents, language) })}</Text>}
      {run.checks.findings.length === 0 ? (
        <Text c="teal">{t('declarations.checksPassed')}</Text>
      ) : (
        <Alert color="red" title={t('declarations.blocked')} mt="xs">
          <List>
            {groupFindings(run.checks.findings).map(({ finding: f, count }) => (
              <List.Item key={`${f.problem}-${f.returnCode ?? ''}-${f.confirmed}`}>
                {t(`problem.${f.problem}`)}
                {count > 1 ? ` ${t('declarations.findingCount', { count })}` : ''}
                {f.returnCode ? ` ${t('declarations.returnCode', { code: f.returnCode })}` : ''}
                {f.returnCode && !f.confirmed ? ` ${t('declarations.unconfirmed')}` : ''}
                {f.returnCode === null && f.problem.startsWith('financing.double_funding')
                  ? ` ${t('declarations.ownCheck')}`
                  : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group mt="sm">
        <Button variant="default" onClick={() => setOpen(!open)}>
          {open ? t('declarations.hideLines') : t('declarations.showLines')}
        </Button>
        {run.status !== 'discarded' && (
          <Anchor href={`/api/v1/declarations/${run.id}/file`} download>
            {t('declarations.download')}
          </Anchor>
        )}
        {run.status === 'draft' && (
          <>
            <Button disabled={run.checks.blocked} loading={send.isPending} onClick={() => send.mutate(run.id)}>
              {t('declarations.send')}
            </Button>
            <Button variant="subtle" color="red" loading={discard.isPending} onClick={() => discard.mutate(run.id)}>
              {t('declarations.discard')}
            </Button>
          </>
        )}
      </Group>
      <ProblemAlert error={send.error ?? discard.error} />
      {open && <RunLines runId={run.id} route={run.route} canAnswer={run.status === 'sent'} />}
    </Card>
  );
}

function RunLines({ runId, route, canAnswer }: { runId: string; route: DeclarationRoute; canAnswer: boolean }) {
  const { t, i18n } = useTranslation();
  const detail = useDeclaration(runId);
  const answer = useDeclarationAnswer();
  const [file, setFile] = useState<File | null>(null);
  const [crediting, setCrediting] = useState<DetailLine | null>(null);
  const language = i18n.language;
  if (detail.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (detail.error) return <ProblemAlert error={detail.error} />;
  const reopened = detail.data.answers.flatMap((a) => a.outcome.reopened);
  return (
    <Stack mt="sm">
      <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('declarations.lines')}>
        <Table miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('declarations.client')}</Table.Th>
              <Table.Th>{t('declarations.reference')}</Table.Th>
              {route === 'pm304' && <Table.Th>{t('declarations.prestatie')}</Table.Th>}
              <Table.Th>{t('declarations.period')}</Table.Th>
              <Table.Th>{t('declarations.volume')}</Table.Th>
              <Table.Th>{t('declarations.amount')}</Table.Th>
              <Table.Th>{t('declarations.outcome')}</Table.Th>
              <Table.Th>{t('declarations.credit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.data.lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  {line.clientName}
                  {line.previousReference && (
                    <Text size="sm" c="dimmed">
                      {t('declarations.creditOf', { reference: line.previousReference })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{line.reference}</Table.Td>
                {route === 'pm304' && (
                  <Table.Td>
                    {t(`ergoPrestatie.${line.productCode ?? ''}`)}
                    {(line.detail?.eigenRisico || line.detail?.cover === 'aanvullend') && (
                      <Text size="sm" c="dimmed">
                        {[
                          line.detail.eigenRisico ? t('declarations.eigenRisico') : null,
                          line.detail.cover === 'aanvullend' ? t('declarations.supplementary') : null,
                        ]
                          .filter(Boolean)
                          .join('; ')}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  {line.period.start === line.period.end
                    ? formatDate(line.period.start, language)
                    : `${formatDate(line.period.start, language)} – ${formatDate(line.period.end, language)}`}
                </Table.Td>
                <Table.Td>
                  {line.volume} {t(`unit.${line.unit}`)}
                </Table.Td>
                <Table.Td>{formatCents(line.direction === 'C' ? -line.amountCents : line.amountCents, language)}</Table.Td>
                <Table.Td>
                  {line.outcome
                    ? `${t(`lineOutcome.${line.outcome.status}`)}${line.outcome.returnCodes.length ? ` (${line.outcome.returnCodes.join(', ')})` : ''}`
                    : t('lineOutcome.waiting')}
                </Table.Td>
                <Table.Td>
                  {line.correction ? (
                    <Text size="sm">{t('declarations.correctionAsked', { reason: line.correction.reason })}</Text>
                  ) : (
                    line.direction === 'D' &&
                    line.outcome?.status === 'accepted' && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('declarations.creditLabel', { reference: line.reference, client: line.clientName })}
                        onClick={() => setCrediting(line)}
                      >
                        {t('declarations.credit')}
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {crediting && <CreditForm line={crediting} onDone={() => setCrediting(null)} />}
      {reopened.length > 0 && (
        <Alert color="orange" title={t('declarations.reopened')}>
          <List>
            {reopened.map((r) => (
              <List.Item key={r.reference}>{language === 'en' ? r.reason.en : r.reason.nl}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {canAnswer && (
        <Group align="end">
          <FileInput label={t('declarations.answerFile')} accept={ANSWER_ACCEPT[route]} value={file} onChange={setFile} w={320} />
          <Button
            disabled={!file}
            loading={answer.isPending}
            onClick={() => {
              if (file) void file.text().then((content) => answer.mutate({ runId, content }));
            }}
          >
            {t('declarations.readAnswer')}
          </Button>
        </Group>
      )}
      <ProblemAlert error={answer.error} />
    </Stack>
  );
}

type DetailLine = DeclarationDetail['lines'][number];

/** Credit a sent, accepted line with a reason: the next run built carries the credit line and the new line. */
function CreditForm({ line, onDone }: { line: DetailLine; onDone: () => void }) {
  const { t } = useTranslation();
  const credit = useCreditLine();
  const [reason, setReason] = useState('');
  const title = t('declarations.creditLabel', { reference: line.reference, client: line.clientName });
  return (
    <Card
      withBorder
      component="form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        credit.mutate({ lineId: line.id, reason }, { onSuccess: onDone });
      }}
    >
      <Stack gap="xs">
        <Title order={4} size="h5">
          {title}
        </Title>
        <Text size="sm">{t('declarations.creditHelp')}</Text>
        <Textarea
          label={t('declarations.creditReason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ProblemAlert error={credit.error} />
        <Group>
          <Button type="submit" disabled={reason.trim() === ''} loading={credit.isPending}>
            {t('declarations.creditConfirm')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('declarations.cancel')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * How the build in the background is doing (issue 16): waiting, busy (with how far), done with the number of
 * declarations made — then the list below is read again — or what went wrong, in words.
 */
function BuildStatus({ job }: { job: NonNullable<ReturnType<typeof useJob>['data']> }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (job.status === 'succeeded') void queryClient.invalidateQueries({ queryKey: ['declarations'] });
  }, [job.status, queryClient]);
  if (job.status === 'queued' || job.status === 'running')
    return (
      <Group gap="xs" role="status" aria-live="polite">
        <Loader size="sm" />
        <Text>
          {job.status === 'queued'
            ? t('declarations.jobQueued')
            : job.progress.total
              ? t('declarations.jobProgress', { done: job.progress.done, total: job.progress.total })
              : t('declarations.jobRunning')}
        </Text>
      </Group>
    );
  if (job.status === 'succeeded') {
    const made = Number((job.result as { runs?: number } | null)?.runs ?? 0);
    return (
      <Alert color="teal" role="status" title={t('declarations.jobDone')}>
        {made === 0 ? t('declarations.jobNothing') : t('declarations.jobMade', { count: made })}
      </Alert>
    );
  }
  const known = job.error !== null && i18n.exists(`problem.${job.error}`);
  return (
    <Alert color="red" role="alert" title={t('declarations.jobFailed')}>
      {known ? t(`problem.${job.error}`) : t('declarations.jobFailedUnknown')}
    </Alert>
  );
}
