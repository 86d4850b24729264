import { Alert, Checkbox, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErgoPreview } from '../../api/financing';

/**
 * Before an ergotherapie session is saved: whether it stays within the cover, or by how many quarters it goes
 * beyond it and how many become a self-pay line (issue 12; 004 L109-110). The therapist confirms; nothing is
 * pre-selected; the form does not save a self-paid session until the therapist has confirmed.
 */
export function ErgoCoverWarning({
  clientId,
  date,
  directMinutes,
  indirectMinutes,
  confirmed,
  onConfirm,
  missingConfirmation,
}: {
  clientId: string;
  date: string;
  directMinutes: number;
  indirectMinutes: number;
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
  missingConfirmation: boolean;
}) {
  const { t } = useTranslation();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && Number.isInteger(directMinutes) && directMinutes > 0;
  const preview = useErgoPreview(clientId, date, directMinutes, Math.max(0, indirectMinutes || 0), valid);
  if (!valid || !preview.data) return null;
  const p = preview.data;
  const over = p.aanvullend + p.eigen_betaling;
  if (p.eigen_betaling === 0 && over === 0)
    return (
      <Text size="sm" role="status">
        {t('ergoPreview.covered', { quarters: p.quarters })}
      </Text>
    );
  return (
    <Alert color="orange" title={t('ergoPreview.title')} role="alert">
      <Text size="sm">{t('ergoPreview.exceeds', { over: p.quarters - p.basis, selfPay: p.eigen_betaling })}</Text>
      {p.eigen_betaling > 0 && (
        <Checkbox
          mt="xs"
          label={t('ergoPreview.confirm')}
          checked={confirmed}
          onChange={(e) => onConfirm(e.currentTarget.checked)}
          error={missingConfirmation && !confirmed ? t('ergoPreview.confirmRequired') : undefined}
        />
      )}
    </Alert>
  );
}
