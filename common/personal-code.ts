/**
 * Latvian personal codes (personas kods).
 * - Old form "DDMMYY-CNNNK": birth date, century digit C (0 = 1800s, 1 = 1900s, 2 = 2000s), serial, check digit K.
 * - New form (since 2017) "32NNNN-NNNNN": no birth date; the same check-digit rule applies.
 * Check digit: K = (1101 − Σ wᵢ·dᵢ) mod 11 over the first ten digits with weights 1,6,3,7,9,10,5,8,4,2; a result of
 * 10 means the serial is never issued.
 */
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export type PersonalCodeProblem = 'FORMAT' | 'CHECK_DIGIT' | 'DATE';

export const checkDigit = (firstTen: string): number => (1101 - [...firstTen].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i], 0)) % 11;

/** The code in its canonical "XXXXXX-XXXXX" form, or the reason it is not a valid personal code. */
export function parsePersonalCode(input: string): { code: string } | { problem: PersonalCodeProblem } {
  const digits = input.trim().replace(/-/, '');
  if (!/^\d{11}$/.test(digits)) return { problem: 'FORMAT' };
  const code = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  if (checkDigit(digits.slice(0, 10)) !== Number(digits[10])) return { problem: 'CHECK_DIGIT' };
  if (digits.startsWith('32')) return { code };
  const century = { '0': 1800, '1': 1900, '2': 2000 }[digits[6]];
  const [day, month, year] = [Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6))];
  if (century === undefined) return { problem: 'DATE' };
  const date = new Date(Date.UTC(century + year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1 || date.getUTCFullYear() !== century + year) return { problem: 'DATE' };
  return { code };
}

/** Completes ten digits with their check digit; for demo data and tests. */
export function withCheckDigit(firstTen: string): string {
  const k = checkDigit(firstTen.replace('-', ''));
  if (k === 10) throw new Error(`No valid personal code starts with ${firstTen}; change the serial.`);
  const digits = `${firstTen.replace('-', '')}${k}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
