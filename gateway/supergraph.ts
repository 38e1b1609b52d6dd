/** The routing URLs a supergraph SDL names (its join__Graph values). */
export function supergraphSubgraphUrls(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "[^"]+", url: "([^"]+)"\)/g)].map((m) => m[1]);
}
