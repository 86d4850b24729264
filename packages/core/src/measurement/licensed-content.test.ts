import { describe, expect, it } from 'vitest';
import { GAS } from './instruments/gas.js';
import { MANSA } from './instruments/mansa.js';
import { ORS } from './instruments/ors-family.js';
import { WAV12, WAV12_ITEM_IDS } from './instruments/wav12.js';
import { ZRM } from './instruments/zrm.js';
import { validateLicensedContent, type ScoringKey } from './licensed-content.js';
import { content, placeholderLanguage } from './testing/measurement-fixtures.js';

const ORS_IDS = ORS.items.map((i) => i.id);
const pairs = (v: { code: string; path: string }[]) => v.map((x) => [x.code, x.path]);
const sevenOptions = Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), `option ${n}`]));

describe('licensed content loaded by the organisation', () => {
  it('accepts texts for every item in each language', () => {
    expect(validateLicensedContent(ORS, content('ors', ORS_IDS))).toEqual([]);
    const twoLanguages = content('ors', ORS_IDS, {
      languages: { nl: placeholderLanguage(ORS_IDS), en: placeholderLanguage(ORS_IDS) },
    });
    expect(validateLicensedContent(ORS, twoLanguages)).toEqual([]);
  });

  it('names each missing, unknown or empty item by path', () => {
    const lang = placeholderLanguage(ORS_IDS);
    const { overall, ...three } = lang.items;
    expect(overall).toBeDefined();
    const broken = content('ors', ORS_IDS, {
      languages: { nl: { ...lang, items: { ...three, social: { text: '  ' }, mood: { text: 'x' } } } },
    });
    expect(pairs(validateLicensedContent(ORS, broken))).toEqual([
      ['measurement.content_item_unknown', '/languages/nl/items/mood'],
      ['measurement.content_text_missing', '/languages/nl/items/social/text'],
      ['measurement.content_item_missing', '/languages/nl/items/overall'],
    ]);
  });

  it('wants an edition, the copyright line, a title and at least one language', () => {
    const empty = content('ors', ORS_IDS, { edition: '', copyright: ' ', languages: {} });
    expect(pairs(validateLicensedContent(ORS, empty))).toEqual([
      ['measurement.content_text_missing', '/edition'],
      ['measurement.content_text_missing', '/copyright'],
      ['measurement.content_text_missing', '/languages'],
    ]);
    const noTitle = content('ors', ORS_IDS, { languages: { nl: { ...placeholderLanguage(ORS_IDS), title: '' } } });
    expect(pairs(validateLicensedContent(ORS, noTitle))).toEqual([['measurement.content_text_missing', '/languages/nl/title']]);
  });

  it('wants a text for every value of a Likert item (MANSA 1-7) and no unknown values', () => {
    const ids = MANSA.items.map((i) => i.id);
    const withOptions = placeholderLanguage(ids);
    const items = Object.fromEntries(
      MANSA.items.map((i) => [
        i.id,
        i.answer?.kind === 'likert' ? { text: `q ${i.id}`, options: sevenOptions } : { text: `q ${i.id}` },
      ]),
    );
    expect(validateLicensedContent(MANSA, content('mansa', ids, { languages: { nl: { ...withOptions, items } } }))).toEqual([]);
    const { '7': seven, ...sixOptions } = sevenOptions;
    expect(seven).toBe('option 7');
    const short = { ...items, item_1: { text: 'q', options: { ...sixOptions, '8': 'too far' } } };
    expect(
      pairs(validateLicensedContent(MANSA, content('mansa', ids, { languages: { nl: { ...withOptions, items: short } } }))),
    ).toEqual([
      ['measurement.content_text_missing', '/languages/nl/items/item_1/options/7'],
      ['measurement.content_item_unknown', '/languages/nl/items/item_1/options/8'],
    ]);
  });

  it('takes optional level texts for the ZRM criteria, only for levels 1-5', () => {
    const ids = ZRM.items.map((i) => i.id);
    const lang = placeholderLanguage(ids);
    const criteria = { ...lang, items: { ...lang.items, finances: { text: 'Financiën', options: { '1': 'c1', '6': 'c6' } } } };
    expect(pairs(validateLicensedContent(ZRM, content('zrm', ids, { languages: { nl: criteria } })))).toEqual([
      ['measurement.content_item_unknown', '/languages/nl/items/finances/options/6'],
    ]);
  });

  it('refuses content for GAS (the goals are the items) and content for another instrument', () => {
    expect(pairs(validateLicensedContent(GAS, content('gas', [])))).toEqual([
      ['measurement.content_not_applicable', '/instrumentId'],
    ]);
    expect(pairs(validateLicensedContent(ORS, content('srs', ORS_IDS)))).toEqual([
      ['measurement.content_not_applicable', '/instrumentId'],
    ]);
  });

  it('refuses a scoring key where the key ships (ORS), and requires one for the WAV-12', () => {
    const key: ScoringKey = { response: { min: 1, max: 5 }, reversedItems: [], subscales: {} };
    expect(pairs(validateLicensedContent(ORS, content('ors', ORS_IDS, { scoringKey: key })))).toEqual([
      ['measurement.content_key_invalid', '/scoringKey'],
    ]);
    expect(pairs(validateLicensedContent(WAV12, content('wav12', WAV12_ITEM_IDS)))).toContainEqual([
      'measurement.content_key_invalid',
      '/scoringKey',
    ]);
  });

  it('checks the WAV-12 key: a response scale, known items, known factors, each item in one factor', () => {
    const options = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), `o${n}`]));
    const lang = {
      ...placeholderLanguage(WAV12_ITEM_IDS),
      items: Object.fromEntries(WAV12_ITEM_IDS.map((id) => [id, { text: id, options }])),
    };
    const good: ScoringKey = {
      response: { min: 1, max: 5 },
      reversedItems: [],
      subscales: { bond: ['item_3', 'item_5'], goal: ['item_4'], task: ['item_1'] },
    };
    expect(
      validateLicensedContent(WAV12, content('wav12', WAV12_ITEM_IDS, { scoringKey: good, languages: { nl: lang } })),
    ).toEqual([]);
    const bad: ScoringKey = {
      response: { min: 5, max: 1 },
      reversedItems: ['item_13', 'item_2', 'item_2'],
      subscales: { bond: ['item_3'], goal: ['item_3'], respect: ['item_4'] },
    };
    expect(
      pairs(validateLicensedContent(WAV12, content('wav12', WAV12_ITEM_IDS, { scoringKey: bad, languages: { nl: lang } }))),
    ).toEqual([
      ['measurement.content_key_invalid', '/scoringKey/response'],
      ['measurement.content_key_invalid', '/scoringKey/reversedItems/0'],
      ['measurement.content_key_invalid', '/scoringKey/reversedItems/2'],
      ['measurement.content_key_invalid', '/scoringKey/subscales/goal/0'],
      ['measurement.content_key_invalid', '/scoringKey/subscales/respect'],
    ]);
  });

  it('wants answer texts for the WAV-12 response scale the key defines', () => {
    const key: ScoringKey = { response: { min: 1, max: 5 }, reversedItems: [], subscales: {} };
    const found = validateLicensedContent(WAV12, content('wav12', WAV12_ITEM_IDS, { scoringKey: key }));
    expect(found).toHaveLength(12 * 5);
    expect(found[0]).toMatchObject({ code: 'measurement.content_text_missing', path: '/languages/nl/items/item_1/options/1' });
  });
});
