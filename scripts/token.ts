// npm run token -- --person <personal code> [--name "Name"] | --institution <code> | --operator <id> [--ttl seconds]
// Prints a bearer token from the development issuer that the default configuration accepts.
import { parseArgs } from 'node:util';
import { loadConfig } from '../common/config.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';

const { values } = parseArgs({ options: { person: { type: 'string' }, name: { type: 'string' }, institution: { type: 'string' }, operator: { type: 'string' }, ttl: { type: 'string', default: '3600' } } });
const config = loadConfig();
if (!config.devIssuer) {
  console.error('The development issuer is disabled (DEV_ISSUER=false or NODE_ENV=production).');
  process.exit(1);
}
const subject = values.person ? { person: values.person, name: values.name } : values.institution ? { institution: values.institution } : values.operator ? { operator: values.operator } : null;
if (!subject) {
  console.error('usage: npm run token -- --person 150385-12346 | --institution PMLP | --operator ops');
  process.exit(2);
}
const issuer = await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE);
console.log(await issuer.issue(subject, Number(values.ttl)));
