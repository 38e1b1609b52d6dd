import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { RunningPortal } from '../citizen/server.ts';
import { createDeveloperPortal, type DeveloperPortalOptions } from './app.ts';

/** Serves the developer portal on node:http. With `publicUrl` unset it is http://host:port once listening. */
export async function startDeveloperPortal(options: Omit<DeveloperPortalOptions, 'publicUrl'> & { publicUrl?: string }, listen: { port: number; host: string }): Promise<RunningPortal> {
  let app: ReturnType<typeof createDeveloperPortal> | null = options.publicUrl ? createDeveloperPortal(options as DeveloperPortalOptions) : null;
  const server = serve({ fetch: (req, env) => app!.fetch(req, env), port: listen.port, hostname: listen.host });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = options.publicUrl ?? `http://${listen.host}:${(server.address() as AddressInfo).port}`;
  app ??= createDeveloperPortal({ ...options, publicUrl: url });
  return {
    url,
    close: () => new Promise<void>((resolve) => {
      (server as any).closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
