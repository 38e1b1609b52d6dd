// npm run token -- --person <personal code> [--name "Name"] [--app <third-party client id>]
//                | --institution <code> | --application <client id> | --operator <id>   [--scope "a b"] [--ttl seconds]
// Prints a bearer token signed with the development OpenID provider's key, as that provider (its issuer URL),
// which the default configuration accepts. Persons can also sign in through the provider's login page.
import { parseArgs } from 'node:util';
import { devOidcIssuer, loadConfig } from '../common/config.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';

const USAGE = `usage: npm run token -- <who> [--scope "a b"] [--ttl seconds]
  who:  --person 150385-12346 [--name "Jānis Bērziņš"] [--app <third-party client id>]
      | --institution PMLP
      | --application <client id>
      | --operator ops
  --ttl  the token's lifetime in seconds (default 3600; the gateway refuses more than MAX_TOKEN_LIFETIME)
Prints a bearer token from the development issuer.`;

/** Bad arguments: a message and the usage on stderr, exit 2 (no stack trace). */
function refuse(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h' },
      person: { type: 'string' }, name: { type: 'string' }, app: { type: 'string' }, institution: { type: 'string' },
      application: { type: 'string' }, operator: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string', default: '3600' },
    },
  }));
} catch (err) {
  refuse((err as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const ttl = Number(values.ttl);
if (!Number.isInteger(ttl) || ttl <= 0) refuse(`--ttl must be a whole number of seconds above 0 (got "${values.ttl}").`);
const config = loadConfig();
if (!config.devIssuer) {
  console.error('The development issuer is disabled (DEV_ISSUER=false or NODE_ENV=production).');
  process.exit(1);
}
const scope = values.scope;
const subject = values.person
  ? { person: values.person, name: values.name, app: values.app, scope }
  : values.institution ? { institution: values.institution, scope }
  : values.application ? { application: values.application, scope }
  : values.operator ? { operator: values.operator }
  : null;
if (!subject) refuse('Say whom the token is for.');
const issuer = await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE, devOidcIssuer(config));
console.log(await issuer.issue(subject, ttl));
