import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createCitizenPortal, type PortalOptions } from './app.ts';

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

/** Serves the citizen portal on node:http. With `publicUrl` unset it is http://host:port once listening. */
export async function startCitizenPortal(options: Omit<PortalOptions, 'publicUrl'> & { publicUrl?: string }, listen: { port: number; host: string }): Promise<RunningPortal> {
  let app: ReturnType<typeof createCitizenPortal> | null = options.publicUrl ? createCitizenPortal(options as PortalOptions) : null;
  const server = serve({ fetch: (req, env) => app!.fetch(req, env), port: listen.port, hostname: listen.host });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  const url = options.publicUrl ?? `http://${listen.host}:${(server.address() as AddressInfo).port}`;
  app ??= createCitizenPortal({ ...options, publicUrl: url });
  return {
    url,
    close: () => new Promise<void>((resolve) => {
      (server as any).closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
