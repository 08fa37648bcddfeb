/**
 * "Wat vraagt aandacht" for casework: the case-conference signals the Sociaal Veilig Brunssum forms
 * name as risks, computed from live data on every read (nothing is stored):
 *
 * - waiting_for_conference — a case that is not decided yet (aangemeld, in behandeling), is
 *   expected at a case conference (it came in through the casuïstiekoverleg, or it is on the agenda
 *   of a conference still to come), has not been discussed at any conference held so far (date up
 *   to and including today), and was registered more than KOERS_CASE_CONFERENCE_WAIT_DAYS
 *   (default 14) days ago. Since: the intake date; `conferenceId` is the next planned conference
 *   with the case on its agenda, when there is one.
 * - no_case_responsible — a case past 'aangemeld' and not closed without a casusverantwoordelijke
 *   (since: the day it went into behandeling; `conferenceId` null); or else a case that is not
 *   closed, was discussed at one or more held conferences, and none of them confirmed the case
 *   responsibility (since: the first of those conferences, which is `conferenceId`).
 * - action_overdue — an action agreed at a conference, not done, due before today, about an open
 *   case or about no case (since: the due date).
 * - follow_up_due — a case not closed whose follow-up date has passed while the outcome is not
 *   recorded or the case has not reached nazorg yet (since: the follow-up date).
 *
 * Need-to-know: the programme manager sees the signals of every case; a case worker only of the
 * cases whose team they are on (and the actions about no case of conferences they may see, i.e.
 * with one of their cases on the agenda). Other roles have no case access (the route answers 403).
 * Every case shown is written to the data-processing log (tws.aandacht). The list of all signals is
 * kept between reads (keptAggregate) and filtered per caller on every read.
 */
import { eq, sql } from 'drizzle-orm';
import { CASE_ATTENTION_KINDS, CASE_ATTENTION_LABELS, type CaseAttention, type CaseAttentionItem, type CaseAttentionKind } from '../../../shared/cases';
import type { Db, DbOrTx } from '../../db/client';
import { caseTeam } from '../../db/schema';
import { allows } from '../../policies';
import { keptAggregate } from './aggregates';
import { type ProcessingContext, logProcessing } from './processing-log';
import { preferIndexes, todayIso } from './service';

type Row = {
  kind: CaseAttentionKind;
  case_id: string | null;
  case_code: string | null;
  status: CaseAttentionItem['status'];
  conference_id: string | null;
  conference_date: string | null;
  action_id: string | null;
  description: string | null;
  owner: string | null;
  since: string;
  days: number;
  /** for an action about no case: the cases on its conference's agenda (who may see the conference) */
  agenda: string[] | null;
};

/**
 * Every signal of every case, longest-standing first. The same for every caller, so it is kept
 * (keptAggregate) under the casework version — which case teams, conferences, agendas and actions
 * raise too — and the day; each request then keeps only the caller's cases (need-to-know) in memory.
 */
async function allSignals(tx: DbOrTx, today: string, waitDays: number): Promise<Row[]> {
  const d = sql`${today}::date`;
  // per case on any agenda: the conferences held so far (the first one, and whether one confirmed the responsibility), set-based
  const heldPerCase = sql`(select x.case_id, (array_agg(f.id order by f.date, f.id))[1] as first_id, min(f.date) as first_date,
                                 bool_or(x.responsibility_confirmed) as confirmed
                          from case_conference_cases x join case_conferences f on f.id = x.conference_id where f.date <= ${d} group by x.case_id)`;
  const nextPerCase = sql`(select distinct on (x.case_id) x.case_id, f.id, f.date
                          from case_conference_cases x join case_conferences f on f.id = x.conference_id where f.date > ${d} order by x.case_id, f.date, f.id)`;
  const noResponsible = sql`c.status in ('in_behandeling', 'besloten', 'uitgevoerd', 'nazorg') and btrim(c.case_responsible) = '' and c.in_behandeling_at is not null`;
  const res = (await tx.execute(sql`
    with items (kind, case_id, case_code, status, conference_id, conference_date, action_id, description, owner, since, agenda) as (
      select 'waiting_for_conference', c.id, c.code, c.status, nf.id, nf.date, null::uuid, null::text, null::text, c.intake_date, null::uuid[]
      from cases c
      left join ${nextPerCase} nf on nf.case_id = c.id
      left join ${heldPerCase} h on h.case_id = c.id
      where c.status in ('aangemeld', 'in_behandeling') and c.intake_date < ${d} - ${waitDays}::int
        and (c.source = 'casuistiekoverleg' or nf.id is not null) and h.case_id is null
      union all
      select 'no_case_responsible', c.id, c.code, c.status, null::uuid, null::date, null::uuid, null::text, null::text,
             (c.in_behandeling_at at time zone 'Europe/Amsterdam')::date, null::uuid[]
      from cases c where ${noResponsible}
      union all
      select 'no_case_responsible', c.id, c.code, c.status, h.first_id, h.first_date, null::uuid, null::text, null::text, h.first_date, null::uuid[]
      from ${heldPerCase} h join cases c on c.id = h.case_id
      where not h.confirmed and c.status <> 'afgesloten' and not (${noResponsible})
      union all
      select 'action_overdue', c.id, c.code, c.status, f.id, f.date, a.id, a.description, a.owner, a.due_date,
             case when a.case_id is null then (select array_agg(x.case_id) from case_conference_cases x where x.conference_id = a.conference_id) end
      from case_conference_actions a
      join case_conferences f on f.id = a.conference_id
      left join cases c on c.id = a.case_id
      where not a.done and a.due_date < ${d} and (a.case_id is null or c.status <> 'afgesloten')
      union all
      select 'follow_up_due', c.id, c.code, c.status, null::uuid, null::date, null::uuid, null::text, null::text, c.follow_up_date, null::uuid[]
      from cases c
      where c.status <> 'afgesloten' and c.follow_up_date < ${d}
        and (c.outcome is null or c.status in ('aangemeld', 'in_behandeling', 'besloten', 'uitgevoerd')))
    select kind, case_id, case_code, status, conference_id, conference_date::text, action_id, description, owner, since::text,
           (${d} - since)::int as days, agenda::text[] as agenda
    from items order by since, kind, case_code nulls last, action_id`)) as unknown as { rows: Row[] };
  return res.rows;
}

export async function caseAttention(
  db: Db,
  ctx: ProcessingContext,
  opts: { waitDays: number; kind?: CaseAttentionKind; limit?: number },
  now = new Date(),
): Promise<CaseAttention> {
  const actor = ctx.actor!;
  const today = todayIso(now);
  const limit = opts.limit ?? 100;
  const counts = (rows: Row[]) => CASE_ATTENTION_KINDS.map((key) => ({ key, label: CASE_ATTENTION_LABELS[key].nl, count: rows.filter((r) => r.kind === key).length }));
  if (!allows(actor, 'cases.read')) return { today, conferenceWaitDays: opts.waitDays, counts: counts([]), items: [], truncated: false };
  return db.transaction(async (tx) => {
    await preferIndexes(tx);
    const every = await keptAggregate(db, tx, `attention:${today}:${opts.waitDays}`, () => allSignals(tx, today, opts.waitDays));
    // need-to-know: the programme manager every case; a case worker the cases of their team (an action about no case: when one of
    // their cases is on the conference's agenda, i.e. when they may see the conference)
    let mine: (r: Row) => boolean = () => true;
    if (actor.role !== 'programmamanager') {
      const team = new Set((await tx.select({ id: caseTeam.caseId }).from(caseTeam).where(eq(caseTeam.userId, actor.id))).map((r) => r.id));
      mine = (r) => (r.case_id !== null ? team.has(r.case_id) : (r.agenda ?? []).some((id) => team.has(id)));
    }
    const visible = every.filter((r) => (!opts.kind || r.kind === opts.kind) && mine(r));
    const shown = visible.slice(0, limit);
    const perCase = new Map<string, { code: string; kinds: Set<string> }>();
    for (const r of shown) {
      if (!r.case_id) continue;
      const e = perCase.get(r.case_id) ?? { code: r.case_code!, kinds: new Set<string>() };
      e.kinds.add(r.kind);
      perCase.set(r.case_id, e);
    }
    await logProcessing(
      tx,
      ctx,
      [...perCase].map(([caseId, e]) => ({ activity: 'tws.aandacht' as const, caseId, dataSubject: e.code, details: { fields: ['code', 'status'], signals: [...e.kinds] } })),
    );
    return {
      today,
      conferenceWaitDays: opts.waitDays,
      counts: counts(visible),
      items: shown.map(
        (r): CaseAttentionItem => ({
          kind: r.kind,
          caseId: r.case_id,
          caseCode: r.case_code,
          status: r.status,
          conferenceId: r.conference_id,
          conferenceDate: r.conference_date,
          actionId: r.action_id,
          description: r.description,
          owner: r.owner,
          since: r.since,
          days: r.days,
        }),
      ),
      truncated: visible.length > shown.length,
    };
  });
}
