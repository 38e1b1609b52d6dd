import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from './demo-people.ts';
import { checkDigit, parsePersonalCode, withCheckDigit } from './personal-code.ts';

const rawRemainder = (firstTen: string) => (1101 - [...firstTen].reduce((s, d, i) => s + Number(d) * [1, 6, 3, 7, 9, 10, 5, 8, 4, 2][i], 0)) % 11;

describe('parsePersonalCode', () => {
  it('accepts every demo person, with or without the hyphen, and gives the canonical form', () => {
    for (const { personalCode } of Object.values(DEMO_PEOPLE)) {
      expect(parsePersonalCode(personalCode)).toMatchObject({ code: personalCode });
      expect(parsePersonalCode(` ${personalCode.replace('-', '')} `)).toMatchObject({ code: personalCode });
    }
  });

  it('reads the birth date and century of an old-form code', () => {
    expect(parsePersonalCode('150385-12346')).toEqual({ code: '150385-12346', form: 'old', birthDate: '1985-03-15' });
    expect(parsePersonalCode(withCheckDigit('010199-0123'))).toMatchObject({ birthDate: '1899-01-01' });
    expect(parsePersonalCode('051026-21119')).toMatchObject({ birthDate: '2026-10-05' });
  });

  it('refuses a wrong check digit, naming the check digit', () => {
    const valid = '150385-12346';
    for (const last of '0123456789') {
      const code = `${valid.slice(0, 11)}${last}`;
      expect(parsePersonalCode(code)).toEqual(code === valid ? expect.objectContaining({ code }) : { problem: 'CHECK_DIGIT' });
    }
  });

  it('refuses impossible dates even with a correct check digit', () => {
    for (const firstTen of ['300285-1234', '290223-2000', '290200-1000', '310485-1234', '001085-1234', '151385-1234', '150385-3234', '150385-9234']) {
      expect(parsePersonalCode(withCheckDigit(firstTen)), firstTen).toEqual({ problem: 'DATE' });
    }
    // 2000 was a leap year, 1900 was not.
    expect(parsePersonalCode(withCheckDigit('290200-2000'))).toMatchObject({ birthDate: '2000-02-29' });
    // People born on the 30th and 31st have codes starting "30" and "31": old form, not new.
    expect(parsePersonalCode(withCheckDigit('310185-1234'))).toMatchObject({ form: 'old', birthDate: '1985-01-31' });
  });

  it('accepts new-form codes "3[2-9]…" without a birth date and without a check digit', () => {
    expect(parsePersonalCode(DEMO_PEOPLE.martins.personalCode)).toEqual({ code: '320123-45679', form: 'new', birthDate: null });
    // The law makes every digit after the second random: any last digit is valid.
    for (const last of '0123456789') expect(parsePersonalCode(`320123-4567${last}`)).toMatchObject({ form: 'new' });
    expect(parsePersonalCode('39999999999')).toMatchObject({ code: '399999-99999', form: 'new' });
  });

  it('refuses what is not 11 digits in the right shape', () => {
    for (const input of ['', '1503851234', '150385123467', '150385-1234x', '15038-512346', '150385--12346', '1503-85-12346', 'abcdef-ghijk', '150385 12346']) {
      expect(parsePersonalCode(input), input).toEqual({ problem: 'FORMAT' });
    }
  });

  it('a remainder of 10 gives check digit 0, and only 0', () => {
    let firstTen = '';
    for (let serial = 0; serial < 1000 && !firstTen; serial++) {
      const candidate = `150385-1${String(serial).padStart(3, '0')}`;
      if (rawRemainder(candidate.replace('-', '')) === 10) firstTen = candidate;
    }
    expect(firstTen).not.toBe('');
    expect(checkDigit(firstTen.replace('-', ''))).toBe(0);
    expect(parsePersonalCode(`${firstTen}0`)).toMatchObject({ form: 'old' });
    expect(parsePersonalCode(`${firstTen}1`)).toEqual({ problem: 'CHECK_DIGIT' });
  });
});
