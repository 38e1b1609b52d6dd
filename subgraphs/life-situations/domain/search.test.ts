import { describe, expect, it } from 'vitest';
import { normalize, searchStems, searchText, stem } from './search.ts';

describe('search over life situations', () => {
  it('normalizes case and Latvian diacritics', () => {
    expect(normalize('Bērna PIEDZIMŠANA, ģimene!')).toBe('berna piedzimsana gimene');
  });

  it('takes Latvian endings off query words, keeping at least three letters', () => {
    expect(stem('berns')).toBe('bern');
    expect(stem('berniem')).toBe('bern');
    expect(stem('piedzimsana')).toBe('piedzimsan');
    expect(stem('moving')).toBe('moving');
    expect(stem('sia')).toBe('sia');
  });

  it('finds a situation by any inflected form in any of its languages', () => {
    const haystack = searchText([{ lv: 'Bērna piedzimšana', en: 'Birth of a child' }, { lv: 'Pārceļoties uz jaunu dzīvesvietu', en: 'Moving to a new home' }]);
    const matches = (q: string) => searchStems(q).every((s) => haystack.includes(s));
    expect(matches('berns')).toBe(true);
    expect(matches('bērna piedzimšana')).toBe(true);
    expect(matches('Moving')).toBe(true);
    expect(matches('bērna pensija')).toBe(false);
  });

  it('refuses an empty, wordless or overlong text', () => {
    for (const bad of ['', '   ', '%%', 'x'.repeat(201)]) expect(() => searchStems(bad), JSON.stringify(bad)).toThrow(/filter\.text/);
  });
});
