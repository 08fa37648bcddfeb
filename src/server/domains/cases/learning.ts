/**
 * The learning view: which blocking rules and organisations block most residents, what the
 * workarounds cost, and which structural changes are done, pending or stuck — traceable from a
 * blocker or a change back to its pseudonymous cases, but only to the cases the caller may see
 * (and that tracing is logged per case).
 *
 * Exact for the programme manager. For everyone else: a blocker is listed only when it blocked at
 * least 5 residents, counts are protected (suppression.ts), and money is rounded to € 1.000 and
 * shown only when at least 5 cases with costs make it up. Counts of signals are not case data and
 * are exact for everyone; their case counts are protected.
 */
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  BLOCKER_TYPES,
  type Count,
  KNELPUNT_KIND_LABELS,
  KNELPUNT_KINDS,
  type KnelpuntKind,
  type LearningView,
  SIGNAL_PHASE,
} from '../../../shared/cases';
import type { Db } from '../../db/client';
import { caseTeam, cases, knelpunten, systemSignalKnelpunten, systemSignals } from '../../db/schema';
import { type Actor, allows } from '../../policies';
import { type ProcessingContext, logProcessing } from './processing-log';
import { protectCount } from './suppression';

const MIN = 5;
const MAX_BLOCKERS = 25;
const METHOD_EXACT = 'Exacte aantallen en bedragen (programmamanager).';
const METHOD_PROTECTED =
  'Alleen regels en organisaties die ten minste 5 inwoners blokkeerden staan erbij. Aantallen van 0 tot en met 4 staan als "< 5", ' +
  'andere zijn afgerond op vijftallen; bedragen zijn afgerond op € 1.000 en staan er alleen bij ten minste 5 casussen met kosten. ' +
  'Een casus met meer knelpunten telt bij elk ervan mee: de kosten per regel of soort tellen niet op tot het totaal.';
const SPENT = sql.raw(`('besloten', 'uitgevoerd', 'nazorg', 'afgesloten')`);

type Blocker = LearningView['blockers'][number];
type Rows<T> = { rows: T[] };
const rowsOf = async <T>(q: Promise<unknown>) => ((await q) as Rows<T>).rows;

/** Case ids the actor may see, as a SQL condition on a case id column (true for the programme manager). */
function visibleSql(actor: Actor, column: ReturnType<typeof sql.raw>) {
  if (actor.role === 'programmamanager') return sql`true`;
  return sql`${column} in (select ${caseTeam.caseId} from ${caseTeam} where ${caseTeam.userId} = ${actor.id})`;
}

export async function learningView(db: Db, ctx: ProcessingContext): Promise<LearningView> {
  const actor = ctx.actor!;
  const exact = allows(actor, 'cases.aggregate.exact');
  const mayTrace = allows(actor, 'cases.read');
  const publish = (n: number): Count => (exact ? n : protectCount(n));
  const money = (paying: number, cents: number) => (exact ? cents : paying >= MIN ? Math.round(cents / 100_000) * 100_000 : null);

  return db.transaction(async (tx) => {
    // per blocker (normalised text): distinct live cases, and cost of the decided ones
    const perBlocker = await rowsOf<{ key: string; n: number; paying: number; cents: string }>(
      tx.execute(sql`
        with kc as (select distinct lower(btrim(blocker)) as key, case_id from knelpunten)
        select kc.key, count(*)::int as n,
               (count(*) filter (where c.status in ${SPENT} and c.cost_cents > 0))::int as paying,
               coalesce(sum(c.cost_cents) filter (where c.status in ${SPENT}), 0)::text as cents
        from kc join cases c on c.id = kc.case_id group by kc.key`),
    );
    // labels, kinds of blocker and kinds, from live knelpunten and anonymous tallies
    const texts = await rowsOf<{ key: string; blocker: string; blocker_type: (typeof BLOCKER_TYPES)[number]; kind: KnelpuntKind; n: number; erased: number }>(
      tx.execute(sql`
        select lower(btrim(blocker)) as key, btrim(blocker) as blocker, blocker_type, kind, count(*)::int as n, 0 as erased from knelpunten group by 1, 2, 3, 4
        union all
        select lower(btrim(blocker)), btrim(blocker), blocker_type, kind, sum(count)::int, sum(count)::int from knelpunt_tallies group by 1, 2, 3, 4`),
    );
    const keys = new Set([...perBlocker.map((r) => r.key), ...texts.map((t) => t.key)]);
    let blockers = [...keys].map((key) => {
      const live = perBlocker.find((r) => r.key === key);
      const ts = texts.filter((t) => t.key === key);
      const erased = ts.reduce((s, t) => s + t.erased, 0);
      const labelCount = new Map<string, number>();
      const typeCount = new Map<string, number>();
      for (const t of ts) {
        labelCount.set(t.blocker, (labelCount.get(t.blocker) ?? 0) + t.n);
        typeCount.set(t.blocker_type, (typeCount.get(t.blocker_type) ?? 0) + t.n);
      }
      const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      return {
        key,
        label: top(labelCount),
        blockerType: top(typeCount) as Blocker['blockerType'],
        kinds: KNELPUNT_KINDS.filter((k) => ts.some((t) => t.kind === k)),
        n: (live?.n ?? 0) + erased,
        paying: live?.paying ?? 0,
        cents: Number(live?.cents ?? 0),
      };
    });
    blockers = blockers
      .filter((b) => exact || b.n >= MIN)
      .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key))
      .slice(0, MAX_BLOCKERS);

    // traceability: the caller's own cases behind each blocker
    const traced = new Map<string, { caseId: string; caseCode: string }[]>();
    const logged = new Map<string, string>();
    if (mayTrace && blockers.length) {
      const rows = await tx
        .selectDistinct({ key: sql<string>`lower(btrim(${knelpunten.blocker}))`, caseId: cases.id, caseCode: cases.code })
        .from(knelpunten)
        .innerJoin(cases, eq(cases.id, knelpunten.caseId))
        .where(
          sql`lower(btrim(${knelpunten.blocker})) in (${sql.join(
            blockers.map((b) => sql`${b.key}`),
            sql`, `,
          )}) and ${visibleSql(actor, sql.raw('"cases"."id"'))}`,
        )
        .orderBy(asc(cases.code));
      for (const r of rows) {
        traced.set(r.key, [...(traced.get(r.key) ?? []), { caseId: r.caseId, caseCode: r.caseCode }]);
        logged.set(r.caseId, r.caseCode);
      }
    }

    // what the workarounds cost, in total and per kind of knelpunt
    const [total] = await rowsOf<{ n: number; paying: number; cents: string }>(
      tx.execute(sql`
        select count(*)::int as n, (count(*) filter (where c.cost_cents > 0))::int as paying, coalesce(sum(c.cost_cents), 0)::text as cents
        from cases c where c.status in ${SPENT} and exists (select 1 from knelpunten k where k.case_id = c.id)`),
    );
    const perKind = await rowsOf<{ kind: KnelpuntKind; n: number; paying: number; cents: string }>(
      tx.execute(sql`
        with kk as (select distinct kind, case_id from knelpunten)
        select kk.kind, count(*)::int as n, (count(*) filter (where c.cost_cents > 0))::int as paying, coalesce(sum(c.cost_cents), 0)::text as cents
        from kk join cases c on c.id = kk.case_id where c.status in ${SPENT} group by kk.kind`),
    );

    // structural changes
    const signals = await tx.select().from(systemSignals).orderBy(desc(systemSignals.statusChangedAt), asc(systemSignals.id));
    const signalCases = signals.length
      ? await tx
          .select({
            signalId: systemSignalKnelpunten.signalId,
            caseId: cases.id,
            caseCode: cases.code,
            visible: sql<boolean>`${mayTrace ? visibleSql(actor, sql.raw('"cases"."id"')) : sql`false`}`,
          })
          .from(systemSignalKnelpunten)
          .innerJoin(knelpunten, eq(knelpunten.id, systemSignalKnelpunten.knelpuntId))
          .innerJoin(cases, eq(cases.id, knelpunten.caseId))
          .where(inArray(systemSignalKnelpunten.signalId, signals.map((s) => s.id)))
          .groupBy(systemSignalKnelpunten.signalId, cases.id, cases.code)
          .orderBy(asc(cases.code))
      : [];
    for (const sc of signalCases) if (sc.visible) logged.set(sc.caseId, sc.caseCode);
    const phases = signals.map((s) => SIGNAL_PHASE[s.status]);

    await logProcessing(
      tx,
      ctx,
      [...logged].map(([caseId, code]) => ({ activity: 'tws.leren' as const, caseId, dataSubject: code, details: { fields: ['code', 'knelpunten'] } })),
    );

    return {
      exact,
      method: exact ? METHOD_EXACT : METHOD_PROTECTED,
      blockers: blockers.map((b) => ({
        key: b.key,
        label: b.label,
        blockerType: b.blockerType,
        kinds: b.kinds,
        residents: publish(b.n),
        workaroundCents: money(b.paying, b.cents),
        cases: traced.get(b.key) ?? [],
      })),
      workarounds: {
        totalCents: money(total?.paying ?? 0, Number(total?.cents ?? 0)),
        cases: publish(total?.n ?? 0),
        byKind: KNELPUNT_KINDS.map((key) => {
          const r = perKind.find((x) => x.kind === key);
          return { key, label: KNELPUNT_KIND_LABELS[key].nl, cases: publish(r?.n ?? 0), cents: money(r?.paying ?? 0, Number(r?.cents ?? 0)) };
        }),
      },
      changes: {
        done: phases.filter((p) => p === 'done').length,
        pending: phases.filter((p) => p === 'pending').length,
        stuck: phases.filter((p) => p === 'stuck').length,
        items: signals.map((s) => {
          const mine = signalCases.filter((x) => x.signalId === s.id);
          return {
            id: s.id,
            title: s.title,
            status: s.status,
            phase: SIGNAL_PHASE[s.status],
            changeKind: s.changeKind,
            owner: s.owner,
            learningCircle: s.learningCircle,
            statusChangedAt: s.statusChangedAt.toISOString(),
            statusReason: s.statusReason,
            caseCount: publish(mine.length),
            cases: mine.filter((x) => x.visible).map((x) => ({ caseId: x.caseId, caseCode: x.caseCode })),
          };
        }),
      },
    };
  });
}
