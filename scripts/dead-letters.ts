// npm run events:dead-letters -- [list [consumer] | replay <sequence>…]: the JetStream dead-letter stream
// (common/events/dead-letters.ts). `list` shows the kept letters (sequence, consumer, type, deliveries, reason);
// `replay` puts each given letter back on the events stream for its consumer only and deletes it here.
import { JetStreamBus, jetStreamOptions } from '../common/events/bus.ts';
import { run } from './run.ts';

await run(async (config) => {
  if (!config.NATS_URL) throw new Error('Set NATS_URL: dead letters are kept on JetStream only.');
  const bus = await JetStreamBus.connect(jetStreamOptions(config, config.NATS_URL));
  try {
    const [command = 'list', ...args] = process.argv.slice(2);
    if (command === 'list') {
      for (const l of await bus.deadLetters.list({ consumer: args[0], limit: 1000 }))
        console.log(`${l.sequence}\t${l.at}\t${l.consumer}\t${l.type}\t${l.eventId ?? '-'}\tdeliveries ${l.deliveries}\t${l.reason}`);
    } else if (command === 'replay' && args.length) {
      for (const seq of args.map(Number)) {
        const letter = await bus.deadLetters.replay(seq);
        console.log(letter ? `replayed ${seq} (${letter.type}, ${letter.eventId ?? 'unreadable'}) for ${letter.consumer}` : `no dead letter ${seq}`);
      }
    } else {
      throw new Error('usage: npm run events:dead-letters -- list [consumer] | replay <sequence>…');
    }
  } finally {
    await bus.close();
  }
});
