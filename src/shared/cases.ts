/**
 * Tussen Wal en Schip casework: the vocabulary (enums with Dutch/English labels), the workflow,
 * the processing activities of the data-processing log, and the API schemas shared by server and
 * client. A case never holds a name, BSN, address or birth date: it has a pseudonymous code, and
 * every free-text field is refused when it looks like personal data (personal-data.ts).
 */
import { z } from 'zod';
import { findPersonalData } from './personal-data';

export const CASE_SOURCES = ['casuistiekoverleg', 'uitvoeringsteam', 'wijkmanager', 'partner', 'anders'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
/** Area at wijk level only (never an address): the two programme areas and the rest of the town. */
export const CASE_AREAS = ['noord', 'oost', 'rest'] as const;
export type CaseArea = (typeof CASE_AREAS)[number];
export const CASE_STATUSES = ['aangemeld', 'in_behandeling', 'besloten', 'uitgevoerd', 'nazorg', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_OUTCOMES = ['ja', 'deels', 'nee'] as const;
export const KNELPUNT_KINDS = ['kan_niet', 'mag_niet', 'doen_we_al', 'wachtlijst', 'financiering', 'informatie', 'anders'] as const;
export type KnelpuntKind = (typeof KNELPUNT_KINDS)[number];
/** What kind of thing blocked the regular route. */
export const BLOCKER_TYPES = ['wet', 'regel', 'organisatie', 'gewoonte'] as const;
export const SCORE_MOMENTS = ['intake', 'follow_up'] as const;

/**
 * The workflow. Forward one step at a time; 'nazorg' may be skipped (uitgevoerd → afgesloten);
 * a case that turns out to need no Tussen Wal en Schip decision (a regular route opened after
 * all, or the resident withdrew) may be closed from aangemeld or in_behandeling. No step back:
 * the timestamps of the steps are the record of how long each step took.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  aangemeld: ['in_behandeling', 'afgesloten'],
  in_behandeling: ['besloten', 'afgesloten'],
  besloten: ['uitgevoerd'],
  uitgevoerd: ['nazorg', 'afgesloten'],
  nazorg: ['afgesloten'],
  afgesloten: [],
};

type Labels<T extends string> = Record<T, { nl: string; en: string }>;
export const CASE_SOURCE_LABELS: Labels<CaseSource> = {
  casuistiekoverleg: { nl: 'Casuïstiekoverleg', en: 'Case conference' },
  uitvoeringsteam: { nl: 'Uitvoeringsteam', en: 'Implementation team' },
  wijkmanager: { nl: 'Wijkmanager', en: 'Neighbourhood manager' },
  partner: { nl: 'Partner', en: 'Partner' },
  anders: { nl: 'Anders', en: 'Other' },
};
export const CASE_AREA_LABELS: Labels<CaseArea> = {
  noord: { nl: 'Brunssum Noord', en: 'Brunssum Noord' },
  oost: { nl: 'Brunssum Oost', en: 'Brunssum Oost' },
  rest: { nl: 'Rest van Brunssum', en: 'Rest of Brunssum' },
};
export const CASE_STATUS_LABELS: Labels<CaseStatus> = {
  aangemeld: { nl: 'Aangemeld', en: 'Registered' },
  in_behandeling: { nl: 'In behandeling', en: 'In progress' },
  besloten: { nl: 'Besloten', en: 'Decided' },
  uitgevoerd: { nl: 'Uitgevoerd', en: 'Carried out' },
  nazorg: { nl: 'Nazorg', en: 'Aftercare' },
  afgesloten: { nl: 'Afgesloten', en: 'Closed' },
};
export const CASE_OUTCOME_LABELS: Labels<(typeof CASE_OUTCOMES)[number]> = {
  ja: { nl: 'Ja, de inwoner ervaart een oplossing', en: 'Yes, the resident experiences a solution' },
  deels: { nl: 'Deels', en: 'Partly' },
  nee: { nl: 'Nee', en: 'No' },
};
export const KNELPUNT_KIND_LABELS: Labels<KnelpuntKind> = {
  kan_niet: { nl: 'Kan niet', en: 'Not possible' },
  mag_niet: { nl: 'Mag niet', en: 'Not allowed' },
  doen_we_al: { nl: 'Doen we al', en: 'Already done' },
  wachtlijst: { nl: 'Wachtlijst', en: 'Waiting list' },
  financiering: { nl: 'Financiering', en: 'Funding' },
  informatie: { nl: 'Informatie', en: 'Information' },
  anders: { nl: 'Anders', en: 'Other' },
};
export const BLOCKER_TYPE_LABELS: Labels<(typeof BLOCKER_TYPES)[number]> = {
  wet: { nl: 'Wet', en: 'Law' },
  regel: { nl: 'Regel of beleid', en: 'Rule or policy' },
  organisatie: { nl: 'Organisatie', en: 'Organisation' },
  gewoonte: { nl: 'Gewoonte of werkwijze', en: 'Habit or way of working' },
};

/** The default life-domain framework; the data itself lives in the database (life_domain_frameworks, life_domains). */
export const DEFAULT_FRAMEWORK = 'zrm-2017';

// ---------- the data-processing log (Logboek Dataverwerkingen) ----------

/**
 * The processing activities ("verwerkingsactiviteiten") Koers logs for case data. The legal basis
 * is a reference the municipality's privacy officer must confirm (docs/privacy.md).
 */
export const PROCESSING_ACTIVITIES = {
  'tws.registreren': { name: 'Casus registreren', operation: 'create' },
  'tws.raadplegen': { name: 'Casus raadplegen', operation: 'read' },
  'tws.overzicht': { name: 'Casus in overzicht tonen', operation: 'read' },
  'tws.wijzigen': { name: 'Casus wijzigen', operation: 'update' },
  'tws.status': { name: 'Stap in de werkwijze zetten', operation: 'update' },
  'tws.knelpunten': { name: 'Knelpunten van een casus raadplegen', operation: 'read' },
  'tws.logboek': { name: 'Verwerkingslogboek van een casus exporteren', operation: 'read' },
  'tws.bewaartermijn': { name: 'Casus wissen na de bewaartermijn', operation: 'delete' },
  'tws.voorbeelddata': { name: 'Voorbeeldcasus verwijderen', operation: 'delete' },
} as const;
export type ProcessingActivity = keyof typeof PROCESSING_ACTIVITIES;
export const PROCESSING_PURPOSE =
  'Tussen Wal en Schip: een inwoner die tussen systemen valt een passende oplossing bieden en van de knelpunten leren (programma Brunssum Noord en Oost)';
export const PROCESSING_LEGAL_BASIS = 'AVG art. 6 lid 1 sub e (taak van algemeen belang; Wmo 2015, Participatiewet) — te bevestigen door de privacy officer';
export const PROCESSING_ACTIVITY_BASE_URI = 'https://koers.brunssum.nl/verwerkingsactiviteiten/';

// ---------- API schemas ----------

const IsoDate = z.iso.date({ error: 'Vul een geldige datum in (jjjj-mm-dd).' });
/** Free text: trimmed, limited, and refused when it looks like a resident's personal data. */
const Text = (max: number, label: string) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, `${label} mag maximaal ${max} tekens hebben.`)
    .superRefine((value, ctx) => {
      const hit = findPersonalData(value);
      if (hit) ctx.addIssue({ code: 'custom', message: hit.message });
    });
const Required = (max: number, label: string) => Text(max, label).min(3, `Vul ${label.toLowerCase()} in (minstens 3 tekens).`);
const Uuid = z.uuid({ error: 'Ongeldige verwijzing.' });
const Version = z.number().int().min(1);
export const MAX_CASE_CENTS = 10_000_000_00; // € 10 million: far above any single Tussen Wal en Schip solution
const Cents = z
  .number({ error: 'Vul een bedrag in (in centen).' })
  .int('Een bedrag is een geheel aantal centen.')
  .min(0, 'Een bedrag kan niet negatief zijn.')
  .max(MAX_CASE_CENTS, 'Dit bedrag is te groot.');
const Score = z
  .number({ error: 'Kies een score van 1 tot en met 5.' })
  .int('Kies een score van 1 tot en met 5.')
  .min(1, 'Kies een score van 1 tot en met 5.')
  .max(5, 'Kies een score van 1 tot en met 5.');

export const KnelpuntInput = z
  .object({
    /** the regular route that was tried, e.g. 'Bijzondere bijstand' */
    route: Required(300, 'De geprobeerde route'),
    /** the law, rule, organisation or habit that blocked it */
    blocker: Required(300, 'Wat blokkeerde'),
    blockerType: z.enum(BLOCKER_TYPES, { error: 'Kies wet, regel, organisatie of gewoonte.' }),
    kind: z.enum(KNELPUNT_KINDS, { error: 'Kies het soort knelpunt.' }),
    explanation: Text(1000, 'De toelichting').default(''),
  })
  .strict();
export const ScoreInput = z
  .object({
    domain: z.string().min(1).max(60),
    intake: Score.nullable().default(null),
    followUp: Score.nullable().default(null),
  })
  .strict();

const caseFields = {
  intakeDate: IsoDate,
  source: z.enum(CASE_SOURCES, { error: 'Kies waar de casus vandaan komt.' }),
  area: z.enum(CASE_AREAS, { error: 'Kies Brunssum Noord, Brunssum Oost of rest van Brunssum.' }),
  summary: Required(2000, 'De korte probleemschets'),
  knelpunten: z.array(KnelpuntInput).max(30, 'Maximaal 30 knelpunten per casus.').default([]),
  scores: z.array(ScoreInput).max(40).default([]),
  solution: Text(2000, 'De oplossing').default(''),
  decidedBy: Text(200, 'Wie besloot').default(''),
  decidedOn: IsoDate.nullable().default(null),
  costCents: Cents.default(0),
  /** could the solution have been financed from a regular source? null: not yet assessed */
  financeableOtherwise: z.boolean().nullable().default(null),
  alternativeFinancing: Text(500, 'De andere financieringsbron').default(''),
  /** casusverantwoordelijke: a function and organisation, never a resident */
  caseResponsible: Text(200, 'De casusverantwoordelijke').default(''),
  outcome: z.enum(CASE_OUTCOMES, { error: 'Kies ja, deels of nee.' }).nullable().default(null),
  followUpDate: IsoDate.nullable().default(null),
  /** user ids of the case team (besides the creator); only programme managers and case workers */
  teamUserIds: z.array(Uuid).max(20).default([]),
};

export const CaseInput = z
  .object(caseFields)
  .strict()
  .refine((c) => !c.decidedOn || c.decidedOn >= c.intakeDate, { message: 'De besluitdatum ligt vóór de intakedatum.', path: ['decidedOn'] })
  .refine((c) => !c.followUpDate || c.followUpDate >= c.intakeDate, { message: 'De datum van de nazorg ligt vóór de intakedatum.', path: ['followUpDate'] })
  .refine((c) => c.financeableOtherwise !== true || c.alternativeFinancing.length > 0, {
    message: 'Noem de bron waaruit het anders gefinancierd had kunnen worden.',
    path: ['alternativeFinancing'],
  });
export type CaseInput = z.infer<typeof CaseInput>;

/** PATCH: every field optional (only what is sent changes), the version is required. */
export const CasePatch = z
  .object({
    intakeDate: caseFields.intakeDate.optional(),
    source: caseFields.source.optional(),
    area: caseFields.area.optional(),
    summary: caseFields.summary.optional(),
    knelpunten: z.array(KnelpuntInput).max(30, 'Maximaal 30 knelpunten per casus.').optional(),
    scores: z.array(ScoreInput).max(40).optional(),
    solution: Text(2000, 'De oplossing').optional(),
    decidedBy: Text(200, 'Wie besloot').optional(),
    decidedOn: IsoDate.nullable().optional(),
    costCents: Cents.optional(),
    financeableOtherwise: z.boolean().nullable().optional(),
    alternativeFinancing: Text(500, 'De andere financieringsbron').optional(),
    caseResponsible: Text(200, 'De casusverantwoordelijke').optional(),
    outcome: z.enum(CASE_OUTCOMES, { error: 'Kies ja, deels of nee.' }).nullable().optional(),
    followUpDate: IsoDate.nullable().optional(),
    teamUserIds: z.array(Uuid).max(20).optional(),
    version: Version,
  })
  .strict();
export type CasePatch = z.infer<typeof CasePatch>;

export const StatusInput = z
  .object({
    status: z.enum(CASE_STATUSES, { error: 'Kies een stap uit de werkwijze.' }),
    version: Version,
  })
  .strict();

export const Knelpunt = z.object({
  id: z.string(),
  route: z.string(),
  blocker: z.string(),
  blockerType: z.enum(BLOCKER_TYPES),
  kind: z.enum(KNELPUNT_KINDS),
  explanation: z.string(),
});
export const CaseDetail = z.object({
  id: z.string(),
  code: z.string(),
  isDemo: z.boolean(),
  intakeDate: z.string(),
  source: z.enum(CASE_SOURCES),
  area: z.enum(CASE_AREAS),
  summary: z.string(),
  knelpunten: z.array(Knelpunt),
  framework: z.object({ key: z.string(), name: z.string(), scaleMin: z.number(), scaleMax: z.number(), scaleLabels: z.array(z.string()) }),
  scores: z.array(z.object({ domain: z.string(), name: z.string(), intake: z.number().nullable(), followUp: z.number().nullable() })),
  solution: z.string(),
  decidedBy: z.string(),
  decidedOn: z.string().nullable(),
  costCents: z.number().int(),
  financeableOtherwise: z.boolean().nullable(),
  alternativeFinancing: z.string(),
  caseResponsible: z.string(),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  followUpDate: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  /** when each step was reached, and how many days it took since the previous step */
  steps: z.array(z.object({ status: z.enum(CASE_STATUSES), at: z.string(), daysSincePrevious: z.number().nullable() })),
  team: z.array(z.object({ id: z.string(), displayName: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;
export const CaseListItem = z.object({
  id: z.string(),
  code: z.string(),
  isDemo: z.boolean(),
  intakeDate: z.string(),
  source: z.enum(CASE_SOURCES),
  area: z.enum(CASE_AREAS),
  status: z.enum(CASE_STATUSES),
  caseResponsible: z.string(),
  knelpuntCount: z.number().int(),
  updatedAt: z.string(),
});
export const CaseList = z.object({ items: z.array(CaseListItem) });
export const CaseQuery = z.object({ status: z.enum(CASE_STATUSES).optional() });

/**
 * A count in an aggregate. Exact (a number) for the programme manager; for everyone else a
 * number rounded to a multiple of 5, the string "< 5" for 0–4, or null when the figure is
 * withheld because it would let a small count be derived (docs/privacy.md, "Kleine aantallen").
 */
export const Count = z.union([z.number().int(), z.literal('< 5'), z.null()]);
export type Count = z.infer<typeof Count>;
const Breakdown = z.array(z.object({ key: z.string(), label: z.string(), count: Count }));

export const KnelpuntOverview = z.object({
  /** knelpunten of the cases the caller may see (empty for roles without case access) */
  items: z.array(Knelpunt.extend({ caseId: z.string(), caseCode: z.string() })),
  /** true when the counts below are exact (programme manager) */
  exact: z.boolean(),
  byKind: Breakdown,
  byBlockerType: Breakdown,
  /** the rules and organisations that block most, with counts (including erased cases) */
  topBlockers: Breakdown,
});
export const CaseDashboard = z.object({
  exact: z.boolean(),
  /** how the counts were protected, in plain Dutch */
  method: z.string(),
  total: Count,
  byStatus: Breakdown,
  byArea: Breakdown,
  bySource: Breakdown,
  /** cases in which a life domain was scored (a case counts once per domain) */
  byDomain: Breakdown,
  knelpuntKinds: Breakdown,
  /** median days from intake to the decision (step 'besloten'); null when fewer than 5 cases for others */
  medianDaysToDecision: z.number().nullable(),
  decidedCount: Count,
  /** spend from the Tussen Wal en Schip budget; for others rounded to € 1.000 and only from 5 cases */
  spendCents: z.number().int().nullable(),
  spendFinanceableOtherwiseCents: z.number().int().nullable(),
  /** anonymous counts kept after erasure (bewaartermijn) */
  erasedKnelpunten: Count,
});
export type CaseDashboard = z.infer<typeof CaseDashboard>;

export const ProcessingLogEntry = z.object({
  traceId: z.string(),
  operationId: z.string(),
  parentOperationId: z.string().nullable(),
  name: z.string(),
  statusCode: z.literal('STATUS_CODE_OK'),
  startTime: z.string(),
  endTime: z.string(),
  attributes: z.object({
    'dpl.core.processing_activity_id': z.string(),
    'dpl.core.data_subject_id': z.string(),
    'dpl.core.data_subject_id_type': z.string(),
    'koers.processing_activity_name': z.string(),
    'koers.user_id': z.string().nullable(),
    'koers.user_role': z.string().nullable(),
    'koers.purpose': z.string(),
    'koers.legal_basis': z.string(),
    'koers.details': z.unknown(),
  }),
});
export const ProcessingLogExport = z.object({
  dataSubject: z.string(),
  exportedAt: z.string(),
  resource: z.object({ 'service.name': z.string() }),
  items: z.array(ProcessingLogEntry),
});
export const ProcessingLogQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });
