import { TokenService } from '../src/modules/identity/token.service';
import { TEST_SECRET_KEY } from './constants';
import { startTestApp, type TestApp } from './harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { email role } userErrors { field message code } } }`;

interface LoginResult {
  login: {
    token: string | null;
    expiresAt: string | null;
    user: { email: string; role: string } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

describe('identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  it.each([
    ['admin@demo.test', 'ADMIN'],
    ['manager@demo.test', 'MANAGER'],
    ['tech@demo.test', 'TECHNICIAN'],
    ['vendor@demo.test', 'VENDOR'],
    ['owner@demo.test', 'OWNER'],
    ['tenant@demo.test', 'TENANT'],
    ['tenant2@demo.test', 'TENANT'],
  ])('logs %s in as %s with an expiring token', async (email, role) => {
    const r = await t.gql<LoginResult>(LOGIN, { input: { email, password: 'fixline-demo' } });
    expect(r.data?.login.userErrors).toEqual([]);
    expect(r.data?.login.user).toEqual({ email, role });
    const expiresAt = Date.parse(r.data?.login.expiresAt ?? '');
    expect(expiresAt).toBeGreaterThan(Date.now());
    expect(expiresAt).toBeLessThan(Date.now() + 13 * 3600 * 1000);
    const viewer = await t.gql<{ viewer: { email: string } }>(
      '{ viewer { email } }',
      {},
      r.data?.login.token ?? '',
    );
    expect(viewer.data?.viewer.email).toBe(email);
  });

  it('matches the email case-insensitively', async () => {
    const r = await t.gql<LoginResult>(LOGIN, {
      input: { email: '  Manager@Demo.TEST ', password: 'fixline-demo' },
    });
    expect(r.data?.login.token).toEqual(expect.any(String));
  });

  it('answers a wrong password and an unknown email the same way, as a user error', async () => {
    const wrong = await t.gql<LoginResult>(LOGIN, {
      input: { email: 'manager@demo.test', password: 'nope' },
    });
    const unknown = await t.gql<LoginResult>(LOGIN, {
      input: { email: 'nobody@demo.test', password: 'nope' },
    });
    for (const r of [wrong, unknown]) {
      expect(r.data?.login.token).toBeNull();
      expect(r.data?.login.userErrors).toEqual([
        {
          field: ['password'],
          code: 'INVALID_CREDENTIALS',
          message: 'That email and password do not match an account.',
        },
      ]);
    }
  });

  it('reports an over-long input as a user error naming the field and the limit', async () => {
    const r = await t.gql<LoginResult>(LOGIN, {
      input: { email: `${'x'.repeat(330)}@demo.test`, password: 'x' },
    });
    expect(r.data?.login.token).toBeNull();
    expect(r.data?.login.userErrors).toEqual([
      { field: ['input', 'email'], code: 'INVALID', message: expect.stringMatching(/320/) },
    ]);
  });

  it('treats a missing, forged or expired token as signed out', async () => {
    expect((await t.gql('{ viewer { id } }')).data).toEqual({ viewer: null });
    const token = await t.login('manager@demo.test');
    const forged = `${token.slice(0, -4)}AAAA`;
    expect((await t.gql('{ viewer { id } }', {}, forged)).data).toEqual({ viewer: null });
    const r = await t.gql('{ workOrders { totalCount } }', {}, forged);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tokens = new TokenService(Buffer.from(TEST_SECRET_KEY, 'hex'), 60);
    const expired = await tokens.issue({ userId: 2, role: 'MANAGER' }, new Date(Date.now() - 3_600_000));
    expect((await t.gql('{ viewer { id } }', {}, expired.token)).data).toEqual({ viewer: null });
    const fresh = await tokens.issue({ userId: 2, role: 'MANAGER' });
    expect(
      (await t.gql<{ viewer: { role: string } }>('{ viewer { role } }', {}, fresh.token)).data?.viewer.role,
    ).toBe('MANAGER');
  });

  it('refuses a token once the user is deactivated', async () => {
    const token = await t.login('tenant2@demo.test');
    await t.sql(`update users set active = false where email = 'tenant2@demo.test'`);
    const r = await t.gql('{ workOrders { totalCount } }', {}, token);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.sql(`update users set active = true where email = 'tenant2@demo.test'`);
  });

  it('stores passwords as argon2id hashes and never exposes them', async () => {
    const [row] = await t.sql<{ password_hash: string }>(
      `select password_hash from users where email = 'manager@demo.test'`,
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    const r = await t.gql('{ viewer { passwordHash } }', {}, await t.login('manager@demo.test'));
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
