import { readFileSync } from 'node:fs';
import net from 'node:net';

/**
 * A port for a process the test starts later. Taken below the kernel's ephemeral range: a port from listen(0)
 * can be handed, in the gap before the child binds it, to the local end of some other test's outgoing loopback
 * connection (EADDRINUSE in CI under load). Ports below the range are only ever taken by someone listening.
 */
const ephemeralStart = (() => {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
})();
const low = Math.max(1024, ephemeralStart - 12000);
const handedOut = new Set<number>();

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

export async function freePort(): Promise<number> {
  for (;;) {
    const port = low + Math.floor(Math.random() * (ephemeralStart - low));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await canListen(port)) return port;
  }
}
