import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { PERSONAL_CODE_PROBLEMS, parsePersonalCode, type PersonalCode } from '@public-service-graph/subgraph-kit/personal-code';

/** A client named by its state identifier: a person by personal code, a company by registration number. */
export type PartyIdentifier = { kind: 'person'; code: string; birthDate: string | null } | { kind: 'company'; code: string };

export type IdentifierProblem = { message: string; problem: string };

/**
 * Company registration numbers (reģistrācijas numurs) are 11 digits; the first is 4–9, which keeps them apart from
 * personal codes (0–3). No check digit is enforced: the Enterprise Register's published rule is not authoritative
 * enough to refuse a number by.
 */
export function parseRegistrationNumber(input: string): { code: string } | IdentifierProblem {
  const digits = input.trim();
  if (/^[4-9]\d{10}$/.test(digits)) return { code: digits };
  return { problem: 'FORMAT', message: `"${input}" is not a company registration number: 11 digits, the first 4–9, e.g. "40203123456".` };
}

export function checkPersonalCode(input: string): PersonalCode | IdentifierProblem {
  const parsed = parsePersonalCode(input);
  if ('problem' in parsed) return { problem: parsed.problem, message: `"${input}" ${PERSONAL_CODE_PROBLEMS[parsed.problem]}.` };
  return parsed;
}

/** A personal code (first digit 0–3) or a registration number (4–9), as sent in X-Act-For. */
export function parsePartyIdentifier(input: string): PartyIdentifier | IdentifierProblem {
  const trimmed = input.trim();
  if (/^[4-9]/.test(trimmed)) {
    const r = parseRegistrationNumber(trimmed);
    return 'problem' in r ? r : { kind: 'company', code: r.code };
  }
  const p = checkPersonalCode(trimmed);
  return 'problem' in p ? p : { kind: 'person', code: p.code, birthDate: p.birthDate };
}

const orThrow = <T extends object>(result: T | IdentifierProblem, argument: string): T => {
  if ('problem' in result) throw badInput(result.message, { argument, problem: result.problem });
  return result;
};

export const personalCodeOrThrow = (input: string, argument: string): PersonalCode => orThrow(checkPersonalCode(input), argument);
export const registrationNumberOrThrow = (input: string, argument: string): string => orThrow(parseRegistrationNumber(input), argument).code;
