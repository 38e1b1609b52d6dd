import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import type { Db } from '@public-service-graph/subgraph-kit/db';
import { PLATFORM_OWNER, type RegistryCheckRow, type RegistrySchemaVersionRow, type RegistrySupergraphRow } from '../db/tables.ts';
import * as store from '../data/registry-store.ts';
import {
  SUBGRAPH_NAME,
  breakingProblems,
  composeAll,
  governanceProblems,
  mayCreateSubgraph,
  nullabilityRuleProblems,
  parseSdl,
  routingUrlProblem,
  schemaChanges,
  type Problem,
  type SchemaChange,
} from '../domain/registry-rules.ts';

/** Breaking changes are judged by what the graph's callers used in this many days. */
export const USAGE_WINDOW_DAYS = 30;

/** A subgraph schema an institution (or an operator) wants in the graph. */
export interface Candidate { name: string; sdl: string; routingUrl: string }

/** Who asks: the owner they speak for (an institution's code, or PLATFORM for operators) and their subject. */
export interface Publisher { owner: string; by: string }

export interface CheckOutcome {
  check: RegistryCheckRow;
  problems: Problem[];
  changes: SchemaChange[];
}

export interface PublishOutcome extends CheckOutcome {
  /** The new version; null when the check failed or nothing changed. */
  version: RegistrySchemaVersionRow | null;
  /** The supergraph composed with it, now served by the gateway; null when the check failed or nothing changed. */
  supergraph: RegistrySupergraphRow | null;
  unchanged: boolean;
}

interface Evaluation {
  owner: string;
  problems: Problem[];
  changes: SchemaChange[];
  composed: { supergraphSdl: string; apiSdl: string } | null;
  /** The current subgraphs that stay as they are. */
  others: store.CurrentSubgraph[];
  liveVersion: number | null;
  unchanged: boolean;
}

/** Composition and changes for replacing some subgraphs; `governed` also applies the owners' governance rules. */
async function composeWith(db: Db, candidates: (Candidate & { owner: string })[], current: store.CurrentSubgraph[], liveApiSdl: string | null, governed: boolean) {
  const names = new Set(candidates.map((c) => c.name));
  const others = current.filter((o) => !names.has(o.name));
  const problems: Problem[] = [];
  // Candidates reach here parsed once already (evaluate); parse again rather than thread the document through.
  if (governed) for (const c of candidates) problems.push(...governanceProblems(parse(c.sdl), c.owner, others));
  const all = [...others, ...candidates.map((c) => ({ name: c.name, owner: c.owner, url: c.routingUrl, sdl: c.sdl }))];
  problems.push(...nullabilityRuleProblems(all, names));
  const composed = composeAll(all);
  if ('problems' in composed) return { others, problems: [...problems, ...composed.problems], changes: [], composed: null };

  const changes = await schemaChanges(liveApiSdl, composed.apiSdl);
  const touched = [...new Set(changes.filter((c) => c.criticality === 'BREAKING' && c.coordinate).map((c) => c.coordinate!.split('.')[0]))];
  const since = new Date(Date.now() - USAGE_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  const usage = await store.recentUsage(db, touched, since);
  for (const change of changes) {
    if (!change.coordinate) continue;
    change.recentOperations = change.coordinate.includes('.')
      ? usage.get(change.coordinate) ?? 0
      : [...usage].filter(([coordinate]) => coordinate.startsWith(`${change.coordinate}.`)).reduce((sum, [, n]) => sum + n, 0);
  }
  return { others, problems, changes, composed };
}

async function evaluate(db: Db, candidate: Candidate, publisher: Publisher): Promise<Evaluation> {
  const [existing, current, live] = await Promise.all([store.subgraphByName(db, candidate.name), store.currentSubgraphs(db), store.liveSupergraph(db)]);
  const owner = existing?.owner ?? publisher.owner;
  const result: Evaluation = { owner, problems: [], changes: [], composed: null, others: current, liveVersion: live?.version ?? null, unchanged: false };
  const fail = (problem: Problem) => (result.problems.push(problem), result);

  if (!SUBGRAPH_NAME.test(candidate.name))
    return fail({ rule: 'NAME', message: `"${candidate.name}" is not a subgraph name: 2–40 lower-case letters, digits and hyphens, starting with a letter.` });
  if (publisher.owner !== PLATFORM_OWNER) {
    if (existing && existing.owner !== publisher.owner)
      return fail({ rule: 'OWNERSHIP', message: `The subgraph "${candidate.name}" belongs to ${existing.owner}; ${publisher.owner} may publish only its own subgraphs.` });
    if (!existing && !mayCreateSubgraph(publisher.owner, candidate.name))
      return fail({ rule: 'OWNERSHIP', message: `${publisher.owner} may name new subgraphs "${publisher.owner.toLowerCase()}" or "${publisher.owner.toLowerCase()}-…", not "${candidate.name}".` });
  }
  const urlProblem = routingUrlProblem(candidate.routingUrl);
  if (urlProblem) return fail(urlProblem);
  const parsed = parseSdl(candidate.sdl);
  if ('problem' in parsed) return fail(parsed.problem);

  const same = current.find((o) => o.name === candidate.name);
  if (same && same.sdl === candidate.sdl && same.url === candidate.routingUrl) return { ...result, unchanged: true };

  const outcome = await composeWith(db, [{ ...candidate, owner }], current, live?.apiSdl ?? null, true);
  return {
    ...result,
    others: outcome.others,
    composed: outcome.composed,
    changes: outcome.changes,
    problems: [...outcome.problems, ...breakingProblems(outcome.changes, USAGE_WINDOW_DAYS)],
  };
}

/** Runs every check and records the result; changes nothing else. */
export async function checkSubgraph(db: Db, candidate: Candidate, publisher: Publisher): Promise<CheckOutcome> {
  const evaluation = await evaluate(db, candidate, publisher);
  const check = await store.recordCheck(db, { subgraph: candidate.name, publish: false, problems: evaluation.problems, changes: evaluation.changes, by: publisher.by });
  return { check, problems: evaluation.problems, changes: evaluation.changes };
}

/** Serializes writers to the registry, on PostgreSQL across every replica of the platform subgraph. */
const lockRegistry = (tx: Db) => tx.execute(sql`select pg_advisory_xact_lock(hashtext('psg-registry'))`);

/**
 * Writes what `write` returns in one transaction, unless the live supergraph is no longer `expected` (another publish
 * landed while the checks ran): then null, and the caller checks again against the new state.
 */
async function writeIfLive<T>(db: Db, expected: number | null, write: (tx: Db) => Promise<T>): Promise<T | null> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await lockRegistry(tx);
    const live = await store.liveSupergraph(tx);
    return (live?.version ?? null) === expected ? write(tx) : null;
  });
}

/**
 * Checks, then publishes when every check passed: the new version and the supergraph composed with it are written
 * in one transaction. The checks run outside it (composition takes a while); if another publish landed meanwhile,
 * they run again, so what is written was checked against what it replaces.
 */
export async function publishSubgraph(db: Db, candidate: Candidate, publisher: Publisher): Promise<PublishOutcome> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const evaluation = await evaluate(db, candidate, publisher);
    const record = () => store.recordCheck(db, { subgraph: candidate.name, publish: true, problems: evaluation.problems, changes: evaluation.changes, by: publisher.by });
    if (evaluation.problems.length || !evaluation.composed) {
      const check = await record();
      return { check, problems: evaluation.problems, changes: evaluation.changes, version: null, supergraph: null, unchanged: evaluation.unchanged };
    }
    const written = await writeIfLive(db, evaluation.liveVersion, (tx) =>
      store.insertPublication(tx, {
        subgraphs: [{ name: candidate.name, owner: evaluation.owner, sdl: candidate.sdl, routingUrl: candidate.routingUrl }],
        by: publisher.by, supergraphSdl: evaluation.composed!.supergraphSdl, apiSdl: evaluation.composed!.apiSdl, others: evaluation.others,
      }),
    );
    if (!written) continue;
    const check = await record();
    return { check, problems: [], changes: evaluation.changes, version: written.versions[0], supergraph: written.supergraph, unchanged: false };
  }
  throw new Error('The registry kept changing during the publish; try again.');
}

/**
 * Serves an earlier supergraph again, as the newest version, with the subgraph versions it was composed from
 * (operators, when a published change misbehaves at run time). Null when no supergraph has that version.
 */
export async function restoreSupergraph(db: Db, version: number, by: string): Promise<RegistrySupergraphRow | null> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await lockRegistry(tx);
    const from = await store.supergraphByVersion(tx, version);
    return from ? store.insertRestoration(tx, from, by) : null;
  });
}

/**
 * Publishes the platform's own subgraphs as this release runs them (at start), together, in one supergraph.
 * Composition must pass with every institution subgraph registered; the governance and usage rules are for
 * institutions (a release that retires a used field announces it elsewhere). Unchanged subgraphs publish nothing.
 * Throws with every composition problem when the release does not compose with the graph.
 */
export async function publishCoreSubgraphs(db: Db, subgraphs: { name: string; url: string; sdl: string }[], by: string): Promise<RegistrySupergraphRow | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [current, live] = await Promise.all([store.currentSubgraphs(db), store.liveSupergraph(db)]);
    const changed = subgraphs
      .filter((s) => !current.some((c) => c.name === s.name && c.sdl === s.sdl && c.url === s.url))
      .map((s) => ({ name: s.name, sdl: s.sdl, routingUrl: s.url, owner: PLATFORM_OWNER }));
    if (!changed.length) return live;
    const outcome = await composeWith(db, changed, current, live?.apiSdl ?? null, false);
    if (!outcome.composed || outcome.problems.length) throw new Error(`This release of the platform does not compose with the registered subgraphs:\n${outcome.problems.map((p) => `  - ${p.message}`).join('\n')}`);
    const written = await writeIfLive(db, live?.version ?? null, (tx) =>
      store.insertPublication(tx, { subgraphs: changed, by, supergraphSdl: outcome.composed!.supergraphSdl, apiSdl: outcome.composed!.apiSdl, others: outcome.others }),
    );
    if (written) return written.supergraph;
  }
  throw new Error('The registry kept changing while the platform subgraphs were published; start again.');
}
