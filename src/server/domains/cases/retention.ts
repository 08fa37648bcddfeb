/**
 * Retention (bewaartermijn): closed cases older than KOERS_CASE_RETENTION_MONTHS are erased —
 * the case, its team, scores, knelpunten and all its text. What stays: anonymous counts of its
 * knelpunten in knelpunt_tallies (year, kind, kind of blocker, the blocking rule or organisation)
 * and the data-processing log, which records the erasure under the pseudonymous code.
 * Runs once at start and then daily (main.ts).
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { cases, knelpuntTallies, knelpunten } from '../../db/schema';
import { type ProcessingContext, logProcessing, systemContext } from './processing-log';

/** The moment before which closed cases are erased: `months` calendar months before `now`. */
export function retentionCutoff(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

export async function eraseExpiredCases(db: Db, opts: { months: number; now?: Date; ctx?: ProcessingContext }): Promise<{ erased: string[] }> {
  const cutoff = retentionCutoff(opts.now ?? new Date(), opts.months);
  const ctx = opts.ctx ?? systemContext();
  const due = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'afgesloten'), lt(cases.afgeslotenAt, cutoff)));
  const erased: string[] = [];
  // one transaction per case: a failure leaves the other erasures (and this case) whole
  for (const { id } of due) {
    const code = await db.transaction(async (tx) => {
      const [row] = await tx.select().from(cases).where(eq(cases.id, id)).for('update');
      if (!row || row.status !== 'afgesloten' || !row.afgeslotenAt || row.afgeslotenAt >= cutoff) return null;
      const year = Number(row.intakeDate.slice(0, 4));
      const ks = await tx.select().from(knelpunten).where(eq(knelpunten.caseId, id));
      for (const k of ks) {
        await tx
          .insert(knelpuntTallies)
          .values({ year, kind: k.kind, blockerType: k.blockerType, blocker: k.blocker.trim(), count: 1 })
          .onConflictDoUpdate({
            target: [knelpuntTallies.year, knelpuntTallies.kind, knelpuntTallies.blockerType, knelpuntTallies.blocker],
            set: { count: sql`${knelpuntTallies.count} + 1` },
          });
      }
      // system signals keep an anonymous count of the knelpunten they lose
      await tx.execute(sql`
        update system_signals s set erased_knelpunten = s.erased_knelpunten + l.n
        from (select sk.signal_id, count(*)::int as n from system_signal_knelpunten sk join knelpunten k on k.id = sk.knelpunt_id
              where k.case_id = ${id} group by sk.signal_id) l
        where s.id = l.signal_id`);
      await tx.delete(cases).where(eq(cases.id, id)); // team, scores, knelpunten (and their signal links) go with it (on delete cascade)
      await logProcessing(tx, ctx, [
        {
          activity: 'tws.bewaartermijn',
          caseId: id,
          dataSubject: row.code,
          details: { closedAt: row.afgeslotenAt.toISOString(), retentionMonths: opts.months, knelpuntenCounted: ks.length },
        },
      ]);
      return row.code;
    });
    if (code) erased.push(code);
  }
  return { erased };
}
