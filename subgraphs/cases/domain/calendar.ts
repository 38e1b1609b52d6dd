/** The cases subgraph's working-day calendar is the graph's one Latvian calendar (packages/subgraph-kit/src/latvian-calendar.ts). */
export * from '@public-service-graph/subgraph-kit/latvian-calendar';
