import { SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n/i18n';

/** Nederlands / English; on a phone the codes (NL / EN), so the header fits 390 px with sign-out in view. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language}
      onChange={(value) => changeLanguage(value as Language)}
      data={LANGUAGES.map((language) => ({
        value: language,
        label: (
          <>
            <Text span inherit visibleFrom="sm">
              {t(`language.${language}`)}
            </Text>
            <Text span inherit hiddenFrom="sm" lang={language}>
              {language.toUpperCase()}
            </Text>
          </>
        ),
      }))}
    />
  );
}
