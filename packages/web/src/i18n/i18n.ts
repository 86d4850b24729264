import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl, type MessageKey } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'meedoen.language';

// Dutch comes with the app's shell; English is a chunk of its own, loaded once someone chooses it (issue 16:
// initial JavaScript ≤ 250 kB gzip; every screen's texts are in these bundles, so they grow with the product).
const LOADERS: Record<Exclude<Language, 'nl'>, () => Promise<Record<MessageKey, string>>> = {
  en: async () => (await import('./en')).en,
};

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

async function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await LOADERS[language]());
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: 'nl',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

let wanted: Language = 'nl';

async function switchTo(language: Language): Promise<void> {
  wanted = language;
  await loadLanguage(language);
  // Two quick choices: the last one counts, also when the first one's texts arrive after it.
  if (wanted !== language) return;
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

/** Resolves once the language the user chose last time is ready; main.tsx renders after it (no Dutch flash). */
export const i18nReady: Promise<void> = switchTo(initialLanguage()).catch(() => switchTo('nl'));

export function changeLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  // Offline and English not loaded yet: the screen stays in the language it is in.
  void switchTo(language).catch(() => undefined);
}

export { i18n };
