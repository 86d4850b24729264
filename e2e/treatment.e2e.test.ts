import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiAs } from './support/api.js';
import { hasBrowser, seriousA11yViolations } from './support/browser.js';
import { checkedIn, choose } from './support/forms.js';
import { signInAs } from './support/people.js';
import { kevinInPmt } from './support/kevin-in-pmt.js';
import { useServerAndBrowser } from './support/session.js';

const SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

describe.runIf(hasBrowser())('a vaktherapeut in the browser', () => {
  let kevinTrajectory = '';
  const env = useServerAndBrowser(async (server) => {
    kevinTrajectory = await kevinInPmt(server.url);
  });

  it('takes a referral to an agreed plan, records a group session and an evaluation with a decision', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'marieke.bos@delinde.example');
    await page.getByRole('link', { name: 'Mijn cliënten' }).click();
    await page.getByRole('link', { name: 'Vries, Henk de' }).click();
    await page.getByRole('link', { name: '+ Nieuwe verwijzing registreren' }).click();
    await page.getByRole('heading', { name: 'Verwijzing registreren' }).waitFor();
    await page.getByLabel('Naam verwijzer').fill('Annemiek de Wit, specialist ouderengeneeskunde');
    await page
      .getByLabel('Verwijsvraag / hulpvraag')
      .fill('Snel gefrustreerd sinds zijn CVA; kan PMT helpen spanning te reguleren?');
    // Discipline, source, kind of request and funding start empty: saving without them names each one.
    await page.getByRole('button', { name: 'Verwijzing registreren' }).click();
    await page.getByText('Kies of vul dit eerst in.').first().waitFor();
    expect(await page.getByText('Kies of vul dit eerst in.').count()).toBe(4);
    await choose(page, 'Discipline', 'Psychomotorische therapie');
    await choose(page, 'Verwezen door', 'regiebehandelaar');
    await choose(page, 'Soort vraag', 'behandeling');
    await choose(page, 'Financiering', 'Wlz (Wet langdurige zorg)');
    await choose(page, 'Behandelaar', 'Marieke Bos');
    await choose(page, 'Regiebehandelaar', /Annemiek de Wit/);
    await page.getByRole('button', { name: 'Verwijzing registreren' }).click();

    await page.getByRole('button', { name: 'Intake starten' }).click();
    await page.getByRole('heading', { name: 'Besluit over aanname' }).waitFor();
    await page.getByLabel('Redenen').fill('Hulpvraag past bij PMT; gemotiveerd; geen contra-indicaties.');
    // Nothing is pre-selected (issue 14): without an answer the decision is not recorded.
    const acceptance = page.getByRole('radiogroup', { name: /Aangenomen\?/ });
    expect(await checkedIn(acceptance)).toEqual([]);
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText('Kies een antwoord; niets is vooraf ingevuld.').waitFor();
    await acceptance.getByLabel('Ja').check();
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByRole('heading', { name: 'Indicatie' }).waitFor();
    await choose(page, 'Eerst aan te pakken', 'arousal');
    await page.getByLabel('Onderbouwing').fill('Eerst arousalregulatie.');
    await page.getByRole('button', { name: 'Vastleggen' }).nth(1).click();

    await page.getByRole('heading', { name: 'Behandeldoelen' }).waitFor();
    await page.getByLabel('Doel 1').fill('Herkent oplopende spanning en ontlaadt die zonder agressie.');
    for (const [level, text] of [
      ['-2', 'Slaat bij frustratie'],
      ['-1', 'Benoemt spanning achteraf'],
      ['0', 'Vraagt zelf om pauze'],
      ['1', 'Doet zelf een oefening'],
      ['2', 'Voorkomt escalatie zonder hulp'],
    ]) {
      await page.getByLabel(`Niveau ${level}`, { exact: true }).fill(text ?? '');
    }
    // The live T-score at the baseline level (−2, weight 1) follows core's formula: 50 + 10·(−2)/√(0.7+0.3) = 30.
    await page.getByText('T-score bij de start (beginniveaus): 30.00').waitFor();
    await page.getByRole('button', { name: 'Subdoel toevoegen aan doel 1' }).click();
    await page.getByLabel('Subdoel 1.1').fill('Doet elke sessie zelf een ademhalingsoefening als de spanning oploopt.');
    await page.getByRole('button', { name: 'Doelen opslaan' }).click();

    // The plan shows live which of the ten parts are still missing (core's rule, as the server applies it).
    await page.getByRole('heading', { name: 'Behandelplan' }).waitFor();
    await page.getByText('Nog nodig:').waitFor();
    const fill: [string, string][] = [
      ['Visie van de cliënt op de problemen', 'Ik word gek van mezelf.'],
      ['Reden voor deze vaktherapie', 'Sporten hielp vroeger.'],
      ['Hulpvraag', 'Rustiger worden.'],
      ['Verwachting', 'Minder ruzie.'],
      ['Aard van de problematiek', 'Verhoogde arousal na CVA.'],
      ['Instandhoudende factoren', 'Afasie.'],
      ['Conclusie intake en diagnostiek', 'PMT geïndiceerd.'],
      ['Werkwijze', 'Individueel en in de groep'],
      ['Geplande activiteiten', 'Balspel, ademhaling'],
      ['Periode', '12 weken'],
      ['Frequentie', 'wekelijks'],
      ['Afspraken en bijzonderheden', 'Dinsdagochtend'],
      ['Geschatte duur', '12 weken'],
      ['Opmerkingen', 'Geen'],
    ];
    for (const [label, value] of fill) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel('Start', { exact: true }).fill('2026-11-24');
    await page.getByLabel('Volgende evaluatiedatum', { exact: true }).fill('2027-01-05');
    await page.getByText('Alle onderdelen zijn ingevuld.').waitFor();
    await page.getByRole('button', { name: 'Nieuwe planversie opslaan' }).click();
    await page.getByLabel('Eerste evaluatie').fill('2027-01-05');
    await page.getByLabel('Hoe evalueren we?').fill('Mondeling met meneer en zijn vrouw; GAS');
    await page.getByRole('button', { name: 'Vastleggen' }).last().click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}treatment-plan.png`, fullPage: false });
    await page.getByRole('button', { name: 'Cliënt stemt in met versie 1' }).click();
    await page.getByText('in behandeling', { exact: true }).waitFor();

    // A group session with Kevin, documented once.
    await choose(page, 'Vorm', 'groep');
    await choose(page, 'Setting', 'instelling');
    await page.getByLabel('Minuten direct').fill('75');
    await page.getByLabel('Wat is er gedaan').fill('Samenwerkingsspel met ballen');
    await page.getByLabel('Kevin Mulder').check();
    await page.getByRole('button', { name: 'Sessie opslaan' }).click();
    await page.getByText(/· 1 sessie\(s\) ·/).waitFor();
    const kevin = await (
      await apiAs(env.server().url, 'marieke.bos@delinde.example')
    )<{ sessions: { form: string; groupSessionId: string | null }[] }>('GET', kevinTrajectory);
    expect(kevin.sessions).toMatchObject([{ form: 'groep', groupSessionId: expect.any(String) }]);

    // The evaluation: process items, a GAS level with its live T-score, discussed, one decision.
    for (const label of [
      'Afstemming therapeut–cliënt',
      'Aansluiting op de hulpvraag',
      'Aansluiting op kenmerken van de cliënt',
      'Keuze individueel of groep',
      'Keuze voor deze vaktherapie',
    ]) {
      await page.getByLabel(label).fill('Goed');
    }
    // No GAS level and no decision pre-selected (issue 14): the therapist chooses both.
    await page.getByText('Nog geen GAS T-score.').waitFor();
    const decision = page.getByRole('radiogroup', { name: /Besluit/ });
    expect(await checkedIn(decision)).toEqual([]);
    await choose(page, 'Resultaat: Herkent oplopende spanning en ontlaadt die zonder agressie.', /^0: /);
    await page.getByText('GAS T-score: 50.00').waitFor();
    await page.getByLabel('Tevredenheid van de cliënt').fill('Meneer is tevreden.');
    await page.getByLabel('Besproken met de cliënt').check();
    await page.getByLabel('3 continueren').check();
    await page.getByLabel('Volgende evaluatie').fill('2027-02-16');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await page.getByText(/1 evaluatie\(s\)/).waitFor();
    await page.getByText('2 doel(en) · 1 planversie(s) · 1 sessie(s) · 1 evaluatie(s)').waitFor();

    // The closing report preview is generated by the server; advice written here shows in it (and in the PDF).
    const preview = page.getByRole('region', { name: 'Afsluitverslag: voorbeeld' });
    await preview.getByText('Aan: Annemiek de Wit, specialist ouderengeneeskunde').waitFor();
    await preview.getByText(/Herkent oplopende spanning.*— niveau 0/).waitFor();
    await preview.getByText('laatste besluit: continueren op hetzelfde niveau', { exact: false }).waitFor();
    await page.getByLabel('Advies', { exact: true }).fill('PMT-oefeningen thuis blijven doen met zijn vrouw.');
    await page.getByLabel('Terugvalpreventie', { exact: true }).fill('Signalen van spanning staan in zijn signaleringsplan.');
    await page.getByRole('button', { name: 'Opslaan voor het afsluitverslag' }).click();
    await preview.getByText('PMT-oefeningen thuis blijven doen met zijn vrouw.').waitFor();
    await preview.getByRole('link', { name: 'Afsluitverslag (PDF)' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Back on the record, the treatment shows its latest score.
    await page.getByRole('link', { name: 'Henk de Vries' }).click();
    await page
      .getByRole('region', { name: 'Behandeling' })
      .getByText(/^GAS T-score 50\.0 \(evaluatie/)
      .waitFor();
  });

  it('lets the regiebehandelaar record an MDO meeting, whose decision then shows with the treatment', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'annemiek.dewit@delinde.example');
    await page.getByRole('link', { name: 'MDO-overleg' }).click();
    await page.getByRole('heading', { name: 'Multidisciplinair overleg (MDO)' }).waitFor();
    await page.getByLabel('Henk de Vries · Psychomotorische therapie besproken').check();
    await page.getByLabel('Besluit voor Henk de Vries').fill('PMT voortzetten; over zes weken opnieuw evalueren.');
    await page.getByRole('combobox', { name: 'Deelnemers' }).fill('Marieke Bos');
    await page.getByRole('combobox', { name: 'Deelnemers' }).press('Enter');
    await page.getByRole('combobox', { name: 'Deelnemers' }).press('Escape');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}mdo.png`, fullPage: false });
    await page.getByRole('button', { name: 'MDO vastleggen (1)' }).click();
    await page.getByText('MDO vastgelegd voor 1 behandeling(en).').waitFor();

    await page.getByRole('link', { name: 'Behandeling van Henk de Vries openen' }).click();
    const decisions = page.getByRole('region', { name: 'Besproken in het MDO' });
    await decisions.getByText(/PMT voortzetten; over zes weken opnieuw evalueren\./).waitFor();
    await decisions.getByText(/met Annemiek de Wit \(specialist ouderengeneeskunde\), Marieke Bos/).waitFor();

    // The MDO list across her clients reads the meeting back, with the decision per person.
    await page.getByRole('link', { name: 'MDO-overleg' }).click();
    const earlier = page.getByRole('region', { name: 'Eerdere MDO’s over mijn cliënten' });
    const meeting = earlier.getByRole('article').filter({ hasText: 'PMT voortzetten; over zes weken opnieuw evalueren.' });
    await meeting.getByRole('link', { name: 'Henk de Vries · Psychomotorische therapie' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('records the parents’ consent for a child of 9 and closes a diagnostics-only referral with a report to the referrer', async () => {
    const page = await signInAs(env.browser(), env.server().url, 'anouk.vermeulen@delinde.example');
    await page.getByRole('link', { name: 'Mijn cliënten' }).click();
    await page.getByRole('link', { name: 'Visser, Daan' }).click();
    await page.getByRole('link', { name: '+ Nieuwe verwijzing registreren' }).click();
    await choose(page, 'Discipline', 'Speltherapie');
    await choose(page, 'Verwezen door', 'huisarts / POH-GGZ');
    await choose(page, 'Soort vraag', 'alleen diagnostiek');
    await choose(page, 'Financiering', 'Jeugdwet');
    await page.getByLabel('Naam verwijzer').fill('Huisarts Dalfsen');
    await page.getByLabel('Verwijsvraag / hulpvraag').fill('Wat speelt er bij Daan sinds de scheiding? Graag een advies.');
    await choose(page, 'Behandelaar', 'Anouk Vermeulen');
    await choose(page, 'Regiebehandelaar', /Pieter van Dijk/);
    await page.getByRole('button', { name: 'Verwijzing registreren' }).click();

    // Under 16 the parents consent first (001 L1579): the form is offered, the intake waits for it.
    await page.getByRole('heading', { name: 'Toestemming ouders' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Marloes Visser');
    await page.getByRole('button', { name: 'Vastleggen' }).first().click();
    await page.getByText(/^Toestemming van ouder Marloes Visser op/).waitFor();
    await page.getByRole('button', { name: 'Intake starten' }).click();
    await page.getByLabel('Redenen').fill('Spelobservatie en gesprek met moeder passen bij de vraag.');
    await page
      .getByRole('radiogroup', { name: /Aangenomen\?/ })
      .getByLabel('Ja')
      .check();
    await page.getByRole('button', { name: 'Vastleggen' }).click();

    await page.getByLabel('Bevindingen').fill('In het spel veel thema’s van verlies; speelt vrij na drie sessies.');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page
      .getByLabel('Verslag', { exact: true })
      .fill('Daan verwerkt de scheiding in zijn spel; speltherapie niet nodig, wel ouderbegeleiding.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Verslag versturen en afsluiten' }).click();
    await page.getByText('diagnostiek afgerond', { exact: true }).waitFor();
    await page.getByText('Verslag verstuurd aan Huisarts Dalfsen').waitFor();
  });
});
