import { Alert, Button, Fieldset, Group, NumberInput, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { ERGO_SURCHARGES, QUARTER_ROUNDINGS } from '@meedoen/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParameterSetInput, ParameterValues } from '../../../api/contracts';
import { DateField } from '../../../components/DateField';
import { fieldError } from '../../../components/field-errors';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { EuroInput } from './EuroInput';
import {
  CODED_CONTACT_TYPES,
  CONTRACT_SOURCE,
  draftOf,
  dutchDate,
  inputOf,
  missingFields,
  type Num,
  type ParameterDraft,
} from './parameter-draft';

interface ParameterSetFormProps {
  title: string;
  initial: ParameterDraft;
  /** Sets whose values may be copied in, on the administrator's explicit request. */
  copyFrom: readonly ParameterValues[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ParameterSetInput) => void;
  onCancel: () => void;
}

function YesNoChoice({ label, value, onChange }: { label: string; value: string; onChange: (value: 'yes' | 'no') => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value || null} onChange={(v) => onChange(v as 'yes' | 'no')} withAsterisk>
      <Group mt="xs">
        <Radio value="yes" label={t('admin.yes')} />
        <Radio value="no" label={t('admin.no')} />
      </Group>
    </Radio.Group>
  );
}

/** A new set or a changed one: every field starts as given (empty for a new period) and is saved only on submit. */
export function ParameterSetForm(props: ParameterSetFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ParameterDraft>(props.initial);
  const [missing, setMissing] = useState<string[]>([]);
  const [copied, setCopied] = useState<string | null>(null);
  const set = (change: Partial<ParameterDraft>) => setDraft((d) => ({ ...d, ...change }));
  const err = (path: string) => fieldError(props.error, path, t);
  const num = (label: string, value: Num, onChange: (v: Num) => void, error?: ReactNode, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      min={0}
      allowDecimal={false}
      error={error}
      withAsterisk
      maw={260}
    />
  );
  const codeRow = (
    legend: string,
    row: { code: string; euro: Num },
    onChange: (row: { code: string; euro: Num }) => void,
    tariffLabel: string,
  ) => (
    <Fieldset legend={legend} variant="unstyled">
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('contracts.code')}
          value={row.code}
          onChange={(e) => onChange({ ...row, code: e.currentTarget.value })}
          inputMode="numeric"
          maxLength={4}
          w={130}
          error={row.code.trim() ? err(`/ergotherapie/tariffsCents/${row.code.trim()}`) : undefined}
        />
        <EuroInput label={tariffLabel} value={row.euro} onChange={(euro) => onChange({ ...row, euro })} w={170} />
      </Group>
    </Fieldset>
  );

  return (
    <form
      aria-labelledby="parameter-form-title"
      // Missing fields are named together in the form's own words, not one by one by the browser.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const open = missingFields(draft);
        setMissing(open);
        if (open.length === 0) props.onSubmit(inputOf(draft));
      }}
    >
      <Stack>
        <Title order={3} id="parameter-form-title">
          {props.title}
        </Title>
        {props.copyFrom.length > 0 && (
          <Stack gap="xs">
            <Text size="sm">{t('contracts.copyHint')}</Text>
            <Group gap="xs">
              {props.copyFrom.map((p) => {
                const label = t('contracts.copyFrom', { from: dutchDate(p.validFrom), until: dutchDate(p.validUntil) });
                return (
                  <Button
                    key={p.id}
                    variant="default"
                    onClick={() => {
                      const values = draftOf(p);
                      const { [CONTRACT_SOURCE]: _contract, ...sources } = values.sources;
                      // The period and the contract reference stay the administrator's: only the values are copied.
                      setDraft({ ...values, validFrom: draft.validFrom, validUntil: draft.validUntil, contract: '', sources });
                      setCopied(label);
                    }}
                  >
                    {label}
                  </Button>
                );
              })}
            </Group>
            {copied && (
              <Text size="sm" role="status" c="teal.9">
                {t('contracts.copied')}
              </Text>
            )}
          </Stack>
        )}

        <Fieldset legend={t('contracts.period')}>
          <Group align="flex-start">
            <DateField
              label={t('contracts.validFrom')}
              value={draft.validFrom}
              onChange={(validFrom) => set({ validFrom })}
              error={err('/validFrom')}
              required
              maw={200}
            />
            <DateField
              label={t('contracts.validUntil')}
              value={draft.validUntil}
              onChange={(validUntil) => set({ validUntil })}
              error={err('/validUntil')}
              required
              maw={200}
            />
          </Group>
          <TextInput
            mt="sm"
            label={t('contracts.contract')}
            description={t('contracts.contractHint')}
            value={draft.contract}
            onChange={(e) => set({ contract: e.currentTarget.value })}
            maxLength={1000}
          />
        </Fieldset>

        <Fieldset legend={t('contracts.ergotherapie')}>
          <Stack>
            {num(
              t('contracts.quarterMinutes'),
              draft.quarterMinutes,
              (quarterMinutes) => set({ quarterMinutes }),
              err('/ergotherapie/quarterMinutes'),
            )}
            <Radio.Group
              label={t('contracts.rounding')}
              value={draft.rounding || null}
              onChange={(rounding) => set({ rounding })}
              withAsterisk
            >
              <Stack mt="xs" gap="xs">
                {QUARTER_ROUNDINGS.map((r) => (
                  <Radio key={r} value={r} label={t(`quarterRounding.${r}`)} />
                ))}
              </Stack>
            </Radio.Group>
            {num(
              t('contracts.basicCoverQuarters'),
              draft.basicCoverQuarters,
              (basicCoverQuarters) => set({ basicCoverQuarters }),
              err('/ergotherapie/basicCoverQuarters'),
              t('contracts.basicCoverHint'),
            )}
            <YesNoChoice
              label={t('contracts.countIndirectMinutes')}
              value={draft.countIndirectMinutes}
              onChange={(countIndirectMinutes) => set({ countIndirectMinutes })}
            />
            <YesNoChoice
              label={t('contracts.screeningCountsAgainstCover')}
              value={draft.screeningCountsAgainstCover}
              onChange={(screeningCountsAgainstCover) => set({ screeningCountsAgainstCover })}
            />
            <Title order={4}>{t('contracts.codesAndTariffs')}</Title>
            {fieldError(props.error, '/ergotherapie/codes', t) && (
              <Text c="red.8" size="sm">
                {fieldError(props.error, '/ergotherapie/codes', t)}
              </Text>
            )}
            {CODED_CONTACT_TYPES.map((type) => (
              <div key={type}>
                {codeRow(
                  t(`ergoContactType.${type}`),
                  draft.codes[type],
                  (row) => set({ codes: { ...draft.codes, [type]: row } }),
                  t('contracts.tariffPerQuarter'),
                )}
              </div>
            ))}
            <Title order={4}>{t('ergoContactType.groepszitting')}</Title>
            {draft.groups.length === 0 && <Text size="sm">{t('contracts.noGroups')}</Text>}
            {draft.groups.map((g, i) => (
              <Fieldset key={i} legend={t('contracts.groupRow', { n: i + 1 })} variant="unstyled">
                <Group align="flex-start" gap="sm">
                  {[
                    ['size', t('contracts.groupFrom')],
                    ['maxSize', t('contracts.groupUntil')],
                  ].map(([field, label]) => (
                    <NumberInput
                      key={field}
                      label={label}
                      value={g[field as 'size' | 'maxSize']}
                      onChange={(v) =>
                        set({ groups: draft.groups.map((x, j) => (j === i ? { ...x, [field as string]: v } : x)) })
                      }
                      min={2}
                      allowDecimal={false}
                      w={110}
                      error={field === 'maxSize' ? err(`/ergotherapie/groupCodes/${i}/maxSize`) : undefined}
                    />
                  ))}
                </Group>
                {codeRow(
                  t('contracts.groupCode'),
                  g,
                  (row) => set({ groups: draft.groups.map((x, j) => (j === i ? { ...x, ...row } : x)) }),
                  t('contracts.tariffPerQuarter'),
                )}
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => set({ groups: draft.groups.filter((_, j) => j !== i) })}
                >
                  {t('contracts.remove')}
                </Button>
              </Fieldset>
            ))}
            <Group>
              <Button
                variant="default"
                onClick={() => set({ groups: [...draft.groups, { size: '', maxSize: '', code: '', euro: '' }] })}
              >
                {t('contracts.addGroup')}
              </Button>
            </Group>
            <Title order={4}>{t('contracts.surcharges')}</Title>
            {ERGO_SURCHARGES.map((s) => (
              <div key={s}>
                {codeRow(
                  t(`ergoSurcharge.${s}`),
                  draft.surcharges[s],
                  (row) => set({ surcharges: { ...draft.surcharges, [s]: row } }),
                  t('contracts.tariffPerOccasion'),
                )}
              </div>
            ))}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('contracts.insurance')}>
          <Stack>
            <EuroInput
              label={t('contracts.eigenRisico')}
              value={draft.eigenRisicoEuro}
              onChange={(eigenRisicoEuro) => set({ eigenRisicoEuro })}
              error={err('/eigenRisico/amountCents')}
              required
              w={220}
            />
            <Title order={4}>{t('contracts.policies')}</Title>
            {draft.policies.length === 0 && <Text size="sm">{t('contracts.noPolicies')}</Text>}
            {draft.policies.map((p, i) => {
              const change = (c: Partial<(typeof draft.policies)[number]>) =>
                set({ policies: draft.policies.map((x, j) => (j === i ? { ...x, ...c } : x)) });
              return (
                <Fieldset key={i} legend={t('contracts.policyRow', { n: i + 1 })} variant="unstyled">
                  <Stack gap="xs">
                    <Group align="flex-start" gap="sm">
                      <TextInput
                        label={t('contracts.uzovi')}
                        value={p.uzovi}
                        onChange={(e) => change({ uzovi: e.currentTarget.value })}
                        inputMode="numeric"
                        maxLength={4}
                        w={110}
                      />
                      <TextInput
                        label={t('contracts.policyName')}
                        value={p.name}
                        onChange={(e) => change({ name: e.currentTarget.value })}
                        maxLength={200}
                      />
                    </Group>
                    {num(
                      t('contracts.extraQuarters'),
                      p.extraQuarters,
                      (extraQuarters) => change({ extraQuarters }),
                      err(`/supplementaryPolicies/${i}/ergotherapieExtraQuarters`),
                    )}
                    <YesNoChoice
                      label={t('contracts.coversVaktherapie')}
                      value={p.coversVaktherapie}
                      onChange={(coversVaktherapie) => change({ coversVaktherapie })}
                    />
                    <Group>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => set({ policies: draft.policies.filter((_, j) => j !== i) })}
                      >
                        {t('contracts.remove')}
                      </Button>
                    </Group>
                  </Stack>
                </Fieldset>
              );
            })}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  set({
                    policies: [...draft.policies, { id: '', uzovi: '', name: '', extraQuarters: '', coversVaktherapie: '' }],
                  })
                }
              >
                {t('contracts.addPolicy')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('contracts.wlz')}>
          <Stack>
            <Group align="flex-start" gap="sm">
              <TextInput
                label={t('contracts.wlzCode')}
                description={t('contracts.optional')}
                value={draft.wlzCode}
                onChange={(e) => set({ wlzCode: e.currentTarget.value })}
                maxLength={10}
                w={150}
              />
              <EuroInput
                label={t('contracts.wlzTariff')}
                description={t('contracts.optional')}
                value={draft.wlzEuro}
                onChange={(wlzEuro) => set({ wlzEuro })}
                error={err('/wlz/dagbestedingTariffCents')}
                w={190}
              />
            </Group>
            {num(
              t('contracts.minMinutesPerDagdeel'),
              draft.minMinutesPerDagdeel,
              (minMinutesPerDagdeel) => set({ minMinutesPerDagdeel }),
              err('/wlz/minMinutesPerDagdeel'),
            )}
          </Stack>
        </Fieldset>

        {missing.length > 0 && (
          <Alert color="red" title={t('contracts.missingTitle')} role="alert">
            {missing.map((key) => t(key)).join(', ')}
          </Alert>
        )}
        <ProblemAlert error={props.error} />
        <Group>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t('admin.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
