import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet, type JWK, type CryptoKey } from 'jose';
import { EntraTokenValidator } from '@prt/functions/auth/entraTokenValidator.js';

export const TENANT_A = 'aaaaaaaa-0000-4000-8000-00000000000a';
export const TENANT_B = 'bbbbbbbb-0000-4000-8000-00000000000b';
export const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
export const APP_ID_URI = `api://register.example/${CLIENT_ID}`;

export interface SigningKey {
  privateKey: CryptoKey;
  jwk: JWK;
}

export async function signingKey(kid = 'test-key'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export interface TokenClaims {
  tid?: string;
  oid?: string;
  aud?: string;
  iss?: string;
  scp?: string;
  exp?: string | number;
  nbf?: string | number;
  name?: string;
}

/** A token shaped like an Entra v2 access token from Teams SSO, with any claim overridable. */
export function entraToken(key: SigningKey, claims: TokenClaims = {}): Promise<string> {
  const tid = claims.tid ?? TENANT_A;
  const jwt = new SignJWT({
    tid,
    oid: claims.oid ?? 'user-a',
    scp: claims.scp ?? 'access_as_user',
    name: claims.name ?? 'Anna Andersson',
    preferred_username: 'anna.andersson@kommun.example',
  })
    .setProtectedHeader({ alg: 'RS256', kid: key.jwk.kid! })
    .setIssuer(claims.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .setAudience(claims.aud ?? CLIENT_ID)
    .setIssuedAt()
    .setExpirationTime(claims.exp ?? '1h');
  if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
  return jwt.sign(key.privateKey);
}

export function validatorFor(key: SigningKey, allowedTenants = [TENANT_A, TENANT_B]): EntraTokenValidator {
  return new EntraTokenValidator({ audiences: [CLIENT_ID, APP_ID_URI], allowedTenants, keys: createLocalJWKSet({ keys: [key.jwk] }) });
}
