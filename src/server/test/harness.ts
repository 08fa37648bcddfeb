/**
 * Builds a real Koers app on a real database for one test file: a private copy of the seeded
 * template (PGlite in memory, or a fresh PostgreSQL database cloned from the template).
 * Requests go through app.inject (the full Fastify pipeline: hooks, policies, validation)
 * or, with `listen()`, over real HTTP.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import type { Role } from '../../shared/roles';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { type Database, openDatabase } from '../db/client';
import { TEMPLATE_DB, TEMPLATE_FILE, TEST_PASSWORD, adminUrl } from './env';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  /** log in as the demo account of a role; returns a client that sends its cookie and CSRF token */
  as(role: Role): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

export interface Client {
  request(opts: InjectOptions): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  get(url: string): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  patch(url: string, body: unknown): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  post(url: string, body: unknown): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  delete(url: string): Promise<Awaited<ReturnType<FastifyInstance['inject']>>>;
  csrfToken: string | null;
  cookie: string | null;
}

export async function openTestDatabase(): Promise<Database> {
  if (process.env.KOERS_TEST_DB === 'postgres') {
    const name = `koers_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`create database "${name}" template "${TEMPLATE_DB}"`);
    await admin.end();
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    return {
      ...database,
      close: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: adminUrl() });
        await a.connect();
        await a.query(`drop database if exists "${name}" with (force)`);
        await a.end();
      },
    };
  }
  const blob = new Blob([readFileSync(TEMPLATE_FILE)]);
  return openDatabase({ inMemory: true, loadDataDir: blob });
}

export function makeClient(app: FastifyInstance, cookie: string | null, csrfToken: string | null): Client {
  const request = (opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...(opts.headers ?? {}),
      },
    });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    patch: (url, body) => request({ method: 'PATCH', url, payload: body as never }),
    post: (url, body) => request({ method: 'POST', url, payload: body as never }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
  const cookie = raw.split(';')[0]!;
  return makeClient(app, cookie, res.json().csrfToken);
}

export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', KOERS_LOGIN_RATE_LIMIT: '1000', ...env });
  const app = await buildApp({ database, config });
  await app.ready();
  const sessions = new Map<Role, Client>();
  return {
    app,
    database,
    anonymous: makeClient(app, null, null),
    async as(role) {
      let c = sessions.get(role);
      if (!c) {
        c = await login(app, `${role}@koers.test`);
        sessions.set(role, c);
      }
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
