import { badInput } from '@public-service-graph/subgraph-kit/errors';
import { clientIdFor } from '@public-service-graph/subgraph-kit/identity';
import { parsePersonalCode } from '@public-service-graph/subgraph-kit/personal-code';
import type { ClientKind } from '../db/tables.ts';

export interface ClientIdentifier {
  personalCode?: string | null;
  registrationNumber?: string | null;
}

const PROBLEMS = { FORMAT: 'is not 11 digits', CHECK_DIGIT: 'has a wrong check digit', DATE: 'does not contain a valid birth date' };

/**
 * The pseudonymous client id for a personal code or registration number, as every subgraph derives it. The code itself
 * is not kept. `argument` names the input field in the error ("input.client", "input.deliveries[3].client").
 */
export function clientFromIdentifier(secret: string, input: ClientIdentifier, argument: string): { clientId: string; kind: ClientKind } {
  const { personalCode, registrationNumber } = input;
  if ((personalCode == null) === (registrationNumber == null))
    throw badInput(`${argument}: give exactly one of personalCode and registrationNumber.`, { argument });
  if (personalCode != null) {
    const parsed = parsePersonalCode(personalCode);
    if ('problem' in parsed) throw badInput(`${argument}.personalCode ${PROBLEMS[parsed.problem]}: expected a Latvian personal code such as "150385-12346".`, { argument });
    return { clientId: clientIdFor(secret, 'person', parsed.code), kind: 'PERSON' };
  }
  const number = registrationNumber!.trim();
  if (!/^\d{11}$/.test(number)) throw badInput(`${argument}.registrationNumber must be 11 digits, such as "40203123456".`, { argument });
  return { clientId: clientIdFor(secret, 'company', number), kind: 'COMPANY' };
}
