import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Environment variables, documented in README.md ("Configuration"). */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  KOERS_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  KOERS_DEMO_PASSWORD: z.string().min(8).optional(),
  KOERS_DEMO_DATA: bool.optional(),
  KOERS_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  KOERS_TRUST_PROXY: bool.default(false),
  KOERS_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
  KOERS_CASE_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  KOERS_CASE_CONFERENCE_WAIT_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoPassword: string | undefined;
  /** create demo accounts and voorbeelddata on first start (default: not in production) */
  demoData: boolean;
  sessionHours: number;
  trustProxy: boolean;
  loginRateLimit: number;
  /** closed Tussen Wal en Schip cases are erased this many months after closing */
  caseRetentionMonths: number;
  /** a case waiting longer than this many days for a case conference needs attention */
  caseConferenceWaitDays: number;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // an empty variable counts as unset
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ongeldige configuratie / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.KOERS_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demoPassword: e.KOERS_DEMO_PASSWORD,
    demoData: e.KOERS_DEMO_DATA ?? e.NODE_ENV !== 'production',
    sessionHours: e.KOERS_SESSION_HOURS,
    trustProxy: e.KOERS_TRUST_PROXY,
    loginRateLimit: e.KOERS_LOGIN_RATE_LIMIT,
    caseRetentionMonths: e.KOERS_CASE_RETENTION_MONTHS,
    caseConferenceWaitDays: e.KOERS_CASE_CONFERENCE_WAIT_DAYS,
    logLevel: e.LOG_LEVEL,
  };
}
