import { describe, expect, it } from 'vitest';
import { errorLanguage, localizeMessage } from './error-language.ts';
import { matchLanguage, parseAcceptLanguage, pickText, servedLanguage } from './i18n.ts';

describe('BCP 47 matching', () => {
  it('looks a tag up by cutting subtags, then takes a regional variant of the same language', () => {
    expect(matchLanguage(['lv', 'en'], 'en-GB')).toBe('en');
    expect(matchLanguage(['lv', 'en-gb'], 'en')).toBe('en-gb');
    expect(matchLanguage(['lv', 'en-gb'], 'EN_gb')).toBe('en-gb');
    expect(matchLanguage(['lv', 'en'], 'de')).toBeNull();
    expect(matchLanguage(['lv', 'sr-latn'], 'sr-Latn-RS')).toBe('sr-latn');
  });
  it('keeps whole tags from Accept-Language, best first, and ignores "*"', () => {
    expect(parseAcceptLanguage('en-GB,en;q=0.9,lv;q=0.8')).toEqual(['en-gb', 'en', 'lv']);
    expect(parseAcceptLanguage('*')).toEqual([]);
    expect(parseAcceptLanguage('ru;q=0.5, lv')).toEqual(['lv', 'ru']);
  });
  it('falls back to Latvian and says which language it served', () => {
    const text = { lv: 'Pase', en: 'Passport' };
    expect(pickText(text, ['en-us'])).toBe('Passport');
    expect(servedLanguage(text, ['de-at', 'en'])).toBe('en');
    expect(servedLanguage(text, ['de'])).toBe('lv');
    expect(servedLanguage(null, ['en'])).toBeNull();
  });
});

describe('error language', () => {
  it('is the first of lv, en, ru the reader accepts; English otherwise', () => {
    expect(errorLanguage(['de', 'ru-ru', 'lv'])).toBe('ru');
    expect(errorLanguage(['de'])).toBe('en');
    expect(errorLanguage([])).toBe('en');
  });
  it('uses the error’s own translation, else a sentence for its code with the English detail', () => {
    expect(localizeMessage('No service.', 'NOT_FOUND', { lv: 'Nav pakalpojuma.' }, 'lv')).toBe('Nav pakalpojuma.');
    expect(localizeMessage('No service.', 'NOT_FOUND', undefined, 'ru')).toBe('Не найдено. (No service.)');
    expect(localizeMessage('No service.', 'SOMETHING_ELSE', undefined, 'lv')).toBe('No service.');
    expect(localizeMessage('No service.', 'NOT_FOUND', { lv: 'Nav.' }, 'en')).toBe('No service.');
  });
});
