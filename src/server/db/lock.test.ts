import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './client';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'koers-lock-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('refuses a second opener while the first holds the lock, and frees it on release', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'koers.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, 'koers.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a crashed process', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'koers.lock'), '999999999'); // no such pid
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'koers.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('makes a second server process exit with a clear Dutch/English message and touch nothing', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    try {
      const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        env: { ...process.env, KOERS_DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(res.status).toBe(3);
      expect(res.stderr).toMatch(/al in gebruik door een ander Koers-proces/);
      expect(res.stderr).toMatch(/already in use by another Koers process/);
      expect(existsSync(join(dir, 'pg'))).toBe(false);
    } finally {
      release();
    }
  });
});
