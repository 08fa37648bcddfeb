import { changeLog } from '../db/schema';
import type { DbOrTx } from '../db/client';
import type { Actor } from '../policies';

export interface ChangeEntry {
  entityType: string;
  entityId: string;
  entityLabel?: string;
  action: 'create' | 'update' | 'delete';
  field?: string | null;
  /** the effort this change belongs to; defaults to entityId for entityType 'effort' */
  effortId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes change-log rows. Call it inside the transaction that makes the change. */
export async function recordChanges(tx: DbOrTx, actor: Actor | null, entries: ChangeEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(changeLog).values(
    entries.map((e) => ({
      actorUserId: actor?.id ?? null,
      actorLabel: actor?.displayName ?? 'Systeem',
      entityType: e.entityType,
      entityId: e.entityId,
      entityLabel: e.entityLabel ?? '',
      action: e.action,
      field: e.field ?? null,
      effortId: e.effortId ?? (e.entityType === 'effort' ? e.entityId : null),
      before: e.before === undefined ? null : e.before,
      after: e.after === undefined ? null : e.after,
    })),
  );
}
