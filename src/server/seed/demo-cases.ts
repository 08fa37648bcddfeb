/**
 * Voorbeelddata: about 60 Tussen Wal en Schip cases, generated deterministically (a fixed seed, fixed
 * dates), marked `is_demo`, so the dashboards and the learning view have something to show. The
 * texts are generic situations — no resident, no name, no address, no date of birth — and each is
 * checked by the personal-data detector before it is stored. Created only when demo data is on
 * (start.ts), once, with the demo case worker on the team of most cases.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  BLOCKER_TYPES,
  CASE_STATUSES,
  type CaseStatus,
  type ChangeKind,
  type ConferenceKind,
  DEFAULT_FRAMEWORK,
  KNELPUNT_KINDS,
  type LearningCircle,
  SIGNAL_TRANSITIONS,
  type SignalStatus,
  type SolutionKind,
} from '../../shared/cases';
import { findPersonalData } from '../../shared/personal-data';
import type { Db, DbOrTx } from '../db/client';
import {
  caseConferenceActions,
  caseConferenceCases,
  caseConferences,
  caseDomainScores,
  caseTeam,
  cases,
  knelpunten,
  lifeDomains,
  systemSignalKnelpunten,
  systemSignalStatusChanges,
  systemSignals,
  users,
} from '../db/schema';
import { type ProcessingEntry, logProcessing, systemContext } from '../domains/cases/processing-log';
import { nextCaseCode } from '../domains/cases/service';

export const DEMO_CASE_COUNT = 60;

type K = [route: string, blocker: string, blockerType: (typeof BLOCKER_TYPES)[number], kind: (typeof KNELPUNT_KINDS)[number]];
const KNELPUNTEN: K[] = [
  ['Schuldhulpverlening', 'Wachtlijst schuldhulpverlening', 'organisatie', 'wachtlijst'],
  ['Bijzondere bijstand', 'Participatiewet: schulden vallen buiten de bijzondere bijstand', 'wet', 'mag_niet'],
  ['Urgentieverklaring woning', 'Urgentieregeling: geen urgentie bij huurachterstand', 'regel', 'mag_niet'],
  ['Wmo-maatwerkvoorziening', 'Wmo-beleidsregel: eerst voorliggende voorzieningen', 'regel', 'kan_niet'],
  ['Behandeling specialistische ggz', 'Wachtlijst specialistische ggz', 'organisatie', 'wachtlijst'],
  ['Beschermd wonen', 'Regionale toegang: geen passende plek beschikbaar', 'organisatie', 'kan_niet'],
  ['Energietoeslag', 'Aanvraagtermijn energietoeslag verlopen', 'regel', 'mag_niet'],
  ['Jeugdhulp', 'Contract met de zorgaanbieder dekt deze combinatie niet', 'organisatie', 'financiering'],
  ['Budgetbeheer', 'Bank: inwoner valt buiten de doelgroep van budgetbeheer', 'organisatie', 'kan_niet'],
  ['Begeleiding uit het wijkteam', 'Bestaande begeleiding wordt als voldoende gezien', 'gewoonte', 'doen_we_al'],
  ['Zorgverzekering', 'Zorgverzekeringswet: wanbetalersregeling', 'wet', 'financiering'],
  ['Toeslagen', 'Onduidelijk welke instantie verantwoordelijk is', 'organisatie', 'informatie'],
  ['Kwijtschelding gemeentelijke belastingen', 'Vermogensnorm kwijtschelding', 'regel', 'mag_niet'],
  ['Vervoersvoorziening', 'Geen loket voor een tijdelijke situatie', 'gewoonte', 'anders'],
  ['Dagbesteding', 'Indicatie vereist; beoordeling duurt acht weken', 'regel', 'wachtlijst'],
  ['Samenwerking met partners', 'Partners delen geen informatie zonder toestemming', 'regel', 'informatie'],
  ['Inkomensondersteuning', 'Dat is al geregeld via de reguliere uitkering', 'gewoonte', 'doen_we_al'],
];

const SUMMARIES = [
  'Huishouden met een oplopende huurachterstand; de reguliere schuldhulp start pas na de wachttijd en ontruiming dreigt.',
  'Alleenstaande ouder zonder buffer; een kapotte wasmachine en koelkast zetten het huishouden klem.',
  'Inwoner met psychische klachten wacht op behandeling en raakt intussen werk en dagstructuur kwijt.',
  'Gezin in een te kleine, vochtige woning; urgentie wordt niet toegekend en de gezondheid van de kinderen lijdt eronder.',
  'Oudere inwoner kan na ziekenhuisopname niet veilig thuis wonen; tijdelijke hulp valt tussen Wmo en Zvw in.',
  'Jongvolwassene verlaat de jeugdhulp zonder inkomen of woonplek; de volwassenenzorg sluit niet aan.',
  'Huishouden met een hoge energierekening na een verhuizing; de toeslagregeling is net gesloten.',
  'Inwoner met een premieachterstand bij de zorgverzekeraar mijdt zorg uit angst voor kosten.',
  'Mantelzorger raakt overbelast; respijtzorg is pas over maanden beschikbaar.',
  'Huishouden met meerdere hulpverleners zonder regie; niemand neemt de casusverantwoordelijkheid.',
];
const SOLUTIONS = [
  'Eenmalige overbrugging van de huurachterstand uit het Tussen Wal en Schip budget, gekoppeld aan schuldhulp.',
  'Vervanging van noodzakelijke witgoedapparatuur, met afspraken over budgetbegeleiding.',
  'Tijdelijke inzet van een ervaringsdeskundige tot de behandeling start.',
  'Bijdrage aan verhuiskosten naar een passende woning van de corporatie.',
  'Tijdelijke thuisondersteuning tot de reguliere voorziening ingaat.',
  'Overbruggingsbudget voor de eerste maanden van zelfstandig wonen, met begeleiding.',
  'Betaling van de energieachterstand met een afspraak over energiebesparing.',
  'Betalingsregeling met de zorgverzekeraar mogelijk gemaakt door een eenmalige bijdrage.',
];
const RESPONSIBLE = [
  'Wijkmanager Noord (gemeente Brunssum)',
  'Wijkmanager Oost (gemeente Brunssum)',
  'Consulent Wmo (gemeente Brunssum)',
  'Maatschappelijk werker (partner)',
  'Casusregisseur uitvoeringsteam',
];
/** The kind of each solution above (same order), for the budget per kind of solution. */
const SOLUTION_KIND_OF: SolutionKind[] = ['achterstand', 'spullen', 'ondersteuning', 'wonen', 'ondersteuning', 'overbrugging', 'achterstand', 'achterstand'];
const ALTERNATIVES = ['Bijzondere bijstand', 'Wmo-maatwerkvoorziening', 'Noodfonds', 'Zorgverzekering (aanvullend)'];

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const weighted = <T>(xs: readonly [T, number][]) => {
    let r = next() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs.at(-1)![0];
  };
  return { next, int, pick, weighted };
}

const DAY = 24 * 60 * 60 * 1000;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function statusFor(i: number): CaseStatus {
  if (i < 14) return 'afgesloten';
  if (i < 22) return 'nazorg';
  if (i < 32) return 'uitgevoerd';
  if (i < 40) return 'besloten';
  if (i < 50) return 'in_behandeling';
  return 'aangemeld';
}

function clean(text: string): string {
  const hit = findPersonalData(text);
  if (hit) throw new Error(`demo case text looks like personal data (${hit.kind}): ${text}`);
  return text;
}

/**
 * Creates the demo cases once, and (also for demo cases made by an earlier version) the demo case
 * conferences and system signals; returns how many cases were created.
 */
export async function seedDemoCases(db: Db, now = new Date()): Promise<number> {
  const created = await createDemoCases(db);
  await seedDemoCasework(db, now);
  return created;
}

async function createDemoCases(db: Db): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(eq(cases.isDemo, true));
  if ((existing?.n ?? 0) > 0) return 0;
  const [worker] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'casusregisseur@koers.test'));
  const [manager] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'programmamanager@koers.test'));
  if (!worker || !manager) return 0; // demo accounts are not there (e.g. removed): no cases without a team
  const domains = (await db.select({ key: lifeDomains.key }).from(lifeDomains).where(eq(lifeDomains.frameworkKey, DEFAULT_FRAMEWORK))).map((d) => d.key);
  const r = rng(20260404);
  const ctx = systemContext();
  const start = new Date('2025-03-03T09:00:00Z');

  await db.transaction(async (tx) => {
    for (let i = 0; i < DEMO_CASE_COUNT; i++) {
      const status = statusFor(i);
      const reached = CASE_STATUSES.slice(0, CASE_STATUSES.indexOf(status) + 1);
      const intake = addDays(start, i * 9 + r.int(0, 4));
      // how long each step took, in days
      const at: Partial<Record<CaseStatus, Date>> = { aangemeld: intake };
      let t = intake;
      const gaps: Record<CaseStatus, [number, number]> = {
        aangemeld: [0, 0],
        in_behandeling: [1, 10],
        besloten: [5, 35],
        uitgevoerd: [2, 20],
        nazorg: [10, 40],
        afgesloten: [20, 90],
      };
      for (const s of reached.slice(1)) {
        t = addDays(t, r.int(...gaps[s]));
        at[s] = t;
      }
      const decided = reached.includes('besloten');
      const solution = decided ? r.pick(SOLUTIONS) : null;
      const financeableOtherwise = decided ? r.next() < 0.25 : null;
      const costCents = decided ? r.int(5, 80) * 50_00 : 0;
      const code = await nextCaseCode(tx, intake.getUTCFullYear());
      const [row] = await tx
        .insert(cases)
        .values({
          code,
          isDemo: true,
          intakeDate: isoDate(intake),
          source: r.weighted([
            ['casuistiekoverleg', 4],
            ['uitvoeringsteam', 3],
            ['wijkmanager', 3],
            ['partner', 2],
            ['anders', 1],
          ] as const),
          area: r.weighted([
            ['noord', 45],
            ['oost', 40],
            ['rest', 15],
          ] as const),
          frameworkKey: DEFAULT_FRAMEWORK,
          summary: clean(r.pick(SUMMARIES)),
          solution: solution ? clean(solution) : '',
          solutionKind: solution ? SOLUTION_KIND_OF[SOLUTIONS.indexOf(solution)]! : null,
          decidedBy: decided ? 'Programmamanager Brunssum Noord en Oost' : '',
          decidedOn: at.besloten ? isoDate(at.besloten) : null,
          costCents,
          financeableOtherwise,
          alternativeFinancing: financeableOtherwise ? r.pick(ALTERNATIVES) : '',
          caseResponsible: i % 11 === 10 ? '' : r.pick(RESPONSIBLE), // a few without a case responsible: a risk the forms name
          outcome: status === 'nazorg' || status === 'afgesloten' ? r.weighted([['ja', 6], ['deels', 3], ['nee', 1]] as const) : null,
          followUpDate: at.uitgevoerd ? isoDate(addDays(at.uitgevoerd, 90)) : null,
          status,
          aangemeldAt: at.aangemeld!,
          inBehandelingAt: at.in_behandeling ?? null,
          beslotenAt: at.besloten ?? null,
          uitgevoerdAt: at.uitgevoerd ?? null,
          nazorgAt: at.nazorg ?? null,
          afgeslotenAt: at.afgesloten ?? null,
          createdAt: intake,
          updatedAt: t,
        })
        .returning({ id: cases.id });
      const caseId = row!.id;
      // the demo case worker is on the team of five out of six cases
      await tx.insert(caseTeam).values(i % 6 === 5 ? [{ caseId, userId: manager.id }] : [{ caseId, userId: worker.id }]);
      const picked = new Set<number>();
      const n = r.int(1, 3);
      while (picked.size < n) picked.add(r.int(0, KNELPUNTEN.length - 1));
      await tx.insert(knelpunten).values(
        [...picked].map((k, sortOrder) => {
          const [route, blocker, blockerType, kind] = KNELPUNTEN[k]!;
          return { caseId, route, blocker, blockerType, kind, sortOrder };
        }),
      );
      const scored = new Set<string>();
      const m = r.int(2, 4);
      while (scored.size < m) scored.add(r.pick(domains));
      const followUp = status === 'nazorg' || status === 'afgesloten';
      await tx.insert(caseDomainScores).values(
        [...scored].flatMap((domainKey) => {
          const intakeScore = r.int(1, 3);
          return [
            { caseId, frameworkKey: DEFAULT_FRAMEWORK, domainKey, moment: 'intake' as const, score: intakeScore },
            ...(followUp ? [{ caseId, frameworkKey: DEFAULT_FRAMEWORK, domainKey, moment: 'follow_up' as const, score: Math.min(5, intakeScore + r.int(0, 2)) }] : []),
          ];
        }),
      );
      await logProcessing(tx, ctx, [{ activity: 'tws.registreren', caseId, dataSubject: code, details: { voorbeelddata: true } }]);
    }
  });
  return DEMO_CASE_COUNT;
}

// ---------- demo case conferences and system signals (voorbeelddata) ----------

type DemoAction = { about: number | null; description: string; owner: string; due: string; done: boolean };
type DemoConference = { date: string; kind: ConferenceKind; organisations: string[]; agenda: [index: number, confirmed: boolean][]; actions: DemoAction[] };
/**
 * Case conferences on fixed dates, with agenda cases by their place in the demo set (0 = the
 * oldest intake; 40–49 are in behandeling, 50–59 aangemeld; 41 and 47 are on the programme
 * manager's team only). Some actions are overdue, some case responsibilities not confirmed, and
 * one conference lies ahead (cases on its agenda are waiting for it).
 */
export const DEMO_CONFERENCES: DemoConference[] = [
  {
    date: '2026-03-12',
    kind: 'casuistiekoverleg',
    organisations: ['Gemeente Brunssum', 'Wijkteam Brunssum', 'Woningcorporatie Weller', 'Kredietbank Limburg'],
    agenda: [[40, true], [41, true], [42, false]],
    actions: [
      { about: 40, description: 'Schuldhulp met voorrang inplannen', owner: 'Consulent schuldhulp (gemeente Brunssum)', due: '2026-03-26', done: true },
      { about: 42, description: 'Afspraak met de corporatie over de huurachterstand', owner: 'Maatschappelijk werker (partner)', due: '2026-04-09', done: false },
      { about: null, description: 'Werkafspraak over voorrang bij schuldhulp op de agenda van het MT zetten', owner: 'Programmamanager Brunssum Noord en Oost', due: '2026-05-01', done: true },
    ],
  },
  {
    date: '2026-06-18',
    kind: 'vlb_overleg',
    organisations: ['Gemeente Brunssum', 'GGD Zuid Limburg', 'Politie Limburg', 'Mondriaan'],
    agenda: [[44, true], [45, false], [47, true]],
    actions: [
      { about: 45, description: 'Casusverantwoordelijke aanwijzen en terugkoppelen', owner: 'Wijkmanager Oost (gemeente Brunssum)', due: '2026-07-02', done: false },
      { about: 47, description: 'Tijdelijke begeleiding regelen tot de behandeling start', owner: 'Consulent Wmo (gemeente Brunssum)', due: '2026-07-16', done: true },
    ],
  },
  {
    date: '2026-09-10',
    kind: 'casuistiekoverleg',
    organisations: ['Gemeente Brunssum', 'Wijkteam Brunssum', 'ZelfRegie Centrum'],
    agenda: [[50, true], [51, false], [52, true]],
    actions: [
      { about: 51, description: 'Uitzoeken welke instantie verantwoordelijk is voor de toeslag', owner: 'Casusregisseur uitvoeringsteam', due: '2026-09-24', done: false },
      { about: null, description: 'Informatiedeling tussen partners bespreken met de privacy officer', owner: 'Programmamanager Brunssum Noord en Oost', due: '2026-10-01', done: false },
    ],
  },
  {
    date: '2027-01-14',
    kind: 'casuistiekoverleg',
    organisations: ['Gemeente Brunssum', 'Wijkteam Brunssum'],
    agenda: [[55, false], [56, false]],
    actions: [],
  },
];

type DemoSignal = { blocker: string; title: string; owner: string; circle: LearningCircle; changeKind: ChangeKind | null; path: [SignalStatus, string, string][] };
/**
 * System signals built from the demo knelpunten (all knelpunten with the given blocking text),
 * each at a different step on the way to a structural change; `path` is the status history after
 * 'gesignaleerd' (status, date, reason).
 */
export const DEMO_SIGNALS: DemoSignal[] = [
  {
    blocker: 'Wachtlijst schuldhulpverlening',
    title: 'Wachttijd schuldhulpverlening bij dreigende huisuitzetting',
    owner: 'Team Schuldhulpverlening (gemeente Brunssum)',
    circle: 'uitvoering_en_beleid',
    changeKind: 'inkoop',
    path: [
      ['geagendeerd', '2026-04-02', ''],
      ['in_behandeling', '2026-05-14', ''],
      ['structureel_opgelost', '2026-09-03', 'Voorrangsregeling bij dreigende huisuitzetting opgenomen in de nieuwe inkoopronde.'],
    ],
  },
  {
    blocker: 'Vermogensnorm kwijtschelding',
    title: 'Vermogensnorm kwijtschelding sluit huishoudens met een kleine buffer uit',
    owner: 'Team Belastingen (gemeente Brunssum)',
    circle: 'sturingsmodellen',
    changeKind: 'landelijk_signaal',
    path: [
      ['geagendeerd', '2026-03-19', ''],
      ['niet_opgelost', '2026-06-25', 'De norm ligt landelijk vast; de gemeente kan haar niet aanpassen. Signaal doorgegeven aan de VNG.'],
    ],
  },
  {
    blocker: 'Wmo-beleidsregel: eerst voorliggende voorzieningen',
    title: 'Voorliggende voorzieningen in de Wmo-beleidsregel sluiten niet aan',
    owner: 'Team Wmo (gemeente Brunssum)',
    circle: 'uitvoering_en_beleid',
    changeKind: 'beleidsregel',
    path: [
      ['geagendeerd', '2026-05-07', ''],
      ['in_behandeling', '2026-08-20', ''],
    ],
  },
  {
    blocker: 'Contract met de zorgaanbieder dekt deze combinatie niet',
    title: 'Contracten jeugdhulp dekken combinaties van hulp niet',
    owner: 'Team Inkoop Sociaal Domein (gemeente Brunssum)',
    circle: 'sturingsmodellen',
    changeKind: 'inkoop',
    path: [['geagendeerd', '2026-10-08', '']],
  },
  {
    blocker: 'Partners delen geen informatie zonder toestemming',
    title: 'Informatiedeling tussen partners in het casusoverleg',
    owner: 'Programmamanager Brunssum Noord en Oost',
    circle: 'casuistiek',
    changeKind: 'werkwijze',
    path: [],
  },
];
const DEMO_BY = 'Voorbeelddata';

/**
 * Demo case conferences and system signals, once: only when demo cases exist and no demo
 * conference or signal does. Deterministic (fixed data, fixed dates). A record is never stamped
 * in the future: a conference still to come (gepland) was recorded `now` at the latest.
 */
export async function seedDemoCasework(db: Db, now = new Date()): Promise<{ conferences: number; signals: number }> {
  const past = (d: Date) => (d.getTime() > now.getTime() ? new Date(now) : d);
  return db.transaction(async (tx) => {
    const demo = await tx
      .select({ id: cases.id, code: cases.code })
      .from(cases)
      .where(eq(cases.isDemo, true))
      .orderBy(asc(cases.intakeDate), asc(cases.code));
    if (demo.length < DEMO_CASE_COUNT) return { conferences: 0, signals: 0 };
    const [c] = await tx.select({ n: sql<number>`count(*)::int` }).from(caseConferences).where(eq(caseConferences.isDemo, true));
    const [s] = await tx.select({ n: sql<number>`count(*)::int` }).from(systemSignals).where(eq(systemSignals.isDemo, true));
    if ((c?.n ?? 0) > 0 || (s?.n ?? 0) > 0) return { conferences: 0, signals: 0 };
    const ctx = systemContext();
    const log: ProcessingEntry[] = [];

    for (const conf of DEMO_CONFERENCES) {
      for (const t of [...conf.organisations, ...conf.actions.flatMap((a) => [a.description, a.owner])]) clean(t);
      const at = past(new Date(`${conf.date}T12:00:00Z`));
      const [row] = await tx
        .insert(caseConferences)
        .values({ isDemo: true, date: conf.date, kind: conf.kind, organisations: conf.organisations, createdAt: at, updatedAt: at })
        .returning({ id: caseConferences.id });
      const conferenceId = row!.id;
      await tx.insert(caseConferenceCases).values(conf.agenda.map(([i, confirmed], sortOrder) => ({ conferenceId, caseId: demo[i]!.id, responsibilityConfirmed: confirmed, sortOrder })));
      if (conf.actions.length) {
        await tx.insert(caseConferenceActions).values(
          conf.actions.map((a, k) => ({
            conferenceId,
            caseId: a.about === null ? null : demo[a.about]!.id,
            description: a.description,
            owner: a.owner,
            dueDate: a.due,
            done: a.done,
            doneAt: a.done ? past(new Date(`${a.due}T12:00:00Z`)) : null,
            createdAt: past(new Date(at.getTime() + k)),
          })),
        );
      }
      for (const [i] of conf.agenda) {
        log.push({ activity: 'tws.overleg.wijzigen', caseId: demo[i]!.id, dataSubject: demo[i]!.code, details: { conferenceId, voorbeelddata: true } });
      }
    }

    let signals = 0;
    for (const sig of DEMO_SIGNALS) {
      for (const t of [sig.title, sig.owner, ...sig.path.map((p) => p[2])]) clean(t);
      const ks = await tx
        .select({ id: knelpunten.id, caseId: knelpunten.caseId, code: cases.code })
        .from(knelpunten)
        .innerJoin(cases, eq(cases.id, knelpunten.caseId))
        .where(and(eq(cases.isDemo, true), eq(knelpunten.blocker, sig.blocker)))
        .orderBy(asc(cases.code), asc(knelpunten.sortOrder));
      if (!ks.length) continue;
      let status: SignalStatus = 'gesignaleerd';
      for (const [to] of sig.path) {
        if (!SIGNAL_TRANSITIONS[status].includes(to)) throw new Error(`demo signal path: ${status} → ${to}`);
        status = to;
      }
      const first = sig.path.length ? new Date(`${sig.path[0]![1]}T12:00:00Z`).getTime() - 14 * DAY : Date.parse('2026-10-22T12:00:00Z');
      const last = sig.path.at(-1);
      const [row] = await tx
        .insert(systemSignals)
        .values({
          isDemo: true,
          title: sig.title,
          owner: sig.owner,
          learningCircle: sig.circle,
          changeKind: sig.changeKind,
          status,
          statusReason: last?.[2] ?? '',
          statusChangedAt: past(last ? new Date(`${last[1]}T12:00:00Z`) : new Date(first)),
          createdAt: past(new Date(first)),
          updatedAt: past(last ? new Date(`${last[1]}T12:00:00Z`) : new Date(first)),
        })
        .returning({ id: systemSignals.id });
      const signalId = row!.id;
      await tx.insert(systemSignalKnelpunten).values(ks.map((k) => ({ signalId, knelpuntId: k.id })));
      let from: SignalStatus | null = null;
      const history = [['gesignaleerd', new Date(first).toISOString().slice(0, 10), ''] as const, ...sig.path];
      for (const [to, day, reason] of history) {
        await tx.insert(systemSignalStatusChanges).values({ signalId, fromStatus: from, toStatus: to, reason, at: past(new Date(`${day}T12:00:00Z`)), byLabel: DEMO_BY });
        from = to;
      }
      const perCase = new Map(ks.map((k) => [k.caseId, k.code]));
      for (const [caseId, code] of perCase) log.push({ activity: 'tws.signaal', caseId, dataSubject: code, details: { signalId, linked: true, voorbeelddata: true } });
      signals++;
    }
    await logProcessing(tx, ctx, log);
    return { conferences: DEMO_CONFERENCES.length, signals };
  });
}

/**
 * Removes all demo case data (npm run demo:remove): the demo conferences and system signals, then
 * the demo cases (their team, scores, knelpunten, agenda entries and actions go with them), each
 * removal written to the processing log under the case's code. Real conferences and signals stay;
 * a real signal keeps an anonymous count of the demo knelpunten it loses, as after erasure.
 */
export async function removeDemoCaseData(db: Db): Promise<{ cases: number; conferences: number; signals: number }> {
  return db.transaction(async (tx) => {
    const conferences = await tx.delete(caseConferences).where(eq(caseConferences.isDemo, true)).returning({ id: caseConferences.id });
    const signals = await tx.delete(systemSignals).where(eq(systemSignals.isDemo, true)).returning({ id: systemSignals.id });
    await countLostDemoKnelpunten(tx);
    const rows = await tx.delete(cases).where(eq(cases.isDemo, true)).returning({ id: cases.id, code: cases.code });
    await logProcessing(
      tx,
      systemContext(),
      rows.map((r) => ({ activity: 'tws.voorbeelddata', caseId: r.id, dataSubject: r.code, details: { voorbeelddata: true } })),
    );
    return { cases: rows.length, conferences: conferences.length, signals: signals.length };
  });
}

/** A real signal that holds knelpunten of demo cases keeps their number as an anonymous count. */
async function countLostDemoKnelpunten(tx: DbOrTx) {
  await tx.execute(sql`
    update system_signals s set erased_knelpunten = s.erased_knelpunten + l.n
    from (select sk.signal_id, count(*)::int as n from system_signal_knelpunten sk join knelpunten k on k.id = sk.knelpunt_id
          join cases c on c.id = k.case_id where c.is_demo group by sk.signal_id) l
    where s.id = l.signal_id`);
}
