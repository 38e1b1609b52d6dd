// Summarises V8 CPU profiles (node --cpu-prof; npm run bench with BENCH_CPU_PROF=<dir>): the frames with the most
// self time, and the share of time per package, so a profile can be read without a flame-graph viewer.
// Usage: npx tsx bench/profile-summary.ts <file.cpuprofile>… [--top 25]
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
// Idle time is not work, and start-up (module loading) is not per request: both are left out of the shares.
const NOT_WORK = new Set(['(idle)', '(program)']);
const STARTUP = /node:internal\/modules|compileSourceTextModule|wrapSafe|makeAsyncRequest|makeSyncRequest|receiveMessageOnPort/;

/** "node_modules/@graphql-tools/executor/…" → "@graphql-tools/executor"; project files by their folder. */
function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node core';
  const local = /\/(gateway|subgraphs\/[^/]+|common|bench|scripts)\//.exec(url);
  return local ? `project ${local[1]}` : url.replace(/^file:\/\//, '');
}

for (const file of args) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number) => {
    const frames: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) frames.push(byId.get(at)!);
    return frames;
  };
  const self = new Map<number, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frames = stack(id);
    if (NOT_WORK.has(frames[0].callFrame.functionName) || frames.some((f) => STARTUP.test(`${f.callFrame.url} ${f.callFrame.functionName}`))) return;
    const us = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + us);
    // Inclusive time of the project's own functions (gateway/, subgraphs/, common/): what each of our steps costs.
    const seen = new Set<string>();
    for (const f of frames) {
      const local = /\/(gateway|subgraphs|common)\/(.*)$/.exec(f.callFrame.url);
      if (!local || f.callFrame.url.includes('node_modules')) continue;
      const key = `${f.callFrame.functionName || '(anonymous)'} ${local[1]}/${local[2]}:${f.callFrame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(gateway|subgraphs|common)\//, '$1/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`;
    frames.set(key, (frames.get(key) ?? 0) + us);
    packages.set(packageOf(url), (packages.get(packageOf(url)) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  console.log(`\n## ${file}: ${(total / 1000).toFixed(0)} ms of work sampled (idle and start-up left out)\n\n| self | frame |\n|---:|---|`);
  for (const [k, us] of [...frames].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${pct(us)} | ${k} |`);
  console.log('\n| self | package |\n|---:|---|');
  for (const [k, us] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${pct(us)} | ${k} |`);
  console.log('\n| inclusive | project function |\n|---:|---|');
  for (const [k, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${pct(us)} | ${k} |`);
}
