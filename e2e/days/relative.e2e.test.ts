import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../support/browser.js';
import { dayWalk } from '../support/day-walk.js';
import { DAY_TIMEOUT } from './day-support.js';
import { signInAs } from '../support/people.js';
import { useServerAndBrowser } from '../support/session.js';

/**
 * Issue 14, "Done when": a relative reads what Henk shares with her, in plain words, and nothing more
 * (demo consent henk-greet: personalia, day activities and the plan parts Henk opened to a relative).
 */
describe.runIf(hasBrowser())('a relative’s visit', () => {
  const env = useServerAndBrowser();

  it(
    'Greet reads Henk’s dreams, what he likes and when he was there; his treatment and traffic light stay closed',
    async () => {
      const url = env.server().url;
      const walk = dayWalk('relative', { width: 1280, height: 800 });
      const page = await signInAs(env.browser(), url, 'greet.devries@delinde.example', { width: 1280, height: 800 });
      await walk.capture(page, 'start');

      await page.getByRole('link', { name: 'Mijn naaste' }).click();
      const henk = page.getByRole('region', { name: 'Henk de Vries' });
      await henk.getByText('Henk deelt gegevens met u. U mag meekijken, maar u beslist niet voor Henk.').waitFor();
      await henk.getByRole('heading', { name: 'Dit deelt Henk met u' }).waitFor();
      // The parts of the plan Henk opened to a relative, with their content.
      await henk.getByRole('region', { name: 'Dromen en wensen' }).getByText('Weer een beetje mezelf zijn.').waitFor();
      await henk.getByRole('region', { name: 'Waar Henk goed in is' }).waitFor();
      await henk.getByRole('region', { name: 'Wanneer Henk er was' }).waitFor();
      await walk.capture(page, 'what-henk-shares');
      // Nothing more: not his traffic light, not what he needs help with, no treatment.
      expect(await henk.getByRole('region', { name: 'Signaleringsplan (stoplicht)' }).count()).toBe(0);
      expect(await henk.getByRole('region', { name: 'Welke hulp Henk nodig heeft' }).count()).toBe(0);
      expect(await henk.getByText(/behandeling/i).count()).toBe(0);
      await henk.getByRole('region', { name: 'Wanneer Henk er was' }).scrollIntoViewIfNeeded();
      await walk.capture(page, 'when-henk-was-there');

      // The server agrees: the treatment is closed to her, and the refusal is logged.
      const clients = await page.request.get(`${url}/api/v1/clients`);
      const henkId = ((await clients.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
      expect((await page.request.get(`${url}/api/v1/clients/${henkId}/trajectories`)).status()).toBe(403);

      // She represents nobody: the proposals page says so, without telling her she is a legal representative.
      await page.getByRole('link', { name: 'Voorstellen voor wie ik vertegenwoordig' }).click();
      await page.getByText('U vertegenwoordigt nu niemand in Meedoen.').waitFor();
      expect(await page.getByText('U bent wettelijk vertegenwoordiger', { exact: false }).count()).toBe(0);
      await walk.capture(page, 'proposals-none');

      expect(walk.problems).toEqual({});
    },
    DAY_TIMEOUT,
  );
});
