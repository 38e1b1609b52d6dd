import { describe, expect, it } from 'vitest';
import { parseSearchQuery, searchColumns } from './search-document.ts';

describe('parseSearchQuery', () => {
  it('drops stop words and diacritics, stems, and matches long stems as prefixes', () => {
    expect(parseSearchQuery('Kā deklarēt dzīvesvietu?')).toEqual({ any: '(deklaret:* | deklar:*) | dzivesviet:*', all: '(deklaret:* | deklar:*) & dzivesviet:*', plain: 'deklaret dzivesvietu', typos: true,
      terms: [{ word: 'deklaret', stems: ['deklaret', 'deklar'] }, { word: 'dzivesvietu', stems: ['dzivesviet'] }] });
  });
  it('keeps a short stem exact, and looks for typos only from five letters on', () => {
    expect(parseSearchQuery('pasi')).toMatchObject({ any: 'pas', typos: false });
    expect(parseSearchQuery('pasport')).toMatchObject({ typos: true });
  });
  it('falls back to stop words when nothing else is left, and gives up on punctuation', () => {
    expect(parseSearchQuery('the')?.plain).toBe('the');
    expect(parseSearchQuery('?!')).toBeNull();
  });
  it('lets no tsquery syntax through', () => {
    expect(parseSearchQuery("pase' | !eid & (karte:*)")).toMatchObject({ any: 'pas | eid | kart:*', plain: 'pase eid karte' });
  });
});

describe('searchColumns', () => {
  it('weights names apart from alternative names, keywords and descriptions', () => {
    const cols = searchColumns(
      { code: 'PMLP-PASE', name: { lv: 'Pases izsniegšana', en: 'Issuing a passport' }, alternativeNames: { lv: ['Ceļošanas dokuments'] }, summary: null, description: { lv: 'Pase ir dokuments.' }, keywords: { en: ['travel'] } },
      { code: 'PMLP', name: { lv: 'Pilsonības un migrācijas lietu pārvalde' } },
    );
    expect(cols.searchNames.split(' ')).toEqual(expect.arrayContaining(['pas', 'izsnieg', 'issu', 'passport']));
    expect(cols.searchAltNames).toBe('cel dokument');
    expect(cols.searchKeywords.split(' ')).toEqual(expect.arrayContaining(['travel', 'pmlp', 'pilsonib']));
    expect(cols.searchPlain).toContain('izsniegsana');
  });
});
