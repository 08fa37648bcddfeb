import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * "Nothing committed is ever lost": a change the API confirmed survives the server being killed
 * with SIGKILL (no shutdown hooks run), and the next start takes over the stale lock.
 */
const PASSWORD = 'crash-test-wachtwoord';
const dir = mkdtempSync(join(tmpdir(), 'koers-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, KOERS_DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'silent', DATABASE_URL: '', KOERS_DEMO_PASSWORD: PASSWORD },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).ok) return child;
    } catch {
      /* starting */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

async function session(base: string) {
  const res = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'programmamanager@koers.test', password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = await (await fetch(`${base}/api/v1/session`, { headers: { cookie } })).json();
  return { cookie, csrf: me.csrfToken as string };
}

describe('crash safety of the embedded database', () => {
  it('keeps a confirmed change after SIGKILL, and the next start takes over the lock', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = await start(port);
    const { cookie, csrf } = await session(base);
    const efforts = (await (await fetch(`${base}/api/v1/efforts`, { headers: { cookie } })).json()).items as { id: string; code: string }[];
    const id = efforts.find((e) => e.code === '6')!.id;
    const detail = await (await fetch(`${base}/api/v1/efforts/${id}`, { headers: { cookie } })).json();
    const text = `Vastgelegd vlak voor een crash (${Date.now()}).`;
    const patch = await fetch(`${base}/api/v1/efforts/${id}`, {
      method: 'PATCH',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ version: detail.effort.version, fields: { planning: { state: 'filled', value: text } } }),
    });
    expect(patch.status).toBe(200);

    const exited = new Promise((r) => first.once('exit', r));
    first.kill('SIGKILL');
    await exited;
    expect(existsSync(join(dir, 'koers.lock'))).toBe(true); // left behind by the crash

    const second = await start(port);
    try {
      const again = await session(base);
      const after = await (await fetch(`${base}/api/v1/efforts/${id}`, { headers: { cookie: again.cookie } })).json();
      expect(after.fields.find((f: { key: string }) => f.key === 'planning')).toMatchObject({ state: 'filled', value: text });
      const history = await (await fetch(`${base}/api/v1/efforts/${id}/history?field=planning`, { headers: { cookie: again.cookie } })).json();
      expect(history.items[0].after).toEqual({ state: 'filled', value: text });
    } finally {
      const done = new Promise((r) => second.once('exit', r));
      second.kill('SIGTERM');
      await done;
    }
    expect(existsSync(join(dir, 'koers.lock'))).toBe(false); // released on a clean shutdown
  }, 120_000);
});
