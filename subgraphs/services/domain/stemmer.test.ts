import { describe, expect, it } from 'vitest';
import { transliterationVariants } from './russian.ts';
import { joinPrefixed, normalize, queryStems, stem, withoutStopPhrases, words } from './stemmer.ts';

const stems = (text: string) => words(text).map(stem);

describe('normalize', () => {
  it('drops Latvian diacritics and case', () => {
    expect(normalize('Dzīvesvietas DEKLARĒŠANA ģimenes ārsts ķēde ļoti ņemt žurnāls čeks')).toBe('dzivesvietas deklaresana gimenes arsts kede loti nemt zurnals ceks');
  });
  it('splits words on anything that is not a letter or a digit', () => {
    expect(words('e-adrese, (eID) karte/pase 2026')).toEqual(['e', 'adrese', 'eid', 'karte', 'pase', '2026']);
  });
});

describe('stem', () => {
  it.each([
    [['pase', 'pases', 'pasi', 'pasē', 'pasu', 'pasei', 'pasēm'], 'pas'],
    [['dzīvesvieta', 'dzīvesvietas', 'dzīvesvietu', 'dzīvesvietā', 'dzivesvietai'], 'dzivesviet'],
    [['deklarēšana', 'deklarēšanu', 'deklarēšanas', 'deklarācija', 'deklarāciju', 'deklarācijas'], 'deklar'],
    [['reģistrs', 'reģistrā', 'reģistram', 'reģistrēšana', 'reģistrācija', 'reģistru'], 'registr'],
    [['kredīts', 'kredīta', 'kredītam', 'kredītu', 'kredīti', 'kredītiem', 'kredītus', 'kredītos'], 'kredit'],
    [['pabalsts', 'pabalsta', 'pabalstu', 'pabalsti', 'pabalstiem'], 'pabalst'],
    [['pensija', 'pensijas', 'pensiju', 'pensijai', 'pensijām'], 'pensij'],
    [['apliecība', 'apliecības', 'apliecību', 'apliecībai'], 'apliecib'],
    [['valstiskais', 'valstiskajam', 'valstiskajai'], 'valstisk'],
    [['passport', 'passports'], 'passport'],
    [['licence', 'licences'], 'licenc'],
  ])('%j → %s', (forms, expected) => {
    for (const form of forms) expect(stem(normalize(form)), form).toBe(expected);
  });

  it('never leaves fewer than three letters', () => {
    expect(stem('ir')).toBe('ir');
    expect(stem('eid')).toBe('eid');
    expect(stem('vis')).toBe('vis');
    expect(stem('bus')).toBe('bus');
  });

  it('leaves words with digits alone', () => {
    expect(stem('a1s')).toBe('a1s');
    expect(stem('2026')).toBe('2026');
  });

  it('stems English forms onto a shared prefix', () => {
    expect(new Set(stems('registration registering register registered'))).toEqual(new Set(['regist']));
    expect(new Set(stems('issue issued issuing'))).toEqual(new Set(['issu']));
  });
});

describe('queryStems', () => {
  it('lets an infinitive reach its verbal noun', () => {
    expect(queryStems('deklaret')).toContain(stem(normalize('deklarēšana')));
    expect(queryStems('registret')).toContain(stem(normalize('reģistrācija')));
    expect(queryStems('pieteikt')).toContain('pieteik');
  });
  it('gives one stem for a plain noun', () => {
    expect(queryStems('pase')).toEqual(['pas']);
  });
});

describe('Russian and English as people type them', () => {
  it('transliterates Cyrillic before stemming, so Cyrillic and Latin-typed Russian meet', () => {
    expect(stems('пособие пособия')).toEqual(['posob', 'posob']);
    expect(stems('posobie')).toEqual(['posob']);
    expect(stems('рождение рождения rozhdenie')).toEqual(['rozhd', 'rozhd', 'rozhd']);
    expect(normalize('Семейный врач, ёлка')).toBe('semeynyy vrach, elka');
  });

  it('indexes a Russian text in both common Latin spellings', () => {
    expect(transliterationVariants('безработице')).toEqual(['bezrabotice', 'bezrabotitse']);
    expect(transliterationVariants('Юрмала')).toEqual(['yurmala', 'jurmala']);
    expect(transliterationVariants('pase')).toEqual([]);
  });

  it('brings English derivations together', () => {
    expect(new Set(stems('unemployment unemployed'))).toEqual(new Set(['unemploy']));
  });

  it('keeps Latvian -ments words whole (dokuments is not dokument + s of English)', () => {
    expect(new Set(stems('dokuments dokumenta dokumentu'))).toEqual(new Set(['dokument']));
  });

  it('drops phrases that only ask, and keeps a hyphen-prefixed word one word', () => {
    expect(withoutStopPhrases('Kā lai deklarē dzīvesvietu? What should I do')).toBe('deklare dzivesvietu');
    expect(withoutStopPhrases('умер отец что делать')).toBe('umer otec');
    expect(joinPrefixed('e-adrese un e-pakalpojums, x-y')).toBe('eadrese un epakalpojums, x-y');
  });
});
