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
import { asc, desc, sql } from 'drizzle-orm';
import {
  BLOCKER_TYPES,
  CASE_STATUSES,
  type Count,
  KNELPUNT_KIND_LABELS,
  KNELPUNT_KINDS,
  type KnelpuntKind,
  LEARNING_TRACE_MAX,
  type LearningView,
  SIGNAL_PHASE,
} from '../../../shared/cases';
import type { Db, Tx } from '../../db/client';
import { caseTeam, systemSignals } from '../../db/schema';
import { type Actor, allows } from '../../policies';
import { aggregateMemory, caseworkStamp } from './aggregates';
import { type ProcessingContext, logProcessing } from './processing-log';
import { preferIndexes } from './service';
import { protectCount } from './suppression';

const MIN = 5;
const MAX_BLOCKERS = 25;
const METHOD_EXACT = 'Exacte aantallen en bedragen (programmamanager).';
export const METHOD_PROTECTED =
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

/**
 * The part of the learning view that is the same for every caller: the aggregates over all
 * knelpunten and cases. They scan every knelpunt, so they are kept per database (per process) and
 * recomputed only when the data behind them changed (caseworkStamp in aggregates.ts, read in the
 * same transaction, so a kept result is never older than what the caller could read).
 */
type Shared = {
  perBlocker: { key: string; n: number; paying: number; cents: string }[];
  texts: { key: string; blocker: string; blocker_type: (typeof BLOCKER_TYPES)[number]; kind: KnelpuntKind; n: number; erased: number }[];
  total: { n: number; paying: number; cents: string } | undefined;
  perKind: { kind: KnelpuntKind; n: number; paying: number; cents: string }[];
  signalCaseCounts: { signal_id: string; n: number }[];
  /** the programme manager's tracing (every case), filled on first use */
  pmTraced?: { key: string; case_id: string; code: string; total: number }[];
  pmSignalCases?: { signal_id: string; case_id: string; code: string; total: number }[];
};
const sharedCache = new WeakMap<object, { stamp: string; data: Shared }>();

async function sharedAggregates(db: Db, tx: Tx): Promise<Shared> {
  const stamp = await caseworkStamp(tx);
  const hit = sharedCache.get(db);
  if (hit?.stamp === stamp) return hit.data;
  await aggregateMemory(tx);
  // per blocker (normalised text): distinct live cases, and cost of the decided ones
  const perBlocker = await rowsOf<Shared['perBlocker'][number]>(
    tx.execute(sql`
      with kc as (select distinct blocker_key as key, case_id from knelpunten)
      select kc.key, count(*)::int as n,
             (count(*) filter (where c.status in ${SPENT} and c.cost_cents > 0))::int as paying,
             coalesce(sum(c.cost_cents) filter (where c.status in ${SPENT}), 0)::text as cents
      from kc join cases c on c.id = kc.case_id group by kc.key`),
  );
  // labels, kinds of blocker and kinds, from live knelpunten and anonymous tallies
  const texts = await rowsOf<Shared['texts'][number]>(
    tx.execute(sql`
      select blocker_key as key, blocker, blocker_type, kind, count(*)::int as n, 0 as erased from knelpunten group by 1, 2, 3, 4
      union all
      select lower(btrim(blocker)), btrim(blocker), blocker_type, kind, sum(count)::int, sum(count)::int from knelpunt_tallies group by 1, 2, 3, 4`),
  );
  // what the workarounds cost, in total and per kind of knelpunt
  const [total] = await rowsOf<NonNullable<Shared['total']>>(
    tx.execute(sql`
      select count(*)::int as n, (count(*) filter (where c.cost_cents > 0))::int as paying, coalesce(sum(c.cost_cents), 0)::text as cents
      from cases c where c.status in ${SPENT} and exists (select 1 from knelpunten k where k.case_id = c.id)`),
  );
  const perKind = await rowsOf<Shared['perKind'][number]>(
    tx.execute(sql`
      with kk as (select distinct kind, case_id from knelpunten)
      select kk.kind, count(*)::int as n, (count(*) filter (where c.cost_cents > 0))::int as paying, coalesce(sum(c.cost_cents), 0)::text as cents
      from kk join cases c on c.id = kk.case_id where c.status in ${SPENT} group by kk.kind`),
  );
  // per signal: all distinct cases behind it
  const signalCaseCounts = await rowsOf<Shared['signalCaseCounts'][number]>(
    tx.execute(sql`
      select sk.signal_id, count(distinct k.case_id)::int as n
      from system_signal_knelpunten sk join knelpunten k on k.id = sk.knelpunt_id group by sk.signal_id`),
  );
  const data = { perBlocker, texts, total, perKind, signalCaseCounts };
  sharedCache.set(db, { stamp, data });
  return data;
}

export async function learningView(db: Db, ctx: ProcessingContext): Promise<LearningView> {
  const actor = ctx.actor!;
  const exact = allows(actor, 'cases.aggregate.exact');
  const mayTrace = allows(actor, 'cases.read');
  const publish = (n: number): Count => (exact ? n : protectCount(n));
  const money = (paying: number, cents: number) => (exact ? cents : paying >= MIN ? Math.round(cents / 100_000) * 100_000 : null);

  return db.transaction(async (tx) => {
    await preferIndexes(tx);
    const shared = await sharedAggregates(db, tx);
    const { perBlocker, texts, total, perKind, signalCaseCounts } = shared;
    const keys = new Set([...perBlocker.map((r) => r.key), ...texts.map((t) => t.key)]);
    let blockers = [...keys].map((key) => {
      const live = perBlocker.find((r) => r.key === key);
      const ts = texts.filter((t) => t.key === key);
      const erased = ts.reduce((s, t) => s + t.erased, 0);
      const labelCount = new Map<string, number>();
      const typeCount = new Map<string, number>();
      for (const t of ts) {
        labelCount.set(t.blocker.trim(), (labelCount.get(t.blocker.trim()) ?? 0) + t.n);
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

    // traceability: the caller's own cases behind each blocker (the first LEARNING_TRACE_MAX; the rest via /learning/cases)
    const traced = new Map<string, { caseId: string; caseCode: string }[]>();
    const tracedTotal = new Map<string, number>();
    const logged = new Map<string, string>();
    // the programme manager sees every case: that tracing is the same for every programme manager, so it is kept with the shared aggregates
    const all = actor.role === 'programmamanager' ? shared : null;
    if (mayTrace && blockers.length) {
      const rows = all?.pmTraced ?? (await rowsOf<{ key: string; case_id: string; code: string; total: number }>(
        tx.execute(sql`
          select key, case_id, code, total from (
            select key, case_id, code, row_number() over (partition by key order by code) as rn, count(*) over (partition by key)::int as total
            from (select distinct k.blocker_key as key, c.id as case_id, c.code
                  from knelpunten k join cases c on c.id = k.case_id
                  where k.blocker_key in (${sql.join(
                    blockers.map((b) => sql`${b.key}`),
                    sql`, `,
                  )}) and ${visibleSql(actor, sql.raw('c.id'))}) d) r
          where rn <= ${LEARNING_TRACE_MAX} order by key, code`),
      ));
      if (all) all.pmTraced = rows;
      for (const r of rows) {
        traced.set(r.key, [...(traced.get(r.key) ?? []), { caseId: r.case_id, caseCode: r.code }]);
        tracedTotal.set(r.key, r.total);
        logged.set(r.case_id, r.code);
      }
    }

    // structural changes
    const signals = await tx.select().from(systemSignals).orderBy(desc(systemSignals.statusChangedAt), asc(systemSignals.id));
    // per signal: the caller's own cases (the first LEARNING_TRACE_MAX, with their number); the count of all is shared
    const signalCases =
      signals.length && mayTrace
        ? (all?.pmSignalCases ?? (await rowsOf<{ signal_id: string; case_id: string; code: string; total: number }>(
            tx.execute(sql`
              select signal_id, case_id, code, total from (
                select signal_id, case_id, code, row_number() over (partition by signal_id order by code) as rn, count(*) over (partition by signal_id)::int as total
                from (select distinct sk.signal_id, c.id as case_id, c.code
                      from system_signal_knelpunten sk join knelpunten k on k.id = sk.knelpunt_id join cases c on c.id = k.case_id
                      where ${visibleSql(actor, sql.raw('c.id'))}) d) r
              where rn <= ${LEARNING_TRACE_MAX} order by signal_id, code`),
          )))
        : [];
    if (all && signals.length) all.pmSignalCases = signalCases;
    for (const sc of signalCases) logged.set(sc.case_id, sc.code);
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
        moreCases: Math.max(0, (tracedTotal.get(b.key) ?? 0) - (traced.get(b.key)?.length ?? 0)),
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
          const mine = signalCases.filter((x) => x.signal_id === s.id);
          const all = signalCaseCounts.find((x) => x.signal_id === s.id)?.n ?? 0;
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
            caseCount: publish(all),
            cases: mine.map((x) => ({ caseId: x.case_id, caseCode: x.code })),
            moreCases: Math.max(0, (mine[0]?.total ?? 0) - mine.length),
          };
        }),
      },
    };
  });
}

/**
 * Traces a blocker (its normalised text) or a change (a system signal) back to the pseudonymous
 * cases behind it — only the cases the caller may see (programme manager: all; case worker: their
 * team's), one page at a time by code, each case shown written to the processing log (tws.leren).
 */
export async function traceLearning(db: Db, ctx: ProcessingContext, q: { blocker?: string; signalId?: string; limit: number; offset: number }) {
  const actor = ctx.actor!;
  if (!allows(actor, 'cases.read')) return { items: [], total: 0, nextOffset: null };
  return db.transaction(async (tx) => {
    await preferIndexes(tx);
    const source = q.signalId
      ? sql`select distinct c.id, c.code, c.status from system_signal_knelpunten sk join knelpunten k on k.id = sk.knelpunt_id join cases c on c.id = k.case_id
            where sk.signal_id = ${q.signalId} and ${visibleSql(actor, sql.raw('c.id'))}`
      : sql`select distinct c.id, c.code, c.status from knelpunten k join cases c on c.id = k.case_id
            where k.blocker_key = ${q.blocker!.trim().toLowerCase()} and ${visibleSql(actor, sql.raw('c.id'))}`;
    const rows = await rowsOf<{ id: string; code: string; status: LearningTraceItem['status']; total: number }>(
      tx.execute(sql`select id, code, status, count(*) over ()::int as total from (${source}) s order by code limit ${q.limit} offset ${q.offset}`),
    );
    let total = rows[0]?.total ?? 0;
    if (!rows.length && q.offset > 0) total = (await rowsOf<{ n: number }>(tx.execute(sql`select count(*)::int as n from (${source}) s`)))[0]?.n ?? 0;
    await logProcessing(
      tx,
      ctx,
      rows.map((r) => ({ activity: 'tws.leren' as const, caseId: r.id, dataSubject: r.code, details: { fields: ['code', 'status'], via: q.signalId ? 'systeemsignaal' : 'knelpunt' } })),
    );
    return {
      items: rows.map((r) => ({ caseId: r.id, caseCode: r.code, status: r.status })),
      total,
      nextOffset: q.offset + rows.length < total ? q.offset + rows.length : null,
    };
  });
}
type LearningTraceItem = { status: (typeof CASE_STATUSES)[number] };
