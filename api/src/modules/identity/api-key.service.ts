import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../platform/graphql/context';
import { idOf } from '../../platform/graphql/node';
import { UserFacingError } from '../../platform/graphql/user-error';
import { ApiKey } from './api-key.entity';
import type { ApiKeyScope } from './api-key.scopes';
import { User } from './user.entity';

const PREFIX = 'fxk_';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const isApiKeyToken = (token: string): boolean => token.startsWith(PREFIX);

/** `fxk_<8 hex>_<43 base64url>`: 256 random bits; the first part finds the row, the whole is compared by hash. */
export const createApiKey = async (
  em: EntityManager,
  creatorId: number,
  name: string,
  scopes: ApiKeyScope[],
): Promise<{ apiKey: ApiKey; secret: string }> => {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 100) {
    throw UserFacingError.of('INVALID', 'Name the key (2 to 100 characters), e.g. after the integration.', [
      'input',
      'name',
    ]);
  }
  if (scopes.length === 0)
    throw UserFacingError.of('REQUIRED', 'Give the key at least one scope.', ['input', 'scopes']);
  const prefix = `${PREFIX}${randomBytes(4).toString('hex')}`;
  const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
  const apiKey = em.create(ApiKey, {
    name: trimmed,
    prefix,
    secretHash: sha256(secret),
    scopes: [...new Set(scopes)],
    createdBy: creatorId,
  });
  await em.flush();
  return { apiKey, secret };
};

export const revokeApiKey = async (em: EntityManager, apiKeyId: string): Promise<ApiKey> => {
  const id = idOf('ApiKey', apiKeyId);
  const apiKey = id === null ? null : await em.findOne(ApiKey, id);
  if (apiKey === null) throw UserFacingError.of('NOT_FOUND', 'No such API key.', ['input', 'apiKeyId']);
  apiKey.revokedAt ??= new Date();
  await em.flush();
  return apiKey;
};

const LAST_USED_PRECISION_MS = 60_000;

/** The viewer an API key acts as: its scopes, on behalf of the admin who made it; null if unknown or revoked. */
export const viewerForApiKey = async (em: EntityManager, token: string): Promise<Viewer | null> => {
  const prefix = token.split('_').slice(0, 2).join('_');
  const apiKey = await em.findOne(ApiKey, { prefix, revokedAt: null });
  if (apiKey === null) return null;
  const expected = Buffer.from(apiKey.secretHash, 'hex');
  const actual = Buffer.from(sha256(token), 'hex');
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const creator = await em.findOne(User, { id: apiKey.createdBy.id, active: true }, { fields: ['id'] });
  if (creator === null) return null;
  const now = Date.now();
  if (!apiKey.lastUsedAt || now - apiKey.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await em.nativeUpdate(ApiKey, { id: apiKey.id }, { lastUsedAt: new Date(now) });
  }
  return {
    id: creator.id,
    role: 'API_KEY',
    vendorId: null,
    apiKey: { id: apiKey.id, scopes: apiKey.scopes },
  };
};
