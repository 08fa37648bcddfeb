/**
 * Voorbeelddata: about 60 Tussen Wal en Schip cases, generated deterministically (a fixed seed, fixed
 * dates), marked `is_demo`, so the dashboards and the learning view have something to show. The
 * texts are generic situations — no resident, no name, no address, no date of birth — and each is
 * checked by the personal-data detector before it is stored. Created only when demo data is on
 * (start.ts), once, with the demo case worker on the team of most cases.
 */
import { eq, sql } from 'drizzle-orm';
import { BLOCKER_TYPES, CASE_STATUSES, type CaseStatus, DEFAULT_FRAMEWORK, KNELPUNT_KINDS } from '../../shared/cases';
import { findPersonalData } from '../../shared/personal-data';
import type { Db } from '../db/client';
import { caseDomainScores, caseTeam, cases, knelpunten, lifeDomains, users } from '../db/schema';
import { logProcessing, systemContext } from '../domains/cases/processing-log';
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

/** Creates the demo cases once; returns how many were created. */
export async function seedDemoCases(db: Db): Promise<number> {
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
          solution: decided ? clean(r.pick(SOLUTIONS)) : '',
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
