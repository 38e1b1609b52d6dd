import { pickText, readingLanguages, translations } from '@public-service-graph/subgraph-kit/i18n';
import { EVALUATION, conditionText } from '../domain/conditions.ts';
import { parseTerm, termText } from '../domain/duration.ts';
import { euEventLabel } from '../domain/eu-events.ts';
import type { Resolvers } from '../generated/types.ts';
import { pageSize } from '@public-service-graph/subgraph-kit/pagination';
import { situationHistory } from '../data/situation-writes.ts';
import { actsFor, maySeeSituation } from '../domain/access.ts';
import { situationColumns } from '../data/situation-columns.ts';

type Text = Parameters<typeof pickText>[0];
const text = (value: Text, language: string | null | undefined, accepted: readonly string[]) => pickText(value, readingLanguages(language, accepted));

export const catalogueResolvers: Pick<Resolvers, 'LifeSituation' | 'LifeSituationStep' | 'LifeSituationCondition' | 'LifeSituationGoal' | 'LifeSituationIndicator' | 'EuEvent' | 'Service'> = {
  LifeSituation: {
    // By id from this subgraph's own fields, by code from the services subgraph's search hits.
    __resolveReference: async (ref, ctx) => {
      const row = await ('id' in ref ? ctx.loaders.byId.load(ref.id) : ctx.loaders.byCode.load(ref.code));
      return row && maySeeSituation(ctx.identity, row) ? row : null;
    },
    title: (row, args, ctx) => text(row.title, args.language, ctx.languages)!,
    titleTranslations: (row) => translations(row.title),
    description: (row, args, ctx) => text(row.description, args.language, ctx.languages),
    descriptionTranslations: (row) => translations(row.description),
    offerText: (row, args, ctx) => text(row.offerText, args.language, ctx.languages),
    offerTextTranslations: (row) => translations(row.offerText),
    holder: (row) => ({ code: row.holderCode }),
    triggeredBy: (row, _, ctx) => ctx.loaders.triggersBySituation.load(row.id),
    steps: (row, _, ctx) => ctx.loaders.stepsBySituation.load(row.id),
    related: (row, _, ctx) => ctx.loaders.relatedBySituation.load(row.id),
    // Each indicator carries its situation's code: with its own code, the key the cases subgraph measures it by.
    goals: (row) => row.goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => ({ ...i, lifeSituationCode: row.code })) })),
    modifiedAt: (row) => row.updatedAt,
    publishingState: (row) => (row.status === 'PUBLISHED' && row.pendingChanges ? 'MODIFIED' : row.status),
    pendingChanges: (row, _, ctx) => (actsFor(ctx.identity, row.holderCode) ? (row.pendingChanges ?? null) : null),
    history: (row, args, ctx) => (actsFor(ctx.identity, row.holderCode) ? situationHistory(ctx.db, row.id, pageSize(args.first)) : null),
  },
  LifeSituationStep: {
    title: (row, args, ctx) => text(row.title, args.language, ctx.languages)!,
    condition: (row) => (row.conditionKind ? { kind: row.conditionKind, years: row.conditionYears } : null),
    dueText: (row, args, ctx) => {
      const term = row.dueOffset ? parseTerm(row.dueOffset) : null;
      return term ? text(termText(term), args.language, ctx.languages) : null;
    },
    services: async (row, _, ctx) => (await ctx.loaders.serviceCodesByStep.load(row.id)).map((code) => ({ code })),
  },
  LifeSituationCondition: {
    text: (condition, args, ctx) => text(conditionText(condition), args.language, ctx.languages)!,
    evaluation: (condition) => EVALUATION[condition.kind],
  },
  LifeSituationGoal: {
    statement: (goal, args, ctx) => text(goal.statement, args.language, ctx.languages)!,
  },
  LifeSituationIndicator: {
    __resolveReference: async (ref, ctx) => {
      const row = await ctx.loaders.byCode.load(ref.lifeSituationCode);
      const indicator = row && maySeeSituation(ctx.identity, row) ? row.goals.flatMap((g) => g.indicators).find((i) => i.code === ref.code) : undefined;
      return indicator ? { ...indicator, lifeSituationCode: row!.code } : null;
    },
    measure: (indicator) => indicator.measure ?? null,
    unmeasuredReason: (indicator) => (indicator.measure ? null : (indicator.unmeasuredReason ?? 'NO_MEASURE_DECLARED')),
    name: (indicator, args, ctx) => text(indicator.name, args.language, ctx.languages)!,
  },
  EuEvent: {
    label: (ref, args, ctx) => text(euEventLabel(ref), args.language, ctx.languages) ?? ref.code,
  },
  Service: {
    __resolveReference: (ref) => ({ code: ref.code }),
    lifeSituations: (service, _, ctx, info) => ctx.loaders.situationsByService(situationColumns(info)).load(service.code),
  },
};
