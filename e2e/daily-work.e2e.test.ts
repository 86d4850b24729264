import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { choose } from './support/forms.js';
import { signInAs } from './support/people.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe.runIf(hasBrowser())('day activities in the browser, as people do them', () => {
  const env = useServerAndBrowser();

  it('an activity supervisor does the roll call for a group of 22 at the door', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'sanne.peters@delinde.example');
    await page.getByRole('link', { name: 'Presentielijst' }).click();
    await page.getByRole('heading', { name: 'Presentielijst' }).waitFor();
    // The season's week of 23 November 2026 (fixed demo data; the page opens on today's week).
    await page.goto(`${env.server().url}/presentielijst?date=2026-11-24`);
    await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
    await page.getByText('22 nog niet ingevuld', { exact: false }).waitFor();
    // One tap per person saves at once; "Rest aanwezig" saves everyone not yet filled in.
    await page.getByRole('group', { name: 'Bianca Kuipers' }).getByRole('button', { name: 'Ziek' }).click();
    await page.getByRole('group', { name: 'Chris van Leeuwen' }).getByRole('button', { name: 'Afgemeld' }).click();
    await page.getByRole('button', { name: 'Rest aanwezig' }).click();
    await page.getByText('20 aanwezig · 1 afgemeld · 1 ziek · 0 niet gekomen · 0 nog niet ingevuld').waitFor();
    await page.getByText('Alles is opgeslagen.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}roll-call.png`, fullPage: true });

    // Her groups: the weekly schedule in words, place, occupancy, season and the offer behind it.
    await page.getByRole('link', { name: 'Groepen en roosters' }).click();
    const group = page.getByRole('article', { name: 'Houtwerkplaats De Spaander, di/do' });
    await group.getByText('dinsdag 09:30–15:30, donderdag 09:30–15:30').waitFor();
    await group.getByText('22 van 24 plekken bezet').waitFor();
    await group.getByText('Werkplaats De Spaander, Holtenbroek').waitFor();
    await group.getByText(/Begeleiding: .*Sanne Peters/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}groups.png`, fullPage: false });
    await page.goto(`${env.server().url}/presentielijst?date=2026-11-24`);
    // After a reload the roll call shows what was saved.
    await page.reload();
    await page.getByRole('button', { name: /24 nov.* · Houtwerkplaats/ }).click();
    await page.getByText('20 aanwezig · 1 afgemeld · 1 ziek').waitFor();
  });

  it('a job coach finds matching offers for Kevin, sees why, and records an unmet need', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'mohamed.bouzid@delinde.example');
    await page.getByRole('link', { name: 'Mijn cliënten' }).click();
    // Kevin's record: his day in view, his treatment kept apart and closed to a job coach.
    await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
    await page.getByRole('heading', { name: 'Daginvulling' }).waitFor();
    // The placement names its offer, its group and its form.
    await page.getByText(/^Houtwerkplaats De Spaander · .* · Arbeidsmatige dagbesteding · /).waitFor();
    await page.getByText('Behandelgegevens zijn alleen voor het behandelteam, of met toestemming van de cliënt.').waitFor();
    // The month in the financer's units, from the minutes: October 2026 touches 5 weeks of 4 dagdelen.
    // The month is picked from a Dutch calendar of months (not typed as 2026-10).
    await page.getByLabel('Maand').click();
    const year = page.getByRole('button', { name: /^\d{4}$/ });
    while (Number(await year.textContent()) > 2026) await page.getByRole('button', { name: 'Vorig jaar' }).click();
    await page.getByRole('button', { name: 'okt', exact: true }).click();
    expect(await page.getByLabel('Maand').textContent()).toBe('oktober 2026');
    await page.getByText(/^Houtwerkplaats De Spaander: \d+ minuten = \d+ dagdelen \(van 20 toegestaan\)$/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}client-record.png`, fullPage: false });
    await page.getByRole('link', { name: 'Passend aanbod voor Kevin' }).click();
    await page.getByRole('heading', { name: 'Passend aanbod', exact: true }).waitFor();
    await page.getByText(/passende plekken/).waitFor();
    const first = page.getByRole('heading', { level: 4 }).first();
    expect(await first.textContent()).toMatch(/^1\. /);
    expect(await page.getByText('Past bij de stap op de ladder die u wilt zetten.').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}matching.png`, fullPage: false });
    await page.getByLabel('Wat werd er gezocht?').fill('Leerwerkplek fietsenmaker met vaste begeleider');
    await page.getByLabel('Waar (wijk, reistijd)?').fill('Zwolle-Noord, hooguit 25 minuten');
    await page.getByLabel('Waarom paste niets?').fill('De enige leerwerkplek zit vol tot de zomer.');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('De onvervulde vraag is vastgelegd.').waitFor();
  });

  it('a professional searches the social map and sees stale entries marked', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'mohamed.bouzid@delinde.example');
    await page.getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('heading', { name: 'Sociale kaart' }).waitFor();
    await page.getByText(/^6\d plekken gevonden$/).waitFor();
    expect(await page.getByText(/^niet bevestigd sinds/).count()).toBeGreaterThan(0);
    await page.getByLabel('Zoeken', { exact: true }).fill('fietsen repareren');
    await page.getByRole('heading', { name: 'Fietsenwerkplaats Trapkracht' }).waitFor();
    await page.getByText(/^\d plekken gevonden$/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}social-map.png`, fullPage: false });

    // Filters narrow the list: only places without an indication and within a contribution of € 0.
    await page.getByLabel('Zoeken', { exact: true }).fill('');
    await page.getByText(/^6\d plekken gevonden$/).waitFor();
    await page.getByLabel('Eigen bijdrage hooguit (per maand)').fill('0');
    await page.getByLabel('rolstoeltoegankelijk', { exact: true }).check();
    const narrowed = page.getByText(/^[1-5]?\d plekken gevonden$/);
    await narrowed.waitFor();
    expect(await page.getByText(/^eigen bijdrage €/).count()).toBe(0);

    // An offer in plain language.
    await page.getByLabel('Zoeken', { exact: true }).fill('fietsen repareren');
    await page.getByLabel('Eigen bijdrage hooguit (per maand)').fill('');
    await page.getByLabel('rolstoeltoegankelijk', { exact: true }).uncheck();
    await page.getByRole('link', { name: 'Fietsenwerkplaats Trapkracht' }).click();
    await page.getByRole('heading', { name: 'Fietsenwerkplaats Trapkracht', level: 2 }).waitFor();
    await page.getByText('Fietsen opknappen en verkopen; je leert het vak stap voor stap.').waitFor();
    for (const heading of ['Voor wie?', 'Wat kun je hier leren?', 'Wanneer?', 'Waar?', 'Hoe kom je erin?'])
      await page.getByRole('heading', { name: heading }).waitFor();
    await page.getByText('fietstechniek').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}offer.png`, fullPage: false });
  });

  it('a client chooses who may know what of his plan', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'kevin.mulder@delinde.example');
    await page.getByRole('link', { name: 'Mijn plan' }).click();
    await page.getByRole('heading', { name: 'Mijn plan' }).waitFor();
    // Who may know what (003 L1912-1915): his supervisor at work knows what he is good at, not his traffic light.
    await page.getByRole('button', { name: /^Mijn werkbegeleider/ }).click();
    const supervisor = page.getByRole('region', { name: /^Mijn werkbegeleider/ });
    await supervisor.getByRole('checkbox', { name: 'Waar ik goed in ben' }).waitFor();
    expect(await supervisor.getByRole('checkbox', { name: 'Waar ik goed in ben' }).isChecked()).toBe(true);
    expect(await supervisor.getByRole('checkbox', { name: 'Mijn stoplicht' }).isChecked()).toBe(false);
    await supervisor.getByRole('checkbox', { name: 'Mijn plek op de ladder' }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Uw plan is opgeslagen.').waitFor();
  });

  it('a client edits his own participation plan and sees who viewed his file', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'kevin.mulder@delinde.example');
    await page.getByRole('link', { name: 'Mijn plan' }).click();
    await page.getByRole('heading', { name: 'Mijn plan' }).waitFor();
    const dreams = page.getByLabel('Waar droomt u van?');
    await dreams.fill('Fietsenmaker worden en later een eigen werkplaats.');
    await page.getByRole('button', { name: 'Doel: trede 5, betaald werk met hulp' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}participation-plan.png`, fullPage: false });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Uw plan is opgeslagen.').waitFor();
    await page.reload();
    await page.getByLabel('Waar droomt u van?').waitFor();
    expect(await page.getByLabel('Waar droomt u van?').inputValue()).toBe('Fietsenmaker worden en later een eigen werkplaats.');

    // His portfolio: a certificate with a photo, saved at once and still there after a reload.
    await page.getByLabel('Wat is het?').fill('Certificaat fietstechniek niveau 1');
    await choose(page, 'Soort', 'certificaat of diploma');
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel('Foto of PDF (mag leeg blijven)').click();
    await (await chooser).setFiles({ name: 'certificaat.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
    await page.getByRole('button', { name: 'Toevoegen en opslaan' }).click();
    await page.getByText('Uw plan is opgeslagen.').waitFor();
    await page.reload();
    const certificate = page.getByRole('link', { name: 'Bestand bij Certificaat fietstechniek niveau 1 openen' });
    await certificate.waitFor();
    const file = await page.request.get(`${env.server().url}${await certificate.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/png');

    // He decides who may look along: he lets the ergotherapist see his plan, then stops it again.
    await page.getByRole('link', { name: 'Wie mag meekijken' }).click();
    await page.getByRole('heading', { name: 'Wie mag meekijken?' }).waitFor();
    await page
      .getByRole('article', { name: 'Gerrit Post' })
      .getByText('Mag zien: uw naam, geboortedatum en waar u woont, uw plan voor werk en meedoen, alleen de delen die u deelt')
      .waitFor();
    await choose(page, 'Wie?', /^Fatima Yilmaz/);
    await page.getByLabel('uw plan voor werk en meedoen, alleen de delen die u deelt').check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}consent.png`, fullPage: false });
    await page.getByRole('button', { name: 'Toestemming geven' }).click();
    await page.getByText('Fatima Yilmaz mag nu meekijken.').waitFor();
    await page.getByRole('button', { name: 'Stoppen met meekijken door Fatima Yilmaz' }).click();
    await page.getByLabel('Waarom stopt u? (mag leeg blijven)').fill('Ik wil dit toch niet.');
    await page.getByRole('button', { name: 'Ja, Fatima Yilmaz mag niet meer meekijken' }).click();
    await page.getByRole('heading', { name: 'Eerder' }).waitFor();
    await page.getByText(/^Fatima Yilmaz: uw plan.*gestopt op/).waitFor();

    await page.getByRole('link', { name: 'Wie keek in mijn dossier' }).click();
    await page.getByRole('heading', { name: 'Wie keek in mijn dossier' }).waitFor();
    // The supervisor's roll call and the job coach's search earlier today are in the list.
    await page.getByRole('cell', { name: 'Sanne Peters' }).first().waitFor();
    await page.getByRole('cell', { name: 'Mohamed Bouzid' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'Hoort bij uw zorgteam' }).count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}access-log.png`, fullPage: false });
  });

  it('an administrator sees on the record who viewed it, without seeing the care itself', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'bram.willems@delinde.example');
    await page.getByRole('link', { name: 'Mijn cliënten' }).click();
    await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
    const viewed = page.getByRole('region', { name: 'Wie keek in dit dossier' });
    await viewed.getByRole('cell', { name: 'Kevin Mulder' }).first().waitFor();
    // Older accesses are a click away: the supervisor's roll call this morning.
    while ((await viewed.getByRole('cell', { name: 'Sanne Peters' }).count()) === 0)
      await viewed.getByRole('button', { name: /^Nog \d+ tonen$/ }).click();
    expect(await viewed.getByRole('cell', { name: 'zorgteam' }).count()).toBeGreaterThan(0);
    await page
      .getByRole('region', { name: 'Behandeling' })
      .getByText('Behandelgegevens zijn alleen voor het behandelteam, of met toestemming van de cliënt.')
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a care coordinator records the half-yearly evaluation of Kevin’s day activities', async () => {
    const ingrid = await apiAs(env.server().url, 'ingrid.meijer@delinde.example');
    type Due = { clientName: string; due: string; reason: string }[];
    const dueFor = async () =>
      (await ingrid<Due>('GET', '/day-evaluations/due?withinDays=365')).find((d) => d.clientName === 'Kevin Mulder');
    const before = await dueFor();
    expect(before).toBeDefined();

    const page = await signInAs(env.browser(), env.server().url, 'ingrid.meijer@delinde.example');
    await page.getByRole('link', { name: 'Mijn cliënten' }).click();
    await page.getByRole('link', { name: 'Mulder, Kevin' }).click();
    await page.getByRole('link', { name: 'Evaluatie daginvulling vastleggen' }).click();
    await page.getByRole('heading', { name: 'Evaluatie daginvulling: Kevin Mulder' }).waitFor();
    await page.getByLabel('Past wat Kevin doet bij wat hij of zij wil?').fill('Ja, hij werkt graag met hout en fietsen.');
    await page
      .getByLabel('Past het niveau: niet te zwaar, niet te licht?')
      .fill('Het werk wordt te makkelijk; hij wil meer verantwoordelijkheid.');
    await page.getByLabel('Waar staat Kevin in meedoen?').fill('Klaar voor een leerwerkplek buiten de zorg.');
    await choose(page, 'Trede op de participatieladder nu', '4 · vrijwilligerswerk');
    await page
      .getByLabel('Afspraken voor de komende periode')
      .fill('Mohamed zoekt met Kevin een leerwerkplek in een fietsenwinkel.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await page.getByText('De evaluatie van Kevin is vastgelegd.').waitFor();

    // The next evaluation now counts from today (or the end of his indication), no longer from his start.
    const after = await dueFor();
    expect(after?.due).not.toBe(before?.due);
  });
});
