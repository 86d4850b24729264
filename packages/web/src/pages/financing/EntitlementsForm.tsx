import { Button, Card, Group, NumberInput, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Entitlements } from '@meedoen/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEntitlements, useSaveEntitlements, type EntitlementsView } from '../../api/financing';
import { fieldError } from '../../components/field-errors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DateField } from '../../components/DateField';

/** A yes/no that starts unanswered: no financial choice is made for the user. */
type Answer = boolean | null;

interface Draft {
  bsn: string;
  insurance: { from: string; until: string; uzovi: string; insuredNumber: string; policy: string | null }[];
  wlz: {
    from: string;
    until: string;
    deliveryForm: string | null;
    withTreatment: Answer;
    stayByThisOrganisation: Answer;
    dagbestedingInStay: Answer;
    zorgkantoor: string;
  }[];
  jeugdwet: { from: string; until: string; continuedAfter18: Answer }[];
  wmo: {
    from: string;
    until: string;
    allocationNumber: string;
    municipalityCode: string;
    productCategory: string | null;
    productCode: string;
    volume: number | string;
    unit: string | null;
    frequency: string | null;
    tariffEuro: number | string;
  }[];
}

function draftOf(view: EntitlementsView): Draft {
  const e = view.entitlements;
  return {
    bsn: '',
    insurance: e.insurance.map((i) => ({
      from: i.from,
      until: i.until ?? '',
      uzovi: i.uzovi,
      insuredNumber: i.insuredNumber ?? '',
      policy: i.supplementaryPolicyId,
    })),
    wlz: e.wlz.map((w) => ({ ...w, until: w.until ?? '', zorgkantoor: w.zorgkantoor ?? '' })),
    jeugdwet: e.jeugdwet.map((j) => ({ ...j, until: j.until ?? '' })),
    wmo: e.wmo.map((a) => ({
      ...a,
      until: a.until ?? '',
      productCode: a.productCode ?? '',
      volume: a.volume ?? '',
      tariffEuro: a.tariffCents === null ? '' : a.tariffCents / 100,
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Unanswered questions travel as they are; the server refuses them with the field's path. */
function toEntitlements(draft: Draft, kept: Entitlements): Entitlements {
  return {
    insurance: draft.insurance.map((i) => ({
      from: i.from,
      until: orNull(i.until),
      uzovi: i.uzovi.trim(),
      insuredNumber: orNull(i.insuredNumber),
      supplementaryPolicyId: i.policy,
    })),
    wlz: draft.wlz.map((w) => ({
      from: w.from,
      until: orNull(w.until),
      deliveryForm: w.deliveryForm as Entitlements['wlz'][number]['deliveryForm'],
      withTreatment: w.withTreatment as boolean,
      stayByThisOrganisation: w.stayByThisOrganisation as boolean,
      dagbestedingInStay: w.dagbestedingInStay as boolean,
      zorgkantoor: orNull(w.zorgkantoor),
    })),
    jeugdwet: draft.jeugdwet.map((j) => ({
      from: j.from,
      until: orNull(j.until),
      continuedAfter18: j.continuedAfter18 as boolean,
    })),
    wmo: draft.wmo.map((a) => ({
      from: a.from,
      until: orNull(a.until),
      allocationNumber: a.allocationNumber.trim(),
      municipalityCode: a.municipalityCode.trim(),
      productCategory: a.productCategory as string,
      productCode: orNull(a.productCode),
      volume: a.volume === '' ? null : Number(a.volume),
      unit: a.unit as string,
      frequency: a.frequency as string,
      tariffCents: a.tariffEuro === '' ? null : Math.round(Number(a.tariffEuro) * 100),
    })),
    participatiewet: kept.participatiewet,
  };
}

/** Entitlements and insurance of one client: entered by the financial administration, read by the care team. */
export function EntitlementsForm({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const loaded = useEntitlements(clientId, true);
  const save = useSaveEntitlements(clientId);
  if (loaded.isPending) return null;
  if (loaded.error) return <ProblemAlert error={loaded.error} />;
  return <Editor key={loaded.data.version} view={loaded.data} save={save} canWrite={canWrite} t={t} />;
}

function YesNo(props: { label: string; value: Answer; onChange: (v: boolean) => void; error?: string; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={props.label}
      value={props.value === null ? null : String(props.value)}
      onChange={(v) => props.onChange(v === 'true')}
      error={props.error}
    >
      <Group mt={4}>
        <Radio value="true" label={t('entitlements.yes')} disabled={props.disabled} />
        <Radio value="false" label={t('entitlements.no')} disabled={props.disabled} />
      </Group>
    </Radio.Group>
  );
}

function Part(props: { title: string; onAdd?: () => void; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card withBorder p="sm">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {props.title}
        </Title>
        {props.onAdd && (
          <Button size="xs" variant="light" onClick={props.onAdd}>
            {t('entitlements.add')} — {props.title.toLowerCase()}
          </Button>
        )}
      </Group>
      {props.empty && <Text c="dimmed">{t('entitlements.none')}</Text>}
      <Stack gap="sm">{props.children}</Stack>
    </Card>
  );
}

function Editor({
  view,
  save,
  canWrite,
  t,
}: {
  view: EntitlementsView;
  save: ReturnType<typeof useSaveEntitlements>;
  canWrite: boolean;
  t: ReturnType<typeof useTranslation>['t'];
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const err = (path: string) => fieldError(save.error, path, t);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });
  const update = <K extends 'insurance' | 'wlz' | 'jeugdwet' | 'wmo'>(key: K, i: number, patch: Partial<Draft[K][number]>) =>
    set(key, draft[key].map((row, j) => (j === i ? { ...row, ...patch } : row)) as Draft[K]);
  const remove = (key: 'insurance' | 'wlz' | 'jeugdwet' | 'wmo', i: number) =>
    set(key, draft[key].filter((_, j) => j !== i) as never);
  const ro = !canWrite;
  const period = (key: 'insurance' | 'wlz' | 'jeugdwet' | 'wmo', i: number, row: { from: string; until: string }) => (
    <Group grow>
      <DateField
        label={t('entitlements.from')}
        value={row.from}
        readOnly={ro}
        onChange={(v) => update(key, i, { from: v } as never)}
        error={err(`/entitlements/${key}/${i}/from`)}
      />
      <DateField
        label={t('entitlements.until')}
        value={row.until}
        readOnly={ro}
        onChange={(v) => update(key, i, { until: v } as never)}
        error={err(`/entitlements/${key}/${i}/until`)}
      />
    </Group>
  );
  const removeButton = (key: 'insurance' | 'wlz' | 'jeugdwet' | 'wmo', i: number) =>
    canWrite && (
      <Button size="xs" variant="subtle" color="red" onClick={() => remove(key, i)} w="fit-content">
        {t('entitlements.remove')}
      </Button>
    );

  return (
    <Stack>
      <TextInput
        label={t('entitlements.bsn')}
        description={view.bsnMasked ? t('entitlements.bsnKnown', { masked: view.bsnMasked }) : undefined}
        value={draft.bsn}
        readOnly={ro}
        inputMode="numeric"
        autoComplete="off"
        onChange={(e) => set('bsn', e.currentTarget.value)}
        error={err('/bsn')}
        maw={260}
      />
      <Part
        title={t('entitlements.insurance')}
        empty={draft.insurance.length === 0}
        onAdd={
          canWrite
            ? () => set('insurance', [...draft.insurance, { from: '', until: '', uzovi: '', insuredNumber: '', policy: null }])
            : undefined
        }
      >
        {draft.insurance.map((row, i) => (
          <Stack key={i} gap={4}>
            {period('insurance', i, row)}
            <Group grow>
              <TextInput
                label={t('entitlements.uzovi')}
                value={row.uzovi}
                readOnly={ro}
                onChange={(e) => update('insurance', i, { uzovi: e.currentTarget.value })}
                error={err(`/entitlements/insurance/${i}/uzovi`)}
              />
              <TextInput
                label={t('entitlements.insuredNumber')}
                value={row.insuredNumber}
                readOnly={ro}
                onChange={(e) => update('insurance', i, { insuredNumber: e.currentTarget.value })}
              />
            </Group>
            <Select
              label={t('entitlements.policy')}
              placeholder={t('entitlements.noPolicy')}
              clearable
              readOnly={ro}
              value={row.policy}
              data={view.supplementaryPolicies.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(v) => update('insurance', i, { policy: v })}
            />
            {removeButton('insurance', i)}
          </Stack>
        ))}
      </Part>
      <Part
        title={t('entitlements.wlz')}
        empty={draft.wlz.length === 0}
        onAdd={
          canWrite
            ? () =>
                set('wlz', [
                  ...draft.wlz,
                  {
                    from: '',
                    until: '',
                    deliveryForm: null,
                    withTreatment: null,
                    stayByThisOrganisation: null,
                    dagbestedingInStay: null,
                    zorgkantoor: '',
                  },
                ])
            : undefined
        }
      >
        {draft.wlz.map((row, i) => (
          <Stack key={i} gap={4}>
            {period('wlz', i, row)}
            <Select
              label={t('entitlements.deliveryForm')}
              readOnly={ro}
              value={row.deliveryForm}
              data={['verblijf', 'vpt', 'mpt', 'pgb'].map((v) => ({ value: v, label: t(`deliveryForm.${v}`) }))}
              onChange={(v) => update('wlz', i, { deliveryForm: v })}
              error={err(`/entitlements/wlz/${i}/deliveryForm`)}
            />
            <YesNo
              label={t('entitlements.withTreatment')}
              value={row.withTreatment}
              disabled={ro}
              onChange={(v) => update('wlz', i, { withTreatment: v })}
              error={err(`/entitlements/wlz/${i}/withTreatment`)}
            />
            <YesNo
              label={t('entitlements.stayHere')}
              value={row.stayByThisOrganisation}
              disabled={ro}
              onChange={(v) => update('wlz', i, { stayByThisOrganisation: v })}
              error={err(`/entitlements/wlz/${i}/stayByThisOrganisation`)}
            />
            <YesNo
              label={t('entitlements.dagbestedingInStay')}
              value={row.dagbestedingInStay}
              disabled={ro}
              onChange={(v) => update('wlz', i, { dagbestedingInStay: v })}
              error={err(`/entitlements/wlz/${i}/dagbestedingInStay`)}
            />
            <TextInput
              label={t('entitlements.zorgkantoor')}
              readOnly={ro}
              inputMode="numeric"
              value={row.zorgkantoor}
              onChange={(e) => update('wlz', i, { zorgkantoor: e.currentTarget.value })}
              error={err(`/entitlements/wlz/${i}/zorgkantoor`)}
            />
            {removeButton('wlz', i)}
          </Stack>
        ))}
      </Part>
      <Part
        title={t('entitlements.jeugdwet')}
        empty={draft.jeugdwet.length === 0}
        onAdd={canWrite ? () => set('jeugdwet', [...draft.jeugdwet, { from: '', until: '', continuedAfter18: null }]) : undefined}
      >
        {draft.jeugdwet.map((row, i) => (
          <Stack key={i} gap={4}>
            {period('jeugdwet', i, row)}
            <YesNo
              label={t('entitlements.continuedAfter18')}
              value={row.continuedAfter18}
              disabled={ro}
              onChange={(v) => update('jeugdwet', i, { continuedAfter18: v })}
              error={err(`/entitlements/jeugdwet/${i}/continuedAfter18`)}
            />
            {removeButton('jeugdwet', i)}
          </Stack>
        ))}
      </Part>
      <Part
        title={t('entitlements.wmo')}
        empty={draft.wmo.length === 0}
        onAdd={
          canWrite
            ? () =>
                set('wmo', [
                  ...draft.wmo,
                  {
                    from: '',
                    until: '',
                    allocationNumber: '',
                    municipalityCode: '',
                    productCategory: null,
                    productCode: '',
                    volume: '',
                    unit: null,
                    frequency: null,
                    tariffEuro: '',
                  },
                ])
            : undefined
        }
      >
        {draft.wmo.map((row, i) => (
          <Stack key={i} gap={4}>
            {period('wmo', i, row)}
            <Group grow>
              <TextInput
                label={t('entitlements.allocationNumber')}
                value={row.allocationNumber}
                readOnly={ro}
                onChange={(e) => update('wmo', i, { allocationNumber: e.currentTarget.value })}
                error={err(`/entitlements/wmo/${i}/allocationNumber`)}
              />
              <TextInput
                label={t('entitlements.municipalityCode')}
                value={row.municipalityCode}
                readOnly={ro}
                onChange={(e) => update('wmo', i, { municipalityCode: e.currentTarget.value })}
                error={err(`/entitlements/wmo/${i}/municipalityCode`)}
              />
            </Group>
            <Group grow>
              <Select
                label={t('entitlements.productCategory')}
                readOnly={ro}
                value={row.productCategory}
                data={['02', '07'].map((v) => ({ value: v, label: t(`wmoCategory.${v}`) }))}
                onChange={(v) => update('wmo', i, { productCategory: v })}
                error={err(`/entitlements/wmo/${i}/productCategory`)}
              />
              <TextInput
                label={t('entitlements.productCode')}
                value={row.productCode}
                readOnly={ro}
                onChange={(e) => update('wmo', i, { productCode: e.currentTarget.value })}
                error={err(`/entitlements/wmo/${i}/productCode`)}
              />
            </Group>
            <Group grow>
              <NumberInput
                label={t('entitlements.volume')}
                value={row.volume}
                readOnly={ro}
                min={1}
                allowDecimal={false}
                onChange={(v) => update('wmo', i, { volume: v })}
                error={err(`/entitlements/wmo/${i}/volume`)}
              />
              <Select
                label={t('entitlements.unit')}
                readOnly={ro}
                value={row.unit}
                data={['16', '04', '01', '14', '82', '83', '84'].map((v) => ({ value: v, label: t(`unit.${v}`) }))}
                onChange={(v) => update('wmo', i, { unit: v })}
                error={err(`/entitlements/wmo/${i}/unit`)}
              />
              <Select
                label={t('entitlements.frequency')}
                readOnly={ro}
                value={row.frequency}
                data={['1', '2', '4', '6'].map((v) => ({ value: v, label: t(`wmoFrequency.${v}`) }))}
                onChange={(v) => update('wmo', i, { frequency: v })}
                error={err(`/entitlements/wmo/${i}/frequency`)}
              />
            </Group>
            <NumberInput
              label={t('entitlements.tariff')}
              value={row.tariffEuro}
              readOnly={ro}
              min={0}
              decimalScale={2}
              decimalSeparator=","
              prefix="€ "
              onChange={(v) => update('wmo', i, { tariffEuro: v })}
              maw={260}
            />
            {removeButton('wmo', i)}
          </Stack>
        ))}
      </Part>
      {canWrite && (
        <Group>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate({
                version: view.version,
                ...(draft.bsn.trim() ? { bsn: draft.bsn.trim() } : {}),
                entitlements: toEntitlements(draft, view.entitlements),
              })
            }
          >
            {t('entitlements.save')}
          </Button>
          {save.isSuccess && <Text c="teal">{t('entitlements.saved')}</Text>}
        </Group>
      )}
      {save.error && <ProblemAlert error={save.error} />}
    </Stack>
  );
}
