import { describe, expect, it } from 'vitest';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { signInAs } from './support/people.js';
import { samiraMeasured } from './support/samira-measured.js';
import { useServerAndBrowser } from './support/session.js';

/**
 * Issue 14: "Meting" on the work list opens the one due measurement — the ORS of today's session — as an empty form,
 * in one click; nothing clinical is chosen beforehand.
 */
describe.runIf(hasBrowser())('"Meting" opens the due questionnaire', () => {
  const env = useServerAndBrowser(async (server) => {
    await samiraMeasured(server.url);
  });

  it('from the work list, one click lands in the empty ORS of today’s session', async () => {
    const url = env.server().url;
    const lotte = await signInAs(env.browser(), url, 'lotte.hendriks@delinde.example');
    const card = lotte.getByRole('heading', { name: 'Metingen en signalen' });
    await card.waitFor();
    await lotte.getByRole('link', { name: /^Meting ORS van / }).click();
    expect(new URL(lotte.url()).searchParams.get('instrument')).toBe('ors');
    // The paper score of this occasion is open: four empty lines, and saving waits for all four.
    const first = lotte.getByLabel('Persoonlijk');
    await first.waitFor();
    expect(await first.inputValue()).toBe('');
    expect(await lotte.getByRole('button', { name: 'Score opslaan' }).isDisabled()).toBe(true);
    expect(await lotte.getByText('Deze meting staat niet meer open', { exact: false }).count()).toBe(0);
    await lotte.waitForFunction(() => !document.querySelector('.mantine-Loader-root'));
    expect(await seriousA11yViolations(lotte)).toEqual([]);
  });
});
