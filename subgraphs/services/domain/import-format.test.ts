import { describe, expect, it } from 'vitest';
import { parseImportDocument } from './import-format.ts';
import { parseServiceInput } from './service-input.ts';

describe('parseImportDocument', () => {
  it('turns CPSV-AP names and language maps into service input, channels first', () => {
    const parsed = parseImportDocument({
      format: 'psg-catalogue/1',
      publisher: 'PMLP',
      services: [{ identifier: 'PMLP-A', status: 'published', name: { lv: 'A', en: 'A en' }, keyword: { lv: ['x', 'y'] }, hasCost: [{ value: 5, ifAccessedThrough: 'E_SERVICE' }], hasChannel: [{ identifier: 'C-1' }] }],
      channels: [{ identifier: 'C-1', type: 'WEB_PAGE', name: { lv: 'Lapa' }, url: 'https://www.pmlp.gov.lv' }],
    });
    expect('items' in parsed).toBe(true);
    if (!('items' in parsed)) return;
    const [channel, service] = parsed.items;
    expect(channel).toMatchObject({ itemType: 'CHANNEL', code: 'C-1', input: { code: 'C-1', ownerCode: 'PMLP', type: 'WEB_PAGE', name: [{ language: 'lv', value: 'Lapa' }] } });
    expect(service).toMatchObject({ itemType: 'SERVICE', code: 'PMLP-A', sourceId: 'PMLP-A', status: 'PUBLISHED', problems: [] });
    expect(service.input).toEqual({
      code: 'PMLP-A', holderCode: 'PMLP', name: [{ language: 'lv', value: 'A' }, { language: 'en', value: 'A en' }],
      keywords: [{ language: 'lv', value: 'x' }, { language: 'lv', value: 'y' }], costs: [{ amount: 5, channelType: 'E_SERVICE' }], channels: [{ channelCode: 'C-1' }],
    });
    // The translated item is valid input for the service command.
    expect('patch' in parseServiceInput(service.input)).toBe(true);
  });

  it('takes the SDG Art. 10 fields: rules (follows), languages, payment and identification means, a deep link per channel', () => {
    const parsed = parseImportDocument({
      format: 'psg-catalogue/1', publisher: 'PMLP',
      services: [{ identifier: 'PMLP-B', follows: [{ title: { lv: 'Kārtība' }, url: 'https://www.pmlp.gov.lv/k' }], language: ['lv', 'en'], paymentMethod: ['CASH'],
        identificationMeans: ['EID_CARD'], noRequirements: true, hasChannel: [{ identifier: 'C-1', url: 'https://www.latvija.lv/lv/pakalpojumi/b' }] }],
    });
    if (!('items' in parsed)) throw new Error('expected items');
    const parsedInput = parseServiceInput(parsed.items[0].input);
    if (!('patch' in parsedInput)) throw new Error(JSON.stringify(parsedInput.problems));
    expect(parsedInput.patch.fields).toMatchObject({ rules: [{ title: { lv: 'Kārtība' }, url: 'https://www.pmlp.gov.lv/k' }], procedureLanguages: ['lv', 'en'], paymentMethods: ['CASH'], identificationMeans: ['EID_CARD'], noRequirements: true });
    expect(parsedInput.patch.channels).toMatchObject([{ channelCode: 'C-1', url: 'https://www.latvija.lv/lv/pakalpojumi/b' }]);
  });

  it('keeps a problem with its item and names the path', () => {
    const parsed = parseImportDocument({ format: 'psg-catalogue/1', services: [{ name: 'not a map', hasCost: {}, status: 'live', colour: 1 }] });
    if (!('items' in parsed)) throw new Error('expected items');
    expect(parsed.items[0].problems.map((p) => p.path)).toEqual(['name', 'hasCost', 'colour', 'sourceId', 'status']);
  });

  it('refuses a document it cannot read at all', () => {
    expect(parseImportDocument(null)).toHaveProperty('problems');
    expect(parseImportDocument({ format: 'psg-catalogue/1', extra: true })).toEqual({ problems: [{ path: 'extra', message: expect.stringContaining('not a field') }] });
  });
});

describe('parseServiceInput', () => {
  it('keeps only the fields given, and null clears', () => {
    const parsed = parseServiceInput({ summary: null, processingTime: 'P3D' });
    expect(parsed).toEqual({ patch: { code: undefined, holderCode: undefined, fields: { summary: null, processingTime: 'P3D' }, channels: undefined, given: ['summary', 'processingTime'] } });
  });
  it('refuses to clear what a service must have', () => {
    expect(parseServiceInput({ name: null })).toEqual({ problems: [{ path: 'name', message: 'cannot be cleared; give a value' }] });
  });
  it('reports a duplicate language, and a text without Latvian', () => {
    const duplicate = parseServiceInput({ description: [{ language: 'lv', value: 'a' }, { language: 'LV', value: 'b' }] });
    expect('problems' in duplicate && duplicate.problems).toEqual([{ path: 'description[1].language', message: '"lv" is given twice' }]);
    const english = parseServiceInput({ description: [{ language: 'en', value: 'a' }] });
    expect('problems' in english && english.problems.map((p) => p.path)).toEqual(['description']);
  });
  it('rounds nothing: an amount must have at most two decimals', () => {
    const parsed = parseServiceInput({ costs: [{ amount: 1.005 }] });
    expect('problems' in parsed && parsed.problems[0].path).toBe('costs[0].amount');
  });
});
