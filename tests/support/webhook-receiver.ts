/** A subscriber's endpoint on loopback for the webhook tests: a real HTTP server that records what it is sent. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received { id: string; timestamp: string; signature: string; body: string; at: number }

export class WebhookReceiver {
  readonly received: Received[] = [];
  readonly handshakes: string[] = [];
  /** Answer the next `failNext` POSTs with 503. */
  failNext = 0;
  /** Answer every POST with 500 while true. */
  dead = false;
  /** Never answer POSTs while true (a hung endpoint); `onHang` hears of each. */
  hang = false;
  onHang: (() => void) | null = null;
  /** The webhook-id of every POST, answered or not. */
  readonly posted: string[] = [];
  /** Refuse the validation handshake. */
  refuseHandshake = false;
  posts = 0;
  private readonly server: http.Server;
  url = '';

  private constructor() {
    this.server = http.createServer((req, res) => {
      if (req.method === 'OPTIONS') {
        this.handshakes.push(String(req.headers['webhook-request-origin']));
        if (this.refuseHandshake) return res.writeHead(403).end();
        return res.writeHead(200, { 'WebHook-Allowed-Origin': String(req.headers['webhook-request-origin']) }).end();
      }
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.posts++;
        this.posted.push(String(req.headers['webhook-id']));
        if (this.hang) {
          this.onHang?.();
          return; // The socket stays open until the sender gives up.
        }
        if (this.dead) return res.writeHead(500).end();
        if (this.failNext > 0) {
          this.failNext--;
          return res.writeHead(503).end();
        }
        this.received.push({ id: String(req.headers['webhook-id']), timestamp: String(req.headers['webhook-timestamp']), signature: String(req.headers['webhook-signature']), body: Buffer.concat(chunks).toString(), at: Date.now() });
        res.writeHead(204).end();
      });
    });
  }

  static async start(): Promise<WebhookReceiver> {
    const r = new WebhookReceiver();
    await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
    r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hook`;
    return r;
  }

  /** The CloudEvents received, parsed. */
  events(): { id: string; type: string; subject: string; data: Record<string, unknown> }[] {
    return this.received.map((r) => JSON.parse(r.body));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
