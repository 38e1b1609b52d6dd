/**
 * The subgraph kit: what a subgraph of the Public Service Graph needs to take the gateway's requests. Deeper
 * modules (`@public-service-graph/subgraph-kit/<module>`) hold the rest: tracing, metrics, scalars, scopes,
 * personal codes, the event outbox.
 */
export * from './identity.ts';
export * from './subgraph-server.ts';
export * from './schema.ts';
export * from './db.ts';
export * from './batch.ts';
export * from './errors.ts';
export * from './pagination.ts';
export * from './i18n.ts';
export * from './logger.ts';
export * from './drain.ts';
