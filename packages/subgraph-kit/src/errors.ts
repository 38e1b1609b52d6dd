import { GraphQLError } from 'graphql';

/** The machine codes every error carries in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  // The served graph has no clients subgraph to check X-Act-For or consents with (gateway/enrich-identity.ts).
  | 'CLIENTS_CHECK_UNAVAILABLE';

const httpStatus: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * A message for people: English, or English with its Latvian and Russian (the subgraph answers in the reader's
 * language; error-language.ts).
 */
export type Message = string | { en: string; lv?: string; ru?: string };

export function graphqlError(code: ErrorCode, message: Message, extensions: Record<string, unknown> = {}): GraphQLError {
  const status = httpStatus[code];
  const text = typeof message === 'string' ? message : message.en;
  const i18n = typeof message === 'string' ? {} : { i18n: { lv: message.lv, ru: message.ru } };
  return new GraphQLError(text, { extensions: { code, ...extensions, ...i18n, ...(status ? { http: { status } } : {}) } });
}

export const badInput = (message: Message, extensions?: Record<string, unknown>) => graphqlError('BAD_USER_INPUT', message, extensions);
export const unauthenticated = (
  message: Message = {
    en: 'Sign in first: send an Authorization: Bearer <token> header.',
    lv: 'Vispirms piesakieties: nosūtiet galveni Authorization: Bearer <token>.',
    ru: 'Сначала войдите в систему: отправьте заголовок Authorization: Bearer <token>.',
  },
) => graphqlError('UNAUTHENTICATED', message);
export const forbidden = (message: Message) => graphqlError('FORBIDDEN', message);
export const notFound = (message: Message) => graphqlError('NOT_FOUND', message);

/** How long a caller should wait before asking again for data a subgraph could not give. */
export const RETRY_AFTER_SECONDS = 5;

/** Part of the graph cannot answer now (down, slow): transient, worth a retry after `retryAfterSeconds`. */
export const unavailable = (message: string) => graphqlError('SUBGRAPH_UNAVAILABLE', message, { retryAfterSeconds: RETRY_AFTER_SECONDS });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** An entity id from a client: must be one this graph gave out (a UUID). */
export function parseId(id: string, what: string): string {
  if (!isUuid(id)) throw badInput(`"${id}" is not a valid ${what} id: ids are UUIDs as returned by this API.`, { argument: 'id' });
  return id.toLowerCase();
}
