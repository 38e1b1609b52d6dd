/**
 * One HTTP exchange with a subscriber's endpoint: the validation handshake (CloudEvents HTTP webhook spec, section
 * 4: OPTIONS with WebHook-Request-Origin, answered with WebHook-Allowed-Origin) and the signed POST of an event
 * (Standard Webhooks headers). node:http rather than fetch: its `lookup` hook lets the address guard judge the
 * address actually connected to, and the time limit covers the whole exchange.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { AddressGuard } from './address-guard.ts';

// Connections are kept open and reused per endpoint; the address guard judges every new one in its lookup.
const agents = { http: new http.Agent({ keepAlive: true, maxSockets: 64 }), https: new https.Agent({ keepAlive: true, maxSockets: 64 }) };

/** The origin the platform names in the handshake; receivers answer it (or "*") in WebHook-Allowed-Origin. */
export const WEBHOOK_ORIGIN = 'events.psg.gov.lv';

export interface Answer { status: number; headers: http.IncomingHttpHeaders }

/** Sends one request; rejects with a message a subscriber can act on when there is no answer within `timeoutMs`. */
function exchange(guard: AddressGuard, rawUrl: string, method: string, headers: Record<string, string>, body: string | null, timeoutMs: number): Promise<Answer> {
  const url = new URL(rawUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address in the URL itself skips DNS, so the lookup hook would not see it.
  if (isIP(host) && !guard.permits(host)) return Promise.reject(new Error(`refused: ${host} is a private address`));
  const secure = url.protocol === 'https:';
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method, headers: body === null ? headers : { ...headers, 'content-length': Buffer.byteLength(body).toString() }, lookup: guard.lookup as never, agent: secure ? agents.https : agents.http }, (res) => {
      res.resume(); // The body is not read: a receiver's answer carries nothing the platform uses.
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on('error', reject);
    });
    const timer = setTimeout(() => req.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (err: NodeJS.ErrnoException) => reject(new Error(err.code && err.code !== 'EPRIVATEADDRESS' ? `${err.code}: ${err.message}` : err.message)));
    req.end(body ?? undefined);
  });
}

/** Whether the endpoint agrees to receive the platform's deliveries. Returns the refusal, or null when it agrees. */
export async function validateEndpoint(guard: AddressGuard, url: string, timeoutMs: number): Promise<string | null> {
  try {
    const answer = await exchange(guard, url, 'OPTIONS', { 'webhook-request-origin': WEBHOOK_ORIGIN }, null, timeoutMs);
    if (answer.status < 200 || answer.status > 299) return `validation handshake: HTTP ${answer.status} to OPTIONS`;
    const allowed = String(answer.headers['webhook-allowed-origin'] ?? '').split(',').map((s) => s.trim());
    if (!allowed.includes('*') && !allowed.includes(WEBHOOK_ORIGIN)) return `validation handshake: WebHook-Allowed-Origin does not name ${WEBHOOK_ORIGIN}`;
    return null;
  } catch (err) {
    return `validation handshake: ${(err as Error).message}`;
  }
}

/** Standard Webhooks signature header: one `v1,<base64>` per secret in use (two while a rotation's grace lasts). */
export function signatureOf(secrets: string[], msgId: string, at: Date, payload: string): string {
  return secrets.map((s) => signerOf(s).sign(msgId, at, payload)).join(' ');
}

// A signer decodes its secret once; a secret's signer is reused while it is in use (rotations are rare).
const signers = new Map<string, Webhook>();
function signerOf(secret: string): Webhook {
  let signer = signers.get(secret);
  if (!signer) {
    if (signers.size >= 10_000) signers.clear();
    signers.set(secret, (signer = new Webhook(secret)));
  }
  return signer;
}

/** POSTs one event; resolves with the HTTP status (any), rejects when there is no answer. */
export async function postEvent(guard: AddressGuard, url: string, eventId: string, payload: string, secrets: string[], timeoutMs: number): Promise<number> {
  const at = new Date();
  const headers = {
    'content-type': 'application/cloudevents+json; charset=utf-8',
    'webhook-id': eventId,
    'webhook-timestamp': Math.floor(at.getTime() / 1000).toString(),
    'webhook-signature': signatureOf(secrets, eventId, at, payload),
    'user-agent': 'psg-webhooks/1',
  };
  return (await exchange(guard, url, 'POST', headers, payload, timeoutMs)).status;
}
