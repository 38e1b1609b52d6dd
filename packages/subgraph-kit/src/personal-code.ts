/**
 * Latvian personal codes (personas kods).
 * - Old form "DDMMYY-CNNNK" (issued until 30 June 2017): birth date, century digit C (0 = 1800s, 1 = 1900s,
 *   2 = 2000s), serial NNN, check digit K.
 * - New form (since 1 July 2017) "3XNNNN-NNNNN": first digit 3, second digit 2–9 (the law first fixed it at 2,
 *   hence "32…"; an amendment opened 2–9), the other nine digits random. It carries no birth date and, the law
 *   says, no check digit: every digit after the second is random, so none is checked. The second digit 2–9 keeps
 *   it apart from old codes of people born on the 30th or 31st ("30…", "31…").
 * Check digit of the old form: K = (1101 − Σ wᵢ·dᵢ) mod 11 mod 10 over the first ten digits with weights
 * 1,6,3,7,9,10,5,8,4,2. The final "mod 10" (a remainder of 10 gives K = 0) is what the published implementations
 * do (python-stdnum, FakerPHP, personal-code for Java); refusing such codes instead would lock out a real person
 * if one was ever issued, while accepting them only lets through a code no register will find.
 */
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export type PersonalCodeProblem = 'FORMAT' | 'CHECK_DIGIT' | 'DATE';

export interface PersonalCode {
  /** Canonical "XXXXXX-XXXXX". */
  code: string;
  form: 'old' | 'new';
  /** "YYYY-MM-DD" for old-form codes; null for new-form codes, which carry no birth date. */
  birthDate: string | null;
}

export const checkDigit = (firstTen: string): number => ((1101 - [...firstTen].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i], 0)) % 11) % 10;

/** The code in its canonical "XXXXXX-XXXXX" form, or the reason it is not a valid personal code. */
export function parsePersonalCode(input: string): PersonalCode | { problem: PersonalCodeProblem } {
  const trimmed = input.trim();
  if (!/^\d{6}-?\d{5}$/.test(trimmed)) return { problem: 'FORMAT' };
  const digits = trimmed.replace('-', '');
  const code = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (/^3[2-9]/.test(digits)) return { code, form: 'new', birthDate: null };
  const century = ({ '0': 1800, '1': 1900, '2': 2000 } as Record<string, number>)[digits[6]];
  const [day, month, year] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6))];
  if (century === undefined) return { problem: 'DATE' };
  const date = new Date(Date.UTC(century + year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || date.getUTCFullYear() !== century + year) return { problem: 'DATE' };
  if (checkDigit(digits.slice(0, 10)) !== Number(digits[10])) return { problem: 'CHECK_DIGIT' };
  return { code, form: 'old', birthDate: date.toISOString().slice(0, 10) };
}

/** What a person can do about each problem, for BAD_USER_INPUT messages. */
export const PERSONAL_CODE_PROBLEMS: Record<PersonalCodeProblem, string> = {
  FORMAT: 'is not in the form of a Latvian personal code: 11 digits, "DDMMYY-CNNNN" or "32NNNN-NNNNN" (the hyphen is optional)',
  CHECK_DIGIT: 'has a wrong check digit (the last digit): check it for a typo',
  DATE: 'does not start with a real birth date: the first six digits are DDMMYY and the seventh the century (0, 1 or 2)',
};

/** Completes ten digits with their check digit; for demo data and tests. */
export function withCheckDigit(firstTen: string): string {
  const digits = `${firstTen.replace('-', '')}${checkDigit(firstTen.replace('-', ''))}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
