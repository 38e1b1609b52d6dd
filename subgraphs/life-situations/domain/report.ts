import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { PERSONAL_CODE_PROBLEMS, parsePersonalCode, type PersonalCode } from '@public-service-graph/subgraph-kit/personal-code';
import { clientKindOf, type LifeEventType } from './model.ts';

/** A life event as reported, checked: ready to store. Personal codes are gone; only client ids remain. */
export interface CheckedReport {
  type: LifeEventType;
  clientId: string;
  clientKind: 'PERSON' | 'COMPANY';
  occurredOn: string;
  reference: string;
  relatedClientId: string | null;
}

export interface ReportInput {
  type: LifeEventType;
  client: { personalCode?: string | null; registrationNumber?: string | null };
  occurredOn: string;
  reference: string;
  relatedPersonalCode?: string | null;
}

/** The kinds of events that have another person, and what that person is. */
const RELATED: Partial<Record<LifeEventType, string>> = { CHILD_BIRTH: 'the child', RELATIVE_DEATH: 'the deceased', MARRIAGE: 'the spouse' };
const REFERENCE = /^[\p{L}\p{N} ./:_#-]{1,100}$/u;
const EARLIEST = '1900-01-01';

function personalCode(input: string, argument: string): PersonalCode {
  const parsed = parsePersonalCode(input);
  if ('problem' in parsed) throw badInput(`${argument}: "${input}" ${PERSONAL_CODE_PROBLEMS[parsed.problem]}.`, { argument, problem: parsed.problem });
  return parsed;
}

/**
 * Checks a report and derives the client ids (HMAC of the identifiers under `secret`). Every problem is
 * BAD_USER_INPUT naming the input field: a malformed identifier, both or neither identifier, a person for a company's
 * event or the other way round, a date before 1900 or after `today`, a related person for a kind of event that has
 * none, the client named as their own related person, a child whose personal code carries another birth date.
 */
export function checkReport(input: ReportInput, secret: string, today: string): CheckedReport {
  const { personalCode: code, registrationNumber } = input.client;
  if ((code == null) === (registrationNumber == null))
    throw badInput('input.client: give exactly one of personalCode and registrationNumber.', { argument: 'input.client' });
  const clientKind = clientKindOf(input.type);
  const given = code != null ? 'PERSON' : 'COMPANY';
  if (given !== clientKind)
    throw badInput(`input.client: a ${input.type} event is ${clientKind === 'PERSON' ? 'a person’s: give personalCode' : 'a company’s: give registrationNumber'}.`, { argument: 'input.client' });

  let clientId: string;
  let clientCode: string | null = null;
  if (code != null) {
    clientCode = personalCode(code, 'input.client.personalCode').code;
    clientId = clientIdFor(secret, 'person', clientCode);
  } else {
    const number = registrationNumber!.trim();
    if (!/^[4-9]\d{10}$/.test(number))
      throw badInput(`input.client.registrationNumber: "${registrationNumber}" is not a company registration number: 11 digits, the first 4–9, e.g. "40203123456".`, { argument: 'input.client.registrationNumber' });
    clientId = clientIdFor(secret, 'company', number);
  }

  if (input.occurredOn > today || input.occurredOn < EARLIEST)
    throw badInput(`input.occurredOn: the day the event happened, from ${EARLIEST} to today (${today}); got ${input.occurredOn}.`, { argument: 'input.occurredOn' });

  const reference = input.reference.trim();
  if (!REFERENCE.test(reference))
    throw badInput('input.reference: 1–100 letters, digits, spaces and . / : _ # -, e.g. "DZ-2026/1187".', { argument: 'input.reference' });

  let relatedClientId: string | null = null;
  if (input.relatedPersonalCode != null) {
    const role = RELATED[input.type];
    if (!role) throw badInput(`input.relatedPersonalCode: a ${input.type} event has no related person; leave it out.`, { argument: 'input.relatedPersonalCode' });
    const related = personalCode(input.relatedPersonalCode, 'input.relatedPersonalCode');
    if (related.code === clientCode) throw badInput(`input.relatedPersonalCode: ${role} cannot be the client themself.`, { argument: 'input.relatedPersonalCode' });
    if (input.type === 'CHILD_BIRTH' && related.birthDate && related.birthDate !== input.occurredOn)
      throw badInput(`input.relatedPersonalCode: the child's personal code gives the birth date ${related.birthDate}, not ${input.occurredOn}.`, { argument: 'input.relatedPersonalCode' });
    relatedClientId = clientIdFor(secret, 'person', related.code);
  }
  return { type: input.type, clientId, clientKind, occurredOn: input.occurredOn, reference, relatedClientId };
}

/** Whether a stored event is what this report says (then a repeat of it is no conflict). */
export const sameEvent = (stored: Omit<CheckedReport, 'reference'>, report: CheckedReport): boolean =>
  stored.type === report.type && stored.clientId === report.clientId && stored.occurredOn === report.occurredOn && stored.relatedClientId === report.relatedClientId;

/** Today in Latvia, "YYYY-MM-DD". */
export const latvianToday = (now: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(now);
