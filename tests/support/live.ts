/** A client of `subscription { events }` over Server-Sent Events at the gateway, as a browser's would be. */
import { expect } from 'vitest';
import type { TestGraph } from './platform.ts';

export interface LiveEvent { id: string; type: string; subject: string; data: string }
export interface Stream { events: LiveEvent[]; errors: { message: string; extensions?: { code?: string } }[]; completed: Promise<void>; close(): void }

/** Opens the stream with a bearer token and/or headers (an API key); closed by `close()` or when the server ends it. */
export async function openEvents(graph: TestGraph, cred: { token?: string; headers?: Record<string, string> } = {}, types?: string[]): Promise<Stream> {
  const closer = new AbortController();
  // The gateway answers with the stream's headers at once; a stream that never starts fails the test, not the run.
  const started = setTimeout(() => closer.abort(), 20_000);
  const res = await fetch(graph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...cred.headers, ...(cred.token ? { authorization: `Bearer ${cred.token}` } : {}) },
    body: JSON.stringify({ query: 'subscription($types: [String!]) { events(types: $types) { id type subject data } }', variables: { types } }),
    signal: closer.signal,
  });
  clearTimeout(started);
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const stream: Stream = { events: [], errors: [], completed: Promise.resolve(), close: () => closer.abort() };
  stream.completed = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('');
          if (!data) continue;
          const result = JSON.parse(data);
          if (result.errors) stream.errors.push(...result.errors);
          if (result.data?.events) stream.events.push(result.data.events);
        }
      }
    } catch (err) {
      if ((err as Error).name !== 'AbortError') throw err;
    }
  })();
  return stream;
}
