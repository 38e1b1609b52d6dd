/**
 * Stops the process gracefully on SIGTERM/SIGINT: `close` stops taking requests and lets running ones finish
 * (startSubgraph's close drains its HTTP server), then the process exits 0; if that takes longer than `timeoutMs`
 * or fails, it exits 1. A second signal while draining is ignored. Returns a function that removes the handlers.
 */
export function drainOnSignals(
  close: () => Promise<void>,
  opts: { timeoutMs?: number; log?: (message: string, err?: unknown) => void } = {},
): () => void {
  const log = opts.log ?? ((message: string, err?: unknown) => (err ? console.error(message, err) : console.log(message)));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    setTimeout(() => process.exit(1), opts.timeoutMs ?? 10_000).unref();
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        log('stopping failed', err);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return () => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  };
}
