// npm run token -- --person <personal code> [--name "Name"] [--app <third-party client id>]
//                | --institution <code> | --application <client id> | --operator <id>   [--scope "a b"] [--ttl seconds]
// Prints a bearer token signed with the development OpenID provider's key, as that provider (its issuer URL),
// which the default configuration accepts. Persons can also sign in through the provider's login page.
import { parseArgs } from 'node:util';
import { devOidcIssuer, loadConfig } from '../common/config.ts';
import { DevIssuer } from '../gateway/dev-issuer.ts';

const { values } = parseArgs({
  options: {
    person: { type: 'string' }, name: { type: 'string' }, app: { type: 'string' }, institution: { type: 'string' },
    application: { type: 'string' }, operator: { type: 'string' }, scope: { type: 'string' }, ttl: { type: 'string', default: '3600' },
  },
});
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
if (!subject) {
  console.error('usage: npm run token -- --person 150385-12346 [--app my-app] | --institution PMLP | --application my-app | --operator ops');
  process.exit(2);
}
const issuer = await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE, devOidcIssuer(config));
console.log(await issuer.issue(subject, Number(values.ttl)));
