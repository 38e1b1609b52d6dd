import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';

/**
 * A subgraph's own SDL, parsed: `readTypeDefs(new URL('../schema.graphql', import.meta.url))`. The file is the
 * contract the subgraph publishes to the registry; the server is built from the same file, so they cannot differ.
 */
export const readTypeDefs = (file: URL | string): DocumentNode => parse(readFileSync(file, 'utf8'));
