import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The 10-cm line as a touch slider: 0-100 in steps of 1 across the full width, a 48 px touch target, arrow
 * keys, the value in words for screen readers and no number on screen (the paper line shows none). Until it
 * is touched it has no value, so an untouched line never counts as 0 or 50. Child versions get faces.
 */
export function VasSlider({
  label,
  anchorLow,
  anchorHigh,
  value,
  onChange,
  faces,
}: {
  label: string;
  anchorLow: string;
  anchorHigh: string;
  value: number | null;
  onChange: (value: number) => void;
  faces: boolean;
}) {
  const { t } = useTranslation();
  const words =
    value === null
      ? t('vas.notYet')
      : value < 20
        ? t('vas.veryLow')
        : value < 40
          ? t('vas.low')
          : value < 60
            ? t('vas.middle')
            : value < 80
              ? t('vas.high')
              : t('vas.veryHigh');
  return (
    <div>
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
        <Text size="md">
          {faces && <span aria-hidden="true">☹️ </span>}
          {anchorLow}
        </Text>
        <Text size="md" ta="right">
          {anchorHigh}
          {faces && <span aria-hidden="true"> 🙂</span>}
        </Text>
      </Group>
      <input
        type="range"
        className={value === null ? 'vas-line vas-untouched' : 'vas-line'}
        min={0}
        max={100}
        step={1}
        value={value ?? 50}
        aria-label={label}
        aria-valuetext={words}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
        onPointerDown={(e) => onChange(Number(e.currentTarget.value))}
      />
      <Text size="sm" c={value === null ? 'dimmed' : undefined} aria-live="polite">
        {words}
      </Text>
    </div>
  );
}
