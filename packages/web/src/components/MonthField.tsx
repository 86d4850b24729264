import { MonthPickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DatesLocale } from './DatesLocale';

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
    <DatesLocale>
      <MonthPickerInput
        {...props}
        value={`${value}-01`}
        onChange={(next) => next && onChange(next.slice(0, 7))}
        valueFormat="MMMM YYYY"
        // No fade: a calendar half faded in has too little contrast (axe measured 4.15:1 mid-transition) and
        // adds nothing for the person picking a date.
        popoverProps={{ withinPortal: true, transitionProps: { duration: 0 } }}
        ariaLabels={{
          previousYear: t('date.previousYear'),
          nextYear: t('date.nextYear'),
          previousDecade: t('date.previousDecade'),
          nextDecade: t('date.nextDecade'),
        }}
      />
    </DatesLocale>
  );
}
