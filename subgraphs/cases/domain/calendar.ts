/** The cases subgraph's working-day calendar is the graph's one Latvian calendar (common/latvian-calendar.ts). */
export * from '../../../common/latvian-calendar.ts';
