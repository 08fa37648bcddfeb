import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../test/env';
import { type TestContext, createTestContext, makeClient } from '../../test/harness';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ KOERS_LOGIN_RATE_LIMIT: '5', KOERS_TRUST_PROXY: 'true' });
});
afterAll(() => ctx?.close());

describe('session', () => {
  it('logs in with a secure session cookie and returns user, roles, abilities and a CSRF token', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'Raadslid@Koers.test ', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/koers_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = res.json();
    expect(body.user).toMatchObject({ email: 'raadslid@koers.test', role: 'raadslid', isDemo: true });
    expect(body.roles).toEqual(['raadslid']);
    expect(body.abilities).toMatchObject({ readProgramme: true, editEfforts: 'none' });
    expect(body.csrfToken).toMatch(/.{20,}/);
  });

  it('sets the Secure flag behind HTTPS', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'ambassadeur@koers.test', password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // behind a TLS-terminating proxy (KOERS_TRUST_PROXY=true) the cookie is Secure; over plain HTTP it is not
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    const plain = await ctx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'ambassadeur@koers.test', password: TEST_PASSWORD } });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/;\s*Secure/i);
  });

  it('refuses a wrong password with a Dutch message, without saying which part was wrong', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'beheerder@koers.test', password: 'fout-wachtwoord' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ title: 'E-mailadres of wachtwoord klopt niet', status: 401 });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'niemand@koers.test', password: 'x' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(res.json().detail);
  });

  it('validates the login body in Dutch', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'geen-adres', password: '' } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().invalidParams)).toMatch(/geldig e-mailadres/);
  });

  it('rate-limits repeated logins for one address', async () => {
    const attempt = () => ctx.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'partner@koers.test', password: 'raden' } });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await attempt()).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[5]).toBe(429);
    const limited = await attempt();
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    expect(limited.json().title).toBe('Te veel pogingen');
  });

  it('logs out: the session no longer works afterwards', async () => {
    const client = await ctx.as('casusregisseur');
    expect((await client.get('/api/v1/session')).statusCode).toBe(200);
    const noToken = makeClient(ctx.app, client.cookie, null);
    expect((await noToken.delete('/api/v1/session')).statusCode).toBe(403);
    expect((await client.delete('/api/v1/session')).statusCode).toBe(204);
    expect((await client.get('/api/v1/session')).statusCode).toBe(401);
    expect((await client.get('/api/v1/efforts')).statusCode).toBe(401);
  });

  it('works over real HTTP too', async () => {
    const address = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const login = await fetch(`${address}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'programmamanager@koers.test', password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const efforts = await fetch(`${address}/api/v1/efforts`, { headers: { cookie } });
    expect(efforts.status).toBe(200);
    expect((await efforts.json()).items.length).toBe(29); // 8 efforts and 21 sub-efforts
    const health = await fetch(`${address}/api/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document describing every API route', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const r of ctx.app.routeTable.filter((x) => x.url.startsWith('/api/v1/') && x.url !== '/api/v1/openapi.json')) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${path}`).toBeDefined();
    }
  });
});
