/** The types of the one search box's answer and of the search index's entries. */
import type { Resolvers } from '../generated/types.ts';
import { text } from './text.ts';

export const searchTypes: Resolvers = {
  SearchHit: { __resolveType: (hit) => hit.__typename! },
  LifeSituationSearchEntry: {
    title: (e, args, ctx) => text(e.title, args.language, ctx) ?? e.title.lv,
    phrases: (e) => Object.entries(e.phrases).flatMap(([language, values]) => values.map((value) => ({ language, value }))),
  },
};
