import { devOidcIssuer, type Config } from '../common/config.ts';
import { localIssuer, remoteIssuer, type TrustedIssuer } from './authenticate.ts';
import { DevIssuer } from './dev-issuer.ts';
import type { DevOidcProvider } from './dev-oidc-provider.ts';

/**
 * The issuers a gateway trusts: the configured one (the state's provider in production) and, in development, the
 * development provider: through its JWKS when it runs in this process, else by its key file (a gateway run alone).
 */
export async function trustedIssuers(config: Config, devProvider?: DevOidcProvider | null): Promise<{ issuers: TrustedIssuer[]; devIssuer: DevIssuer | null }> {
  const issuers: TrustedIssuer[] = [];
  let devIssuer: DevIssuer | null = null;
  if (devProvider) {
    devIssuer = devProvider.devIssuer;
    issuers.push(remoteIssuer(devProvider.issuer, devProvider.jwksUrl));
  } else if (config.devIssuer) {
    devIssuer = await DevIssuer.load(config.DEV_ISSUER_KEY_FILE, config.OIDC_AUDIENCE, devOidcIssuer(config));
    issuers.push(localIssuer(devIssuer.issuer, devIssuer.jwks));
  }
  if (config.OIDC_ISSUER && config.OIDC_JWKS_URL) issuers.push(remoteIssuer(config.OIDC_ISSUER, config.OIDC_JWKS_URL));
  return { issuers, devIssuer };
}
