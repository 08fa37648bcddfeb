/**
 * Deterministic data generator for the benchmarks. Adds a synthetic programme on top of the
 * seeded Brunssum programme: efforts with full project forms, their links, change-log rows, and
 * their steering and finance data (life cycle and planned period, milestones, evaluations with
 * decisions, scored risks, budget lines per year and funding source).
 * Everything it adds is named "Benchmark…" so it can never be mistaken for real data.
 *
 *   realistic: 60 efforts (≈ two programmes like Brunssum's), 2,000 change-log rows,
 *              300 milestones, 1,000 budget lines, 120 evaluations, 200 risks
 *   large:     500 efforts, 50,000 change-log rows (the scale),
 *              5,000 milestones, 20,000 budget lines, 1,000 evaluations, 2,000 risks
 *
 * Dates are relative to a fixed reference day (REFERENCE_DATE), not the clock, so the same seed
 * gives the same data on every day; "overdue" means before that day.
 */
import {
  budgetLines,
  changeLog,
  effortFields,
  effortGoals,
  effortOrganisations,
  effortPeople,
  effortPrinciples,
  efforts,
  evaluations,
  fundingSources,
  goals,
  milestones,
  organisations,
  people,
  principles,
  risks,
} from '../src/server/db/schema';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { FORM_FIELDS, type FormFieldKey } from '../src/shared/form-fields';
import { DECISION_LIFECYCLE, type Decision, type Lifecycle, MILESTONE_STATUSES, RISK_STATUSES } from '../src/shared/steering';

export const SCALES = {
  realistic: { efforts: 60, changeLogRows: 2_000, milestones: 300, budgetLines: 1_000, evaluations: 120, risks: 200 },
  large: { efforts: 500, changeLogRows: 50_000, milestones: 5_000, budgetLines: 20_000, evaluations: 1_000, risks: 2_000 },
} as const;
export type Scale = keyof typeof SCALES;

/**
 * Tussen Wal en Schip casework per scale (issue 4). The large scale is the issue's: 50,000 cases,
 * 150,000 knelpunten, 2,000,000 data-processing-log rows; with case conferences (agenda, actions),
 * system signals and case teams spread over 50 case workers.
 */
export const CASE_SCALES = {
  realistic: { cases: 1_500, knelpunten: 4_500, processingLog: 60_000, conferences: 60, agendaPerConference: 10, signals: 20, caseWorkers: 10 },
  large: { cases: 50_000, knelpunten: 150_000, processingLog: 2_000_000, conferences: 1_000, agendaPerConference: 15, signals: 300, caseWorkers: 50 },
} as const;

/** mulberry32: small, fast, deterministic PRNG */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'inwoners wijk bestaanszekerheid eigen regie vertrouwen samenwerking partners gemeente Brunssum Noord Oost ' +
  'ambassadeurs schuldhulp armoede gezondheid jongeren ouderen energie wonen buurt participatie casuistiek ' +
  'zorg welzijn preventie netwerk aanpak resultaat evaluatie budget Regiodeal planning doelgroep ' +
  'ondersteuning toegang knelpunt leren verbinden sturing monitoring signalen ontmoeting vrijwilligers'
).split(' ');

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand: () => number, minWords: number, maxWords: number): string {
  let total = minWords + Math.floor(rand() * (maxWords - minWords));
  const parts: string[] = [];
  while (total > 0) {
    const n = Math.min(total, 8 + Math.floor(rand() * 12));
    parts.push(sentence(rand, n));
    total -= n;
  }
  return parts.join(' ');
}

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The data's "today": milestones, evaluations and risk reviews before it are in the past. */
export const REFERENCE_DATE = '2026-11-25';
const DAY = 86_400_000;
const REFERENCE = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Budget years; planned periods lie within them too. */
const FIRST_YEAR = 2024;
const LAST_YEAR = 2029;
const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;
/** first day of month m (0 = January FIRST_YEAR) and last day of month m */
const monthStart = (m: number) => Date.UTC(FIRST_YEAR, m, 1);
const monthEnd = (m: number) => Date.UTC(FIRST_YEAR, m + 1, 0);

const LINE_OWNERS = ['Afdeling Sociaal Domein', 'Afdeling Wonen', 'Afdeling Beheer Openbare Ruimte', 'Afdeling Werk en Inkomen'];

/** Used only when the app has seeded no funding sources. */
const BENCHMARK_SOURCES: (typeof fundingSources.$inferInsert)[] = [
  { name: 'Benchmark-bron Regiodeal', startDate: '2023-01-01', endDate: '2026-12-31', status: 'toegekend' },
  { name: 'Benchmark-bron Reguliere begroting', status: 'toegekend' },
  { name: 'Benchmark-bron Provinciale subsidie', startDate: '2025-01-01', endDate: '2027-06-30', status: 'aangevraagd' },
  { name: 'Benchmark-bron Onderzoeksfonds', startDate: '2024-01-01', endDate: '2025-12-31', status: 'onzeker' },
  { name: 'Benchmark-bron Europees fonds', startDate: '2024-01-01', endDate: '2028-12-31', status: 'toegekend' },
];

export interface Generated {
  /** the effort with the most history and steering data; the per-effort endpoints read it */
  busiestEffortId: string;
  efforts: number;
  changeLogRows: number;
  milestones: number;
  /** planned before REFERENCE_DATE and still 'gepland' */
  milestonesOverdue: number;
  evaluations: number;
  evaluationsDecided: number;
  /** planned before REFERENCE_DATE and not decided */
  evaluationsOverdue: number;
  risks: number;
  /** without likelihood and impact */
  risksUnassessed: number;
  /** not closed, review date before REFERENCE_DATE */
  risksReviewOverdue: number;
  budgetLines: number;
  /** committed or realised above planned */
  budgetLinesOverPlan: number;
  /** year after the end date of the line's funding source */
  budgetLinesAfterSourceEnd: number;
  budgetLinesWithoutSource: number;
  /** funding sources the lines are spread over (the app's, or benchmark ones when it has none) */
  fundingSources: number;
  fundingSourcesInserted: number;
  /** rows of each kind on the busiest effort */
  busiest: { changeLogRows: number; milestones: number; evaluations: number; risks: number; budgetLines: number };
}

/** Adds the benchmark programme. Returns the id of the effort with the most history, and counts. */
export async function generate(db: Db, scale: Scale, seed = 20261125): Promise<Generated> {
  const rand = prng(seed);
  const { efforts: effortCount, changeLogRows, ...steeringCounts } = SCALES[scale];
  const [ppl, orgs, prs, gls, existingSources] = await Promise.all([
    db.select({ id: people.id, name: people.name }).from(people),
    db.select({ id: organisations.id }).from(organisations),
    db.select({ id: principles.id }).from(principles),
    db.select({ id: goals.id }).from(goals),
    db.select({ id: fundingSources.id, name: fundingSources.name, startDate: fundingSources.startDate, endDate: fundingSources.endDate }).from(fundingSources),
  ]);
  let sources = existingSources.sort((a, b) => a.name.localeCompare(b.name)); // a stable order: the PRNG picks by index
  let fundingSourcesInserted = 0;
  if (sources.length === 0) {
    sources = await db
      .insert(fundingSources)
      .values(BENCHMARK_SOURCES)
      .returning({ id: fundingSources.id, name: fundingSources.name, startDate: fundingSources.startDate, endDate: fundingSources.endDate });
    fundingSourcesInserted = sources.length;
  }
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

  // Everything is generated in memory first and inserted at the end (parents before children).
  // The random draws for the register (efforts, fields, links, change log) come first and in the
  // same order as before the steering data existed, so that part of the data is unchanged.

  // Programme lines of 1 main effort + 4 sub-efforts, numbered after the real programme (9, 10, …).
  const effortRows: (typeof efforts.$inferInsert)[] = [];
  let n = 0;
  for (let line = 0; n < effortCount; line++) {
    const code = String(9 + line);
    const mainId = crypto.randomUUID();
    const name = `Benchmark-inspanning ${code}: ${sentence(rand, 4).slice(0, -1)}`;
    effortRows.push({ id: mainId, code, name, projectName: name, hasForm: true, sortOrder: 10_000 + n });
    n++;
    for (let s = 0; s < 4 && n < effortCount; s++, n++) {
      const subCode = `${code}.${LETTERS[s]}`;
      const subName = `Benchmark-deelinspanning ${subCode}: ${sentence(rand, 3).slice(0, -1)}`;
      effortRows.push({ id: crypto.randomUUID(), code: subCode, parentId: mainId, name: subName, projectName: subName, hasForm: true, sortOrder: 10_000 + n });
    }
  }

  const fieldRows: (typeof effortFields.$inferInsert)[] = [];
  const peopleRows: (typeof effortPeople.$inferInsert)[] = [];
  const orgRows: (typeof effortOrganisations.$inferInsert)[] = [];
  const principleRows: (typeof effortPrinciples.$inferInsert)[] = [];
  const goalRows: (typeof effortGoals.$inferInsert)[] = [];
  for (const e of effortRows) {
    for (const f of FORM_FIELDS) {
      const open = rand() < 0.08;
      fieldRows.push({ effortId: e.id!, fieldKey: f.key, state: open ? 'ntb' : 'filled', value: open ? '' : paragraph(rand, 30, 160) });
    }
    const chosenPeople = new Set([pick(ppl).id, pick(ppl).id, pick(ppl).id]);
    [...chosenPeople].forEach((personId, i) =>
      peopleRows.push({ effortId: e.id!, personId, role: i === 0 ? 'projectleider' : i === 1 ? 'opdrachtgever' : 'projectteam' }),
    );
    for (const organisationId of new Set([pick(orgs).id, pick(orgs).id])) orgRows.push({ effortId: e.id!, organisationId, role: 'samenwerkingspartner' });
    for (const principleId of new Set([pick(prs).id, pick(prs).id])) principleRows.push({ effortId: e.id!, principleId });
    for (const goalId of new Set([pick(gls).id, pick(gls).id])) goalRows.push({ effortId: e.id!, goalId });
  }

  // Change log: skewed so that a few efforts carry much history (as in real use); the busiest
  // effort gets ~5% of all rows, which the history benchmark reads.
  const busiest = effortRows[0]!;
  const start = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const logRows: (typeof changeLog.$inferInsert)[] = [];
  for (let i = 0; i < changeLogRows; i++) {
    const e = rand() < 0.05 ? busiest : effortRows[Math.floor(Math.pow(rand(), 2) * effortRows.length)]!;
    const field = pick<{ key: FormFieldKey }>(FORM_FIELDS).key;
    const before = paragraph(rand, 20, 80);
    const after = `${before} ${sentence(rand, 10)}`;
    logRows.push({
      at: new Date(start + Math.floor((i / changeLogRows) * span)),
      actorLabel: pick(ppl).name,
      entityType: 'effort',
      entityId: e.id!,
      entityLabel: `${e.code} ${e.name}`,
      action: 'update',
      field,
      before: { state: 'filled', value: before },
      after: { state: 'filled', value: after },
    });
  }

  const steering = generateSteering(rand, effortRows, busiest, steeringCounts, ppl, sources);

  await insertChunked(effortRows, 200, (c) => db.insert(efforts).values(c));
  await insertChunked(fieldRows, 1000, (c) => db.insert(effortFields).values(c));
  await insertChunked(peopleRows, 1000, (c) => db.insert(effortPeople).values(c));
  await insertChunked(orgRows, 1000, (c) => db.insert(effortOrganisations).values(c));
  await insertChunked(principleRows, 1000, (c) => db.insert(effortPrinciples).values(c));
  await insertChunked(goalRows, 1000, (c) => db.insert(effortGoals).values(c));
  await insertChunked(logRows, 1000, (c) => db.insert(changeLog).values(c));
  await insertChunked(steering.milestoneRows, 1000, (c) => db.insert(milestones).values(c));
  await insertChunked(steering.evaluationRows, 1000, (c) => db.insert(evaluations).values(c));
  await insertChunked(steering.riskRows, 1000, (c) => db.insert(risks).values(c));
  await insertChunked(steering.budgetRows, 1000, (c) => db.insert(budgetLines).values(c));

  const onBusiest = <T extends { effortId?: string }>(rows: T[]) => rows.filter((r) => r.effortId === busiest.id).length;
  const today = REFERENCE_DATE;
  const sourceEnd = new Map(sources.map((s) => [s.id, s.endDate]));
  return {
    busiestEffortId: busiest.id!,
    efforts: effortRows.length,
    changeLogRows,
    milestones: steering.milestoneRows.length,
    milestonesOverdue: steering.milestoneRows.filter((m) => m.date < today && (m.status ?? 'gepland') === 'gepland').length,
    evaluations: steering.evaluationRows.length,
    evaluationsDecided: steering.evaluationRows.filter((e) => e.decision).length,
    evaluationsOverdue: steering.evaluationRows.filter((e) => e.plannedDate < today && !e.decision).length,
    risks: steering.riskRows.length,
    risksUnassessed: steering.riskRows.filter((r) => r.likelihood == null).length,
    risksReviewOverdue: steering.riskRows.filter((r) => r.status !== 'gesloten' && r.reviewDate != null && r.reviewDate < today).length,
    budgetLines: steering.budgetRows.length,
    budgetLinesOverPlan: steering.budgetRows.filter((b) => b.committedCents! > b.plannedCents! || b.realisedCents! > b.plannedCents!).length,
    budgetLinesAfterSourceEnd: steering.budgetRows.filter((b) => {
      const end = b.fundingSourceId ? sourceEnd.get(b.fundingSourceId) : null;
      return end != null && b.year > Number(end.slice(0, 4));
    }).length,
    budgetLinesWithoutSource: steering.budgetRows.filter((b) => !b.fundingSourceId).length,
    fundingSources: sources.length,
    fundingSourcesInserted,
    busiest: {
      changeLogRows: logRows.filter((r) => r.entityId === busiest.id).length,
      milestones: onBusiest(steering.milestoneRows),
      evaluations: onBusiest(steering.evaluationRows),
      risks: onBusiest(steering.riskRows),
      budgetLines: onBusiest(steering.budgetRows),
    },
  };
}

type SteeringCounts = { milestones: number; budgetLines: number; evaluations: number; risks: number };
type Source = { id: string; name: string; startDate: string | null; endDate: string | null };

/**
 * Life cycle and planned period on every benchmark effort (set on effortRows in place), and the
 * milestones, evaluations, risks and budget lines. Rows are spread skewed over the efforts, as
 * the change log is but milder: the busiest effort gets 2% of each kind on top of its share, and
 * lower-numbered efforts get more than higher ones.
 */
function generateSteering(
  rand: () => number,
  effortRows: (typeof efforts.$inferInsert)[],
  busiest: typeof efforts.$inferInsert,
  counts: SteeringCounts,
  ppl: { name: string }[],
  sources: Source[],
) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1)); // integer in [lo, hi]
  const skewed = () => (rand() < 0.02 ? busiest : effortRows[Math.floor(Math.pow(rand(), 1.5) * effortRows.length)]!);
  const referenceMonth = (new Date(REFERENCE).getUTCFullYear() - FIRST_YEAR) * 12 + new Date(REFERENCE).getUTCMonth();

  // Planned periods in months [first, last]; a sub-effort's period lies within its parent's.
  // 5% of main efforts (and then their sub-efforts) have no planned period yet.
  const period = new Map<string, { first: number; last: number } | null>();
  for (const e of effortRows) {
    const parent = e.parentId ? period.get(e.parentId) : undefined;
    let p: { first: number; last: number } | null;
    if (parent === null || (!e.parentId && rand() < 0.05)) p = null;
    else if (parent) {
      const first = parent.first + Math.floor(rand() * Math.ceil((parent.last - parent.first + 1) / 2));
      p = { first, last: between(first, parent.last) };
    } else {
      const first = Math.floor(rand() * 36); // starts 2024–2026
      p = { first, last: Math.min(MONTHS - 1, first + between(6, 48)) };
    }
    period.set(e.id!, p);
    e.plannedStart = p ? iso(monthStart(p.first)) : null;
    e.plannedEnd = p ? iso(monthEnd(p.last)) : null;
    let lifecycle: Lifecycle | null;
    const r = rand();
    if (!p) lifecycle = r < 0.5 ? 'idee' : r < 0.8 ? 'doorlopend' : null;
    else if (p.first > referenceMonth) lifecycle = r < 0.7 ? 'voorbereiding' : 'idee';
    else if (p.last < referenceMonth) lifecycle = r < 0.6 ? 'geevalueerd' : r < 0.85 ? 'overgedragen' : 'gestopt';
    else lifecycle = r < 0.85 ? 'uitvoering' : r < 0.95 ? 'doorlopend' : 'voorbereiding';
    e.lifecycle = lifecycle;
    e.lineOwner = lifecycle === 'overgedragen' ? pick(LINE_OWNERS) : null;
  }
  /** a day within the effort's planned period (or within the budget years when it has none) */
  const dayIn = (effortId: string) => {
    const p = period.get(effortId);
    const lo = p ? monthStart(p.first) : monthStart(0);
    const hi = p ? monthEnd(p.last) : monthEnd(MONTHS - 1);
    return lo + Math.floor(rand() * ((hi - lo) / DAY + 1)) * DAY;
  };

  const milestoneRows: (typeof milestones.$inferInsert)[] = [];
  for (let i = 0; i < counts.milestones; i++) {
    const e = skewed();
    const date = dayIn(e.id!);
    const r = rand();
    const status: (typeof MILESTONE_STATUSES)[number] =
      date < REFERENCE ? (r < 0.75 ? 'behaald' : r < 0.87 ? 'gepland' : r < 0.95 ? 'verschoven' : 'vervallen') : r < 0.85 ? 'gepland' : r < 0.95 ? 'verschoven' : 'vervallen';
    milestoneRows.push({
      effortId: e.id!,
      title: `Benchmark-mijlpaal: ${sentence(rand, between(3, 7)).slice(0, -1)}`,
      description: rand() < 0.5 ? '' : paragraph(rand, 10, 40),
      date: iso(date),
      status,
    });
  }

  // Evaluations: on a day within the effort's period; of those before the reference day 70% are
  // decided, the rest are overdue. An effort's latest decision sets its life cycle (DECISION_LIFECYCLE).
  const evaluationRows: (typeof evaluations.$inferInsert)[] = [];
  const decisions: Decision[] = ['doorgaan', 'doorgaan', 'doorgaan', 'bijsturen', 'bijsturen', 'opschalen', 'overdragen', 'overdragen', 'stoppen'];
  for (let i = 0; i < counts.evaluations; i++) {
    const e = skewed();
    const planned = dayIn(e.id!);
    const row: typeof evaluations.$inferInsert = {
      effortId: e.id!,
      title: `Benchmark-evaluatie: ${sentence(rand, between(3, 6)).slice(0, -1)}`,
      plannedDate: iso(planned),
      criteria: paragraph(rand, 15, 60),
    };
    if (planned < REFERENCE && rand() < 0.7) {
      const decision = pick(decisions);
      row.status = 'uitgevoerd';
      row.decision = decision;
      row.reasons = paragraph(rand, 20, 80);
      row.decidedBy = rand() < 0.6 ? 'Stuurgroep Noord en Oost' : pick(ppl).name;
      row.decidedOn = iso(Math.min(REFERENCE, planned + between(0, 30) * DAY));
      row.lineOwner = decision === 'overdragen' ? pick(LINE_OWNERS) : null;
    }
    evaluationRows.push(row);
  }
  const latest = new Map<string, typeof evaluations.$inferInsert>();
  for (const ev of evaluationRows) {
    if (!ev.decidedOn) continue;
    const before = latest.get(ev.effortId);
    if (!before || ev.decidedOn >= before.decidedOn!) latest.set(ev.effortId, ev);
  }
  for (const e of effortRows) {
    const ev = latest.get(e.id!);
    if (!ev) continue;
    e.lifecycle = DECISION_LIFECYCLE[ev.decision!];
    e.lineOwner = ev.decision === 'overdragen' ? ev.lineOwner! : null;
  }

  // Risks: 10% not yet assessed; review dates from three months before to nine after the
  // reference day (so about a third is overdue unless closed), 15% without one.
  const riskRows: (typeof risks.$inferInsert)[] = [];
  for (let i = 0; i < counts.risks; i++) {
    const e = skewed();
    const assessed = rand() >= 0.1;
    const r = rand();
    const status: (typeof RISK_STATUSES)[number] = r < 0.6 ? 'open' : r < 0.85 ? 'beheerst' : 'gesloten';
    riskRows.push({
      effortId: e.id!,
      description: `Benchmark-risico: ${sentence(rand, between(8, 20))}`,
      likelihood: assessed ? between(1, 5) : null,
      impact: assessed ? between(1, 5) : null,
      mitigation: rand() < 0.2 ? '' : paragraph(rand, 10, 60),
      owner: pick(ppl).name,
      reviewDate: rand() < 0.15 ? null : iso(REFERENCE + between(-90, 270) * DAY),
      status,
    });
  }

  // Budget lines: a year of the effort's period, a funding source whose period covers that year
  // (5% without a source); 8% over plan; 5% in a year after the source's end date.
  const endYear = (s: Source) => (s.endDate ? Number(s.endDate.slice(0, 4)) : Infinity);
  const startYear = (s: Source) => (s.startDate ? Number(s.startDate.slice(0, 4)) : -Infinity);
  const endingSources = sources.filter((s) => endYear(s) < LAST_YEAR);
  const referenceYear = new Date(REFERENCE).getUTCFullYear();
  const budgetRows: (typeof budgetLines.$inferInsert)[] = [];
  for (let i = 0; i < counts.budgetLines; i++) {
    const e = skewed();
    const p = period.get(e.id!);
    let year = p ? between(FIRST_YEAR + Math.floor(p.first / 12), FIRST_YEAR + Math.floor(p.last / 12)) : between(FIRST_YEAR, LAST_YEAR);
    let source: Source | null = null;
    const kind = rand();
    if (kind < 0.05 && endingSources.length) {
      source = pick(endingSources);
      year = between(endYear(source) + 1, LAST_YEAR);
    } else if (kind >= 0.1) {
      const fitting = sources.filter((s) => startYear(s) <= year && year <= endYear(s));
      source = fitting.length ? pick(fitting) : null;
    }
    let planned = 2_000_00 + Math.floor(Math.pow(rand(), 2) * 248_000_00);
    if (rand() < 0.7) planned = Math.round(planned / 100_00) * 100_00; // most plans are whole hundreds of euros
    const share = (lo: number, hi: number, of: number) => Math.round(of * (lo + rand() * (hi - lo)));
    let committed: number;
    let realised: number;
    if (year < referenceYear) {
      committed = share(0.8, 1, planned);
      realised = share(0.85, 1, committed);
    } else if (year === referenceYear) {
      committed = share(0.4, 1, planned);
      realised = share(0.3, 0.9, committed);
    } else {
      committed = year === referenceYear + 1 ? share(0, 0.3, planned) : 0;
      realised = 0;
    }
    if (rand() < 0.08) {
      committed = share(1.02, 1.35, planned);
      if (year <= referenceYear) realised = committed;
    }
    budgetRows.push({
      effortId: e.id!,
      fundingSourceId: source?.id ?? null,
      year,
      description: `Benchmark-begrotingsregel: ${sentence(rand, between(3, 8)).slice(0, -1)}`,
      plannedCents: planned,
      committedCents: committed,
      realisedCents: realised,
    });
  }
  return { milestoneRows, evaluationRows, riskRows, budgetRows };
}

// ---------- Tussen Wal en Schip casework (set-based SQL: INSERT … SELECT generate_series) ----------

export interface GeneratedCases {
  cases: number;
  knelpunten: number;
  processingLog: number;
  conferences: number;
  agenda: number;
  actions: number;
  signals: number;
  signalKnelpunten: number;
  caseWorkers: number;
  /** cases on the demo case worker's team (the benchmark also logs in as that user) */
  demoWorkerCases: number;
}

type Execute = { rows: Record<string, unknown>[] };
const one = async (db: Db, q: ReturnType<typeof sql>) => ((await db.execute(q)) as unknown as Execute).rows[0] ?? {};

/**
 * Adds benchmark casework. Every random choice is a fixed function of the row number (a
 * multiplicative hash), so the data is the same on every run and engine. Dates lie between
 * 2025-01-01 and REFERENCE_DATE, so the retention job (24 months) erases nothing at start.
 * Case codes are TWS-<year>-B<number>: they cannot collide with the counter-generated codes.
 */
export async function generateCases(db: Db, scale: Scale): Promise<GeneratedCases> {
  const s = CASE_SCALES[scale];
  const n = s.cases;
  // r(x, salt): a deterministic number in [0, 1); id(kind, x): a deterministic uuid (dropped again at the end)
  await db.execute(sql.raw(`create or replace function bench_r(x bigint, salt int) returns double precision language sql immutable as
    $$ select (((x * 2654435761 + salt * 40503 + 12345) % 1000003 + 1000003) % 1000003)::double precision / 1000003 $$`));
  await db.execute(sql.raw(`create or replace function bench_id(kind text, x bigint) returns uuid language sql immutable as
    $$ select md5(kind || '-' || x)::uuid $$`));

  // case workers (not able to log in: no valid password hash)
  await db.execute(sql`
    insert into users (email, display_name, role, password_hash)
    select 'bench-casusregisseur-' || g || '@koers.test', 'Benchmark-casusregisseur ' || g, 'casusregisseur', 'benchmark-geen-wachtwoord'
    from generate_series(1, ${s.caseWorkers}) g on conflict (email) do nothing`);

  // cases: intake spread over 2025-01-01 … REFERENCE_DATE − 10 days; older cases are further along
  const span = Math.round((Date.parse(`${REFERENCE_DATE}T00:00:00Z`) - Date.UTC(2025, 0, 1)) / DAY) - 10;
  await db.execute(sql.raw(`
    insert into cases (id, code, is_demo, intake_date, source, area, framework_key, summary, solution, solution_kind, decided_by, decided_on, cost_cents,
                       financeable_otherwise, alternative_financing, case_responsible, outcome, follow_up_date, status,
                       aangemeld_at, in_behandeling_at, besloten_at, uitgevoerd_at, nazorg_at, afgesloten_at, created_at, updated_at)
    select bench_id('case', g), 'TWS-' || extract(year from intake)::int || '-B' || lpad(g::text, 6, '0'), false, intake,
           (array['casuistiekoverleg','casuistiekoverleg','uitvoeringsteam','uitvoeringsteam','wijkmanager','wijkmanager','partner','anders'])[1 + floor(bench_r(g, 2) * 8)::int],
           (array['noord','noord','oost','oost','rest'])[1 + floor(bench_r(g, 3) * 5)::int],
           'zrm-2017', 'Benchmarkcasus: huishouden met een knelpunt tussen regelingen.',
           case when st >= 2 then 'Benchmark-oplossing uit het Tussen Wal en Schip budget.' else '' end,
           case when st >= 2 then (array['achterstand','overbrugging','spullen','wonen','ondersteuning','anders'])[1 + floor(bench_r(g, 4) * 6)::int] end,
           case when st >= 2 then 'Programmamanager' else '' end,
           case when st >= 2 then (t2 at time zone 'Europe/Amsterdam')::date end,
           case when st >= 2 or bench_r(g, 5) < 0.3 then (5 + floor(bench_r(g, 6) * 76)::int) * 5000 else 0 end,
           case when st >= 2 then bench_r(g, 7) < 0.25 end,
           case when st >= 2 and bench_r(g, 7) < 0.25 then 'Bijzondere bijstand' else '' end,
           case when bench_r(g, 8) < 0.08 then '' else 'Wijkmanager (gemeente Brunssum)' end,
           case when st >= 4 then (array['ja','ja','ja','deels','nee'])[1 + floor(bench_r(g, 9) * 5)::int] end,
           case when st >= 3 then (t3 at time zone 'Europe/Amsterdam')::date + 90 end,
           (array['aangemeld','in_behandeling','besloten','uitgevoerd','nazorg','afgesloten'])[st + 1],
           t0, case when st >= 1 then t1 end, case when st >= 2 then t2 end, case when st >= 3 then t3 end,
           case when st >= 4 then t4 end, case when st >= 5 then t5 end, t0, greatest(t0, least(t5, ref))
    from (
      select g, intake, ref,
             -- how far along: at most what the case's age allows
             least(floor(bench_r(g, 10) * 6)::int, floor((ref::date - intake) / 30.0)::int) as st,
             t0, t1, t2, t3, t4, t5
      from (
        select g, intake, ref, intake + interval '9 hours' as t0,
               least(ref, intake + interval '9 hours' + (1 + floor(bench_r(g, 11) * 10)) * interval '1 day') as t1,
               least(ref, intake + interval '9 hours' + (6 + floor(bench_r(g, 12) * 40)) * interval '1 day') as t2,
               least(ref, intake + interval '9 hours' + (50 + floor(bench_r(g, 13) * 20)) * interval '1 day') as t3,
               least(ref, intake + interval '9 hours' + (80 + floor(bench_r(g, 14) * 30)) * interval '1 day') as t4,
               least(ref, intake + interval '9 hours' + (120 + floor(bench_r(g, 15) * 80)) * interval '1 day') as t5
        from (select g, date '2025-01-01' + floor(bench_r(g, 1) * ${span})::int as intake, timestamptz '${REFERENCE_DATE} 08:00:00+00' as ref
              from generate_series(1, ${n}) g) a
      ) b
    ) c`));

  // case teams: one benchmark case worker each; the demo case worker on one case in fifty
  await db.execute(sql`
    insert into case_team (case_id, user_id)
    select bench_id('case', g), u.id
    from generate_series(1, ${n}) g
    join users u on u.email = case when g % 50 = 0 then 'casusregisseur@koers.test' else 'bench-casusregisseur-' || (1 + g % ${s.caseWorkers}) || '@koers.test' end`);

  // knelpunten: three per case (at large scale); blocking texts skewed (a few block many)
  await db.execute(sql`
    insert into knelpunten (id, case_id, route, blocker, blocker_type, kind, explanation, sort_order)
    select bench_id('knelpunt', k), bench_id('case', 1 + (k * 7919) % ${n}),
           'Benchmark-route ' || (1 + floor(bench_r(k, 21) * 40)::int),
           'Benchmark-regel ' || b,
           (array['wet','regel','organisatie','gewoonte'])[1 + b % 4],
           (array['kan_niet','mag_niet','doen_we_al','wachtlijst','financiering','informatie','anders'])[1 + b % 7],
           '', (k / ${n})::int
    from (select k, floor(pow(bench_r(k, 20), 2) * 400)::int as b from generate_series(1, ${s.knelpunten}) k) x`);

  // life-domain scores at intake: two domains per case
  await db.execute(sql`
    insert into case_domain_scores (case_id, framework_key, domain_key, moment, score)
    select bench_id('case', g), 'zrm-2017', d.keys[1 + (g + o) % array_length(d.keys, 1)], 'intake', 1 + floor(bench_r(g, 30 + o) * 3)::int
    from generate_series(1, ${n}) g
    cross join (values (0), (5)) v(o)
    cross join (select array_agg(key order by sort_order) as keys from life_domains where framework_key = 'zrm-2017') d`);

  // case conferences every few days, each with cases on the agenda and an action per agenda case (85 % done)
  const agendaTotal = s.conferences * s.agendaPerConference;
  await db.execute(sql`
    insert into case_conferences (id, date, kind, organisations, created_at, updated_at)
    select bench_id('conference', f), date '2025-01-15' + floor(f * ${span / s.conferences}::double precision)::int,
           case when f % 3 = 0 then 'vlb_overleg' else 'casuistiekoverleg' end,
           '["Gemeente Brunssum", "Wijkteam Brunssum", "Benchmark-partner"]'::jsonb, now(), now()
    from generate_series(1, ${s.conferences}) f`);
  await db.execute(sql`
    insert into case_conference_cases (conference_id, case_id, responsibility_confirmed, sort_order)
    select bench_id('conference', 1 + (a - 1) / ${s.agendaPerConference}), bench_id('case', 1 + (a * 104729) % ${n}),
           bench_r(a, 40) < 0.8, (a - 1) % ${s.agendaPerConference}
    from generate_series(1, ${agendaTotal}) a
    on conflict do nothing`);
  await db.execute(sql`
    insert into case_conference_actions (conference_id, case_id, description, owner, due_date, done, done_at, created_at)
    select x.conference_id, case when bench_r(x.rn, 41) < 0.85 then x.case_id end, 'Benchmark-actie', 'Wijkmanager (gemeente Brunssum)',
           f.date + 14, bench_r(x.rn, 42) < 0.85, case when bench_r(x.rn, 42) < 0.85 then (f.date + 10)::timestamptz end, now()
    from (select conference_id, case_id, row_number() over (order by conference_id, sort_order) as rn from case_conference_cases) x
    join case_conferences f on f.id = x.conference_id`);

  // system signals: one per blocking text for the most frequent texts, at every step of the path
  await db.execute(sql`
    insert into system_signals (id, title, owner, learning_circle, change_kind, status, status_reason, status_changed_at)
    select bench_id('signal', i), 'Benchmark-signaal ' || i, 'Benchmark-team (gemeente)',
           (array['casuistiek','uitvoering_en_beleid','sturingsmodellen'])[1 + i % 3],
           (array['beleidsregel','inkoop','werkwijze','landelijk_signaal'])[1 + i % 4],
           (array['gesignaleerd','geagendeerd','in_behandeling','structureel_opgelost','niet_opgelost'])[1 + i % 5],
           case when i % 5 = 4 then 'Benchmark-reden' else '' end, now() - (i || ' days')::interval
    from generate_series(0, ${s.signals - 1}) i`);
  await db.execute(sql`
    insert into system_signal_knelpunten (signal_id, knelpunt_id)
    select bench_id('signal', substring(k.blocker from 17)::int), k.id from knelpunten k
    where k.blocker like 'Benchmark-regel %' and substring(k.blocker from 17)::int < ${s.signals}`);
  await db.execute(sql`
    insert into system_signal_status_changes (signal_id, from_status, to_status, reason, at, by_label)
    select id, null, 'gesignaleerd', '', status_changed_at, 'Benchmark' from system_signals where title like 'Benchmark-signaal %'`);

  // the data-processing log: 2,000,000 rows at large scale, spread over the cases and two years
  const chunk = 250_000;
  for (let from = 1; from <= s.processingLog; from += chunk) {
    const to = Math.min(s.processingLog, from + chunk - 1);
    await db.execute(sql`
      insert into processing_log (trace_id, operation_id, name, activity, status_code, start_time, end_time, data_subject, case_id, user_id, user_role, purpose, legal_basis, details)
      select md5('trace' || l), substr(md5('span' || l), 1, 16), a.act, a.act, 1, t, t + interval '3 milliseconds',
             c.code, c.id, null, 'casusregisseur', 'Tussen Wal en Schip (benchmark)', 'AVG art. 6 lid 1 sub e (benchmark)', '{"fields": "all"}'::jsonb
      from generate_series(${from}::int, ${to}::int) l
      cross join lateral (select (array['tws.raadplegen','tws.overzicht','tws.overzicht','tws.wijzigen','tws.knelpunten','tws.status'])[1 + l % 6] as act,
                                 timestamptz '2025-01-01 08:00:00+00' + (l::double precision / ${s.processingLog}) * interval '690 days' as t) a
      join cases c on c.id = bench_id('case', 1 + (l * 7) % ${n})`);
  }
  await db.execute(sql.raw('drop function bench_r(bigint, int)'));
  await db.execute(sql.raw('drop function bench_id(text, bigint)'));
  await db.execute(sql.raw('analyze'));

  const count = async (q: string) => Number((await one(db, sql.raw(q))).n);
  return {
    cases: await count(`select count(*) as n from cases where code like 'TWS-%-B%'`),
    knelpunten: await count(`select count(*) as n from knelpunten where blocker like 'Benchmark-regel %'`),
    processingLog: await count(`select count(*) as n from processing_log`),
    conferences: await count(`select count(*) as n from case_conferences`),
    agenda: await count(`select count(*) as n from case_conference_cases`),
    actions: await count(`select count(*) as n from case_conference_actions`),
    signals: await count(`select count(*) as n from system_signals`),
    signalKnelpunten: await count(`select count(*) as n from system_signal_knelpunten`),
    caseWorkers: s.caseWorkers,
    demoWorkerCases: await count(`select count(*) as n from case_team t join users u on u.id = t.user_id where u.email = 'casusregisseur@koers.test'`),
  };
}
