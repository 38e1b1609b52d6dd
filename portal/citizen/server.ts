import { servePortal, type RunningPortal } from '../shared/server.ts';
import { createCitizenPortal, type PortalOptions } from './app.ts';

export type { RunningPortal };

/** Serves the citizen portal on node:http. With `publicUrl` unset it is http://host:port once listening. */
export const startCitizenPortal = (options: Omit<PortalOptions, 'publicUrl'> & { publicUrl?: string }, listen: { port: number; host: string }) =>
  servePortal(createCitizenPortal, options, listen);
