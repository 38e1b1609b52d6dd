import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import type { PortalOptions } from './portal.ts';

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

/** Serves a portal on node:http. With `publicUrl` unset it is http://host:port once listening (known only then). */
export async function servePortal<O extends Omit<PortalOptions, 'publicUrl'>>(
  create: (options: O & { publicUrl: string }) => Hono<any>,
  options: O & { publicUrl?: string },
  listen: { port: number; host: string },
): Promise<RunningPortal> {
  let app = options.publicUrl ? create(options as O & { publicUrl: string }) : null;
  const server = serve({ fetch: (req, env) => app!.fetch(req, env), port: listen.port, hostname: listen.host });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = options.publicUrl ?? `http://${listen.host}:${(server.address() as AddressInfo).port}`;
  app ??= create({ ...options, publicUrl: url });
  return {
    url,
    close: () => new Promise<void>((resolve) => {
      (server as any).closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
