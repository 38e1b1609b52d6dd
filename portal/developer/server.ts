import { servePortal } from '../shared/server.ts';
import { createDeveloperPortal, type DeveloperPortalOptions } from './app.ts';

/** Serves the developer portal on node:http. With `publicUrl` unset it is http://host:port once listening. */
export const startDeveloperPortal = (options: Omit<DeveloperPortalOptions, 'publicUrl'> & { publicUrl?: string }, listen: { port: number; host: string }) =>
  servePortal(createDeveloperPortal, options, listen);
