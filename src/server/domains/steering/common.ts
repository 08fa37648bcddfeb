import { eq, inArray } from 'drizzle-orm';
import type { ChangeEntry } from '../../audit/change-log';
import type { DbOrTx } from '../../db/client';
import { efforts } from '../../db/schema';
import { AppError } from '../../errors';
import { type Actor, allows, canEditEffort } from '../../policies';
import { leaderPersonIds } from '../efforts/service';

export interface EffortRef {
  id: string;
  code: string;
  name: string;
}

/** Today's date in the municipality's time zone, as yyyy-mm-dd. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** '2026-12-31' → '31 december 2026' */
export function formatDateNl(iso: string): string {
  return dutchDate.format(new Date(`${iso}T00:00:00Z`));
}

export async function effortRef(db: DbOrTx, id: string): Promise<EffortRef & { version: number }> {
  const [e] = await db.select({ id: efforts.id, code: efforts.code, name: efforts.name, version: efforts.version }).from(efforts).where(eq(efforts.id, id)).limit(1);
  if (!e) throw new AppError('not_found', 'Deze inspanning bestaat niet (meer).');
  return e;
}

export async function effortRefs(db: DbOrTx, ids: string[]): Promise<Map<string, EffortRef>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: efforts.id, code: efforts.code, name: efforts.name }).from(efforts).where(inArray(efforts.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

export const refLabel = (e: EffortRef) => `${e.code} ${e.name}`;

/** May this actor change the steering data of this effort? (project leaders: only their own) */
export async function mayEditSteering(db: DbOrTx, actor: Actor | null, effortId: string): Promise<boolean> {
  if (!actor || !allows(actor, 'steering.edit')) return false;
  if (actor.role === 'programmamanager') return true;
  return canEditEffort(actor, await leaderPersonIds(db, effortId), 'steering.edit');
}

export async function assertCanEditSteering(db: DbOrTx, actor: Actor, effortId: string): Promise<void> {
  if (!(await mayEditSteering(db, actor, effortId))) {
    throw new AppError('forbidden', 'U kunt alleen de sturing van inspanningen bijwerken waarvan u projectleider bent.');
  }
}

export function assertVersion(current: number, sent: number) {
  if (current !== sent) {
    throw new AppError('conflict', 'Dit is gewijzigd nadat u begon met bewerken. Uw wijzigingen zijn niet opgeslagen; laad de pagina opnieuw.');
  }
}

/** One change-log entry per field whose value differs. */
export function fieldChanges(
  base: Omit<ChangeEntry, 'field' | 'before' | 'after' | 'action'>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const key of Object.keys(after)) {
    const a = after[key] ?? null;
    const b = before[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ ...base, action: 'update', field: key, before: b, after: a });
  }
  return out;
}

export const iso = (d: Date) => d.toISOString();
