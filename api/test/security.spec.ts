import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from './harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }`;
type LoginResult = { login: { token: string | null; userErrors: { code: string; message: string }[] } };

describe('hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://pms.example.com' });
  });
  afterAll(() => t.stop());

  it('throttles failed sign-ins per account, then refuses even the right password for a while', async () => {
    for (let i = 0; i < 5; i += 1) {
      const r = await t.gql<LoginResult>(LOGIN, {
        input: { email: 'owner2@demo.test', password: `wrong-${i}` },
      });
      expect(r.data?.login.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await t.gql<LoginResult>(LOGIN, {
      input: { email: 'owner2@demo.test', password: 'fixline-demo' },
    });
    expect(blocked.data?.login.token).toBeNull();
    expect(blocked.data?.login.userErrors[0]).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.stringMatching(/try again in 15 minutes/),
    });
    // another account from the same address is still served
    expect(
      (await t.gql<LoginResult>(LOGIN, { input: { email: 'owner@demo.test', password: 'fixline-demo' } }))
        .data?.login.token,
    ).toEqual(expect.any(String));
  });

  it('refreshes a valid token', async () => {
    const token = await t.login('manager@demo.test');
    const r = await t.gql<{ refreshToken: { token: string; expiresAt: string } }>(
      'mutation { refreshToken { token expiresAt } }',
      {},
      token,
    );
    expect(r.data?.refreshToken.token).toEqual(expect.any(String));
    expect(
      (await t.gql<{ viewer: { email: string } }>('{ viewer { email } }', {}, r.data?.refreshToken.token))
        .data?.viewer.email,
    ).toBe('manager@demo.test');
    expect((await t.gql('mutation { refreshToken { token } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('sends security headers, refuses CSRF-able GETs, and allows only listed origins', async () => {
    const page = await fetch(`${t.url}/healthz`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const simpleGet = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    const preflighted = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    const allowed = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://pms.example.com', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://pms.example.com');
    const evil = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a WebSocket from an unlisted origin or with an invalid token', async () => {
    const close = (options: { origin?: string; token?: string }) =>
      new Promise<number>((resolve) => {
        const client = createClient({
          url: `${t.url.replace('http', 'ws')}/graphql`,
          webSocketImpl: class extends WebSocket {
            constructor(address: string, protocols?: string | string[]) {
              super(address, protocols, options.origin ? { headers: { origin: options.origin } } : {});
            }
          },
          connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
          retryAttempts: 0,
          lazy: false,
          on: { closed: (e) => resolve((e as { code: number }).code) },
        });
        void client;
      });
    expect(await close({ origin: 'https://evil.example' })).toBe(4403);
    expect(await close({ token: 'not-a-token' })).toBe(4403);
  });
});

describe('tokens expire on open sockets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ TOKEN_TTL_SECONDS: '2' });
  });
  afterAll(() => t.stop());

  it('closes a subscribed socket with 4403 when its token expires', async () => {
    const token = await t.login('manager@demo.test');
    const code = await new Promise<number>((resolve) => {
      const client = createClient({
        url: `${t.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: { closed: (e) => resolve((e as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { workOrderChanged { kind } }' },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    });
    expect(code).toBe(4403);
  });
});

describe('production: introspection and suggestions for signed-in callers only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.stop());

  it('refuses anonymous introspection and strips suggestions, but serves signed-in callers', async () => {
    const anonymous = await t.gql('{ __schema { queryType { name } } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const token = await t.login('manager@demo.test');
    expect(
      (
        await t.gql<{ __schema: { queryType: { name: string } } }>(
          '{ __schema { queryType { name } } }',
          {},
          token,
        )
      ).data?.__schema.queryType.name,
    ).toBe('Query');
    const typo = await t.gql('{ severityLevel { label } }');
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "severityLevel" on type "Query".');
    const typoSignedIn = await t.gql('{ severityLevel { label } }', {}, token);
    expect(typoSignedIn.errors?.[0]?.message).toContain('Did you mean');
  });
});
