import { MonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

interface MonthFieldProps {
  label: string;
  /** YYYY-MM */
  value: string;
  onChange: (value: string) => void;
  w?: number | string;
  mt?: string;
}

/** A month picked from a calendar of months in the language of the screen ("oktober 2026"); the value stays YYYY-MM. */
export function MonthField({ value, onChange, ...props }: MonthFieldProps) {
  const { t } = useTranslation();
  return (
    <MonthPickerInput
      {...props}
      value={`${value}-01`}
      onChange={(next) => next && onChange(next.slice(0, 7))}
      valueFormat="MMMM YYYY"
      popoverProps={{ withinPortal: true }}
      ariaLabels={{
        previousYear: t('date.previousYear'),
        nextYear: t('date.nextYear'),
        previousDecade: t('date.previousDecade'),
        nextDecade: t('date.nextDecade'),
      }}
    />
  );
}
