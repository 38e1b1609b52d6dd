import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';

/**
 * compose.yaml read as data: each service's command, environment (anchors merged, ${VAR:-default} filled in) and
 * replica count, so a test can start the same processes on loopback with addresses mapped.
 */
export interface ComposeService {
  name: string;
  command?: string[];
  environment: Record<string, string>;
  replicas: number;
  image?: string;
}

export function readCompose(file: string, variables: Record<string, string>): ComposeService[] {
  const interpolate = (value: string) =>
    value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
      const v = variables[name];
      if (v) return v;
      if (kind === '?') throw new Error(`compose.yaml needs ${name}: ${rest}`);
      return kind === '-' ? (rest ?? '') : '';
    });
  const doc = YAML.parse(readFileSync(file, 'utf8'), { merge: true }) as { services: Record<string, any> };
  return Object.entries(doc.services).map(([name, s]) => ({
    name,
    image: s.image,
    command: s.command,
    environment: Object.fromEntries(Object.entries((s.environment ?? {}) as Record<string, unknown>).map(([k, v]) => [k, interpolate(String(v))])),
    replicas: s.deploy?.replicas ?? 1,
  }));
}


export interface Started {
  child: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in its stdout; rejects if it exits first. */
  ready: Promise<RegExpExecArray>;
  exited: Promise<number | null>;
}

export function startProcess(command: string[], env: Record<string, string>, ready: RegExp): Started {
  const [file, ...args] = command;
  const child = spawn(file === 'node' ? process.execPath : file, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const readyPromise = new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout!.on('data', (c) => {
      out += c;
      const match = ready.exec(out);
      if (match) resolve(match);
    });
    void exited.then((code) => reject(new Error(`${command.join(' ')} exited with ${code}:\n${out.slice(-3000)}`)));
  });
  readyPromise.catch(() => {});
  return { child, output: () => out, ready: readyPromise, exited };
}

export async function stopAll(started: Started[]): Promise<void> {
  await Promise.all(started.map((s) => (s.child.exitCode !== null || s.child.signalCode ? null : (s.child.kill('SIGTERM'), s.exited))));
}
