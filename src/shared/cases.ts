/**
 * Tussen Wal en Schip casework: the vocabulary (enums with Dutch/English labels), the workflow,
 * the processing activities of the data-processing log, and the API schemas shared by server and
 * client. A case never holds a name, BSN, address or birth date: it has a pseudonymous code, and
 * every free-text field is refused when it looks like personal data (personal-data.ts).
 */
import { z } from 'zod';
import { Cents as CentsOf, IsoDate, Required, Score as ScoreOf, Text, Uuid, Version } from './validation';

export const CASE_SOURCES = ['casuistiekoverleg', 'uitvoeringsteam', 'wijkmanager', 'partner', 'anders'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
/** Area at wijk level only (never an address): the two programme areas and the rest of the town. */
export const CASE_AREAS = ['noord', 'oost', 'rest'] as const;
export type CaseArea = (typeof CASE_AREAS)[number];
export const CASE_STATUSES = ['aangemeld', 'in_behandeling', 'besloten', 'uitgevoerd', 'nazorg', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_OUTCOMES = ['ja', 'deels', 'nee'] as const;
/** The kind of solution paid from the Tussen Wal en Schip budget (for the budget per kind of solution). */
export const SOLUTION_KINDS = ['achterstand', 'overbrugging', 'spullen', 'wonen', 'ondersteuning', 'anders'] as const;
export type SolutionKind = (typeof SOLUTION_KINDS)[number];
export const KNELPUNT_KINDS = ['kan_niet', 'mag_niet', 'doen_we_al', 'wachtlijst', 'financiering', 'informatie', 'anders'] as const;
export type KnelpuntKind = (typeof KNELPUNT_KINDS)[number];
/** What kind of thing blocked the regular route. */
export const BLOCKER_TYPES = ['wet', 'regel', 'organisatie', 'gewoonte'] as const;
export const SCORE_MOMENTS = ['intake', 'follow_up'] as const;
/** Case conferences of Sociaal Veilig Brunssum. */
export const CONFERENCE_KINDS = ['casuistiekoverleg', 'vlb_overleg'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
/** System signals (systeemsignalen): a cluster of similar knelpunten on its way to a structural change. */
export const LEARNING_CIRCLES = ['casuistiek', 'uitvoering_en_beleid', 'sturingsmodellen'] as const;
export type LearningCircle = (typeof LEARNING_CIRCLES)[number];
export const CHANGE_KINDS = ['beleidsregel', 'inkoop', 'werkwijze', 'landelijk_signaal'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const SIGNAL_STATUSES = ['gesignaleerd', 'geagendeerd', 'in_behandeling', 'structureel_opgelost', 'niet_opgelost'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
/**
 * The path to a structural change: forward one step; 'niet_opgelost' (with a reason) from every
 * open step; a signal that was not solved can be put on the agenda again.
 */
export const SIGNAL_TRANSITIONS: Record<SignalStatus, readonly SignalStatus[]> = {
  gesignaleerd: ['geagendeerd', 'niet_opgelost'],
  geagendeerd: ['in_behandeling', 'niet_opgelost'],
  in_behandeling: ['structureel_opgelost', 'niet_opgelost'],
  structureel_opgelost: [],
  niet_opgelost: ['geagendeerd'],
};
/** Where a signal stands, in the three words of the learning view. */
export const SIGNAL_PHASE: Record<SignalStatus, 'done' | 'pending' | 'stuck'> = {
  gesignaleerd: 'pending',
  geagendeerd: 'pending',
  in_behandeling: 'pending',
  structureel_opgelost: 'done',
  niet_opgelost: 'stuck',
};
/** Trigram similarity (pg_trgm `similarity()`) from which two blocking texts are suggested as one cluster. */
export const SIGNAL_SIMILARITY_THRESHOLD = 0.5;

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
export const LEARNING_CIRCLE_LABELS: Labels<LearningCircle> = {
  casuistiek: { nl: 'Casuïstiek', en: 'Casework' },
  uitvoering_en_beleid: { nl: 'Uitvoering en beleid', en: 'Implementation and policy' },
  sturingsmodellen: { nl: 'Sturingsmodellen', en: 'Steering models' },
};
export const CHANGE_KIND_LABELS: Labels<ChangeKind> = {
  beleidsregel: { nl: 'Beleidsregel', en: 'Policy rule' },
  inkoop: { nl: 'Inkoop', en: 'Procurement' },
  werkwijze: { nl: 'Werkwijze', en: 'Way of working' },
  landelijk_signaal: { nl: 'Landelijk signaal', en: 'National signal' },
};
export const SIGNAL_STATUS_LABELS: Labels<SignalStatus> = {
  gesignaleerd: { nl: 'Gesignaleerd', en: 'Signalled' },
  geagendeerd: { nl: 'Geagendeerd', en: 'On the agenda' },
  in_behandeling: { nl: 'In behandeling', en: 'In progress' },
  structureel_opgelost: { nl: 'Structureel opgelost', en: 'Structurally solved' },
  niet_opgelost: { nl: 'Niet opgelost', en: 'Not solved' },
};
export const CONFERENCE_KIND_LABELS: Labels<ConferenceKind> = {
  casuistiekoverleg: { nl: 'Casuïstiekoverleg', en: 'Case conference' },
  vlb_overleg: { nl: 'VLB overleg', en: 'VLB meeting' },
};
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
export const SOLUTION_KIND_LABELS: Labels<SolutionKind> = {
  achterstand: { nl: 'Achterstand of schuld betalen', en: 'Paying arrears or a debt' },
  overbrugging: { nl: 'Overbrugging van inkomen of budget', en: 'Bridging income or budget' },
  spullen: { nl: 'Noodzakelijke spullen', en: 'Essential goods' },
  wonen: { nl: 'Wonen en verhuizen', en: 'Housing and moving' },
  ondersteuning: { nl: 'Tijdelijke hulp of ondersteuning', en: 'Temporary help or support' },
  anders: { nl: 'Anders', en: 'Other' },
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
  'tws.overleg.raadplegen': { name: 'Casus in een casusoverleg raadplegen', operation: 'read' },
  'tws.signaal': { name: 'Knelpunt van een casus aan een systeemsignaal koppelen of ontkoppelen', operation: 'update' },
  'tws.leren': { name: 'Casus tonen in het leeroverzicht (herleidbaar vanaf een knelpunt of verandering)', operation: 'read' },
  'tws.overleg.wijzigen': { name: 'Casus in een casusoverleg bespreken (agenda, acties, casusverantwoordelijkheid)', operation: 'update' },
  'tws.aandacht': { name: 'Casus tonen in Wat vraagt aandacht (casusoverleg, casusverantwoordelijke, acties, nazorg)', operation: 'read' },
} as const;
export type ProcessingActivity = keyof typeof PROCESSING_ACTIVITIES;
export const PROCESSING_PURPOSE =
  'Tussen Wal en Schip: een inwoner die tussen systemen valt een passende oplossing bieden en van de knelpunten leren (programma Brunssum Noord en Oost)';
export const PROCESSING_LEGAL_BASIS = 'AVG art. 6 lid 1 sub e (taak van algemeen belang; Wmo 2015, Participatiewet) — te bevestigen door de privacy officer';
export const PROCESSING_ACTIVITY_BASE_URI = 'https://koers.brunssum.nl/verwerkingsactiviteiten/';

// ---------- API schemas ----------

export const MAX_CASE_CENTS = 10_000_000_00; // € 10 million: far above any single Tussen Wal en Schip solution
const Cents = CentsOf(MAX_CASE_CENTS, 'Vul een bedrag in (in centen).');
const Score = ScoreOf('Kies een score van 1 tot en met 5.');

export const KnelpuntInput = z
  .object({
    /**
     * an existing knelpunt of the case (PATCH): it is updated in place and keeps its id, its system
     * signal and its history; a knelpunt without an id is new; one left out is removed
     */
    id: Uuid.optional(),
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
  /** the kind of solution (for the budget per kind); null: not yet classified */
  solutionKind: z.enum(SOLUTION_KINDS, { error: 'Kies het soort oplossing.' }).nullable().default(null),
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
    solutionKind: z.enum(SOLUTION_KINDS, { error: 'Kies het soort oplossing.' }).nullable().optional(),
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
  solutionKind: z.enum(SOLUTION_KINDS).nullable(),
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
  /** when the current workflow step was reached, and whole days since then (Europe/Amsterdam calendar days) */
  stepSince: z.string(),
  daysInStep: z.number().int(),
  updatedAt: z.string(),
});
export const CASE_LIST_MAX = 500;
export const CaseList = z.object({
  items: z.array(CaseListItem),
  /** how many cases (that the caller may see) match the filter, over all pages */
  total: z.number().int(),
  /** the offset of the next page, or null on the last page */
  nextOffset: z.number().int().nullable(),
});
export const CaseQuery = z.object({
  status: z.enum(CASE_STATUSES).optional(),
  /** search on the pseudonymous code (part of it, e.g. '2026-004') */
  q: z.string().trim().max(40, 'Zoek op (een deel van) de casuscode, maximaal 40 tekens.').optional(),
  limit: z.coerce.number({ error: 'Geef een aantal.' }).int('Geef een geheel aantal.').min(1, 'Minstens 1.').max(CASE_LIST_MAX, `Maximaal ${CASE_LIST_MAX} per pagina.`).default(100),
  offset: z.coerce.number({ error: 'Geef een getal.' }).int('Geef een geheel getal.').min(0, 'Niet negatief.').default(0),
});

/**
 * A count in an aggregate. Exact (a number) for the programme manager; for everyone else a
 * number rounded to a multiple of 5, the string "< 5" for 0–4, or null when the figure is
 * withheld because it would let a small count be derived (docs/privacy.md, "Kleine aantallen").
 */
export const Count = z.union([z.number().int(), z.literal('< 5'), z.null()]);
export type Count = z.infer<typeof Count>;
const Breakdown = z.array(z.object({ key: z.string(), label: z.string(), count: Count }));

export const KnelpuntQuery = z.object({
  /** only knelpunten whose route or blocking rule/organisation contains this text */
  q: z.string().trim().max(100, 'Zoek met maximaal 100 tekens.').optional(),
  limit: z.coerce.number({ error: 'Geef een aantal.' }).int('Geef een geheel aantal.').min(1, 'Minstens 1.').max(1000, 'Maximaal 1000 per pagina.').default(200),
  offset: z.coerce.number({ error: 'Geef een getal.' }).int('Geef een geheel getal.').min(0, 'Niet negatief.').default(0),
});
export const KnelpuntOverview = z.object({
  /** knelpunten of the cases the caller may see (empty for roles without case access), one page */
  items: z.array(Knelpunt.extend({ caseId: z.string(), caseCode: z.string() })),
  /** how many knelpunten of visible cases match, over all pages; the offset of the next page (null: last) */
  itemsTotal: z.number().int(),
  nextOffset: z.number().int().nullable(),
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

// ---------- case conferences (casuïstiekoverleg, VLB overleg) ----------

const MAX_CONFERENCE_CASES = 40;
export const AgendaItemInput = z
  .object({
    caseId: Uuid,
    /** the case responsibility (casusverantwoordelijkheid) was confirmed at this conference */
    responsibilityConfirmed: z.boolean({ error: 'Geef aan of de casusverantwoordelijkheid is bevestigd.' }).default(false),
  })
  .strict();
export const ConferenceActionInput = z
  .object({
    description: Required(500, 'De afgesproken actie'),
    /** a function and/or organisation, never a resident */
    owner: Required(200, 'De eigenaar van de actie'),
    dueDate: IsoDate.nullable().default(null),
    /** the agenda case the action is about (optional) */
    caseId: Uuid.nullable().default(null),
    done: z.boolean().default(false),
  })
  .strict();
export type ConferenceActionInput = z.infer<typeof ConferenceActionInput>;
export const ConferenceActionPatch = z
  .object({
    description: Required(500, 'De afgesproken actie').optional(),
    owner: Required(200, 'De eigenaar van de actie').optional(),
    dueDate: IsoDate.nullable().optional(),
    done: z.boolean().optional(),
  })
  .strict();
export type ConferenceActionPatch = z.infer<typeof ConferenceActionPatch>;
const Organisations = z
  .array(Required(200, 'Een deelnemende organisatie'))
  .max(30, 'Maximaal 30 deelnemende organisaties.')
  .refine((xs) => new Set(xs.map((x) => x.toLowerCase())).size === xs.length, 'Een organisatie staat er twee keer in.');
const Agenda = z
  .array(AgendaItemInput)
  .max(MAX_CONFERENCE_CASES, `Maximaal ${MAX_CONFERENCE_CASES} casussen op de agenda.`)
  .refine((xs) => new Set(xs.map((x) => x.caseId)).size === xs.length, 'Een casus staat twee keer op de agenda.');
export const ConferenceInput = z
  .object({
    date: IsoDate,
    kind: z.enum(CONFERENCE_KINDS, { error: 'Kies casuïstiekoverleg of VLB overleg.' }),
    organisations: Organisations.default([]),
    agenda: Agenda.default([]),
    actions: z.array(ConferenceActionInput).max(100, 'Maximaal 100 acties per overleg.').default([]),
  })
  .strict();
export type ConferenceInput = z.infer<typeof ConferenceInput>;
/**
 * PATCH: only what is sent changes. `agenda` replaces the agenda cases the caller may see; agenda
 * cases of other teams stay as they are (the caller does not know them).
 */
export const ConferencePatch = z
  .object({
    date: IsoDate.optional(),
    kind: z.enum(CONFERENCE_KINDS, { error: 'Kies casuïstiekoverleg of VLB overleg.' }).optional(),
    organisations: Organisations.optional(),
    agenda: Agenda.optional(),
    version: Version,
  })
  .strict();
export type ConferencePatch = z.infer<typeof ConferencePatch>;
export const ConferenceActionParams = z.object({ id: Uuid, actionId: Uuid });

export const ConferenceAction = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  description: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  /** not done and past its due date */
  overdue: z.boolean(),
});
export const Conference = z.object({
  id: z.string(),
  /** voorbeelddata (demo), removed by npm run demo:remove */
  isDemo: z.boolean(),
  date: z.string(),
  kind: z.enum(CONFERENCE_KINDS),
  organisations: z.array(z.string()),
  /** only the agenda cases the caller may see */
  agenda: z.array(
    z.object({
      caseId: z.string(),
      caseCode: z.string(),
      status: z.enum(CASE_STATUSES),
      caseResponsible: z.string(),
      responsibilityConfirmed: z.boolean(),
    }),
  ),
  /** actions about a case the caller may not see are left out */
  actions: z.array(ConferenceAction),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conference = z.infer<typeof Conference>;
export const ConferenceList = z.object({ items: z.array(Conference) });
export const ConferenceQuery = z.object({ kind: z.enum(CONFERENCE_KINDS).optional() });

// ---------- system signals (systeemsignalen) ----------

const SignalReason = Text(1000, 'De reden');
const KnelpuntIds = z.array(Uuid).max(500, 'Maximaal 500 knelpunten per signaal.');
export const SignalInput = z
  .object({
    title: Required(200, 'De titel van het signaal'),
    knelpuntIds: KnelpuntIds.min(1, 'Kies minstens één knelpunt.'),
    /** the owner in the line organisation: a function or team, never a resident */
    owner: Required(200, 'De eigenaar in de lijnorganisatie'),
    learningCircle: z.enum(LEARNING_CIRCLES, { error: 'Kies de leercirkel: casuïstiek, uitvoering en beleid, of sturingsmodellen.' }),
    changeKind: z.enum(CHANGE_KINDS, { error: 'Kies beleidsregel, inkoop, werkwijze of landelijk signaal.' }).nullable().default(null),
  })
  .strict();
export type SignalInput = z.infer<typeof SignalInput>;
export const SignalPatch = z
  .object({
    title: Required(200, 'De titel van het signaal').optional(),
    owner: Required(200, 'De eigenaar in de lijnorganisatie').optional(),
    learningCircle: z.enum(LEARNING_CIRCLES, { error: 'Kies de leercirkel: casuïstiek, uitvoering en beleid, of sturingsmodellen.' }).optional(),
    changeKind: z.enum(CHANGE_KINDS, { error: 'Kies beleidsregel, inkoop, werkwijze of landelijk signaal.' }).nullable().optional(),
    addKnelpuntIds: KnelpuntIds.optional(),
    removeKnelpuntIds: KnelpuntIds.optional(),
    status: z.enum(SIGNAL_STATUSES, { error: 'Kies een stap op de weg naar een structurele verandering.' }).optional(),
    /** required when the status becomes niet_opgelost */
    statusReason: SignalReason.optional(),
    version: Version,
  })
  .strict()
  .refine((p) => p.status !== 'niet_opgelost' || (p.statusReason ?? '').length >= 3, {
    message: 'Geef de reden waarom het niet is opgelost (minstens 3 tekens).',
    path: ['statusReason'],
  });
export type SignalPatch = z.infer<typeof SignalPatch>;

const SignalKnelpunt = Knelpunt.extend({ caseId: z.string(), caseCode: z.string() });
export const SystemSignal = z.object({
  id: z.string(),
  /** voorbeelddata (demo), removed by npm run demo:remove */
  isDemo: z.boolean(),
  title: z.string(),
  owner: z.string(),
  learningCircle: z.enum(LEARNING_CIRCLES),
  changeKind: z.enum(CHANGE_KINDS).nullable(),
  status: z.enum(SIGNAL_STATUSES),
  statusReason: z.string(),
  statusChangedAt: z.string(),
  /** every status change, oldest first */
  history: z.array(z.object({ from: z.enum(SIGNAL_STATUSES).nullable(), to: z.enum(SIGNAL_STATUSES), reason: z.string(), at: z.string(), by: z.string() })),
  /** knelpunten (live and of erased cases) and distinct live cases: exact, or protected for roles without exact access */
  knelpuntCount: Count,
  caseCount: Count,
  /** the knelpunten of cases the caller may see (empty for roles without case access) */
  knelpunten: z.array(SignalKnelpunt),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SystemSignal = z.infer<typeof SystemSignal>;
export const SystemSignalList = z.object({ exact: z.boolean(), items: z.array(SystemSignal) });
export const SignalSuggestions = z.object({
  threshold: z.number(),
  method: z.string(),
  items: z.array(
    z.object({
      /** the most frequent blocking text in the cluster */
      label: z.string(),
      blockers: z.array(z.string()),
      caseCount: z.number().int(),
      knelpunten: z.array(SignalKnelpunt),
    }),
  ),
});

// ---------- the Tussen Wal en Schip budget ----------

/**
 * Cases whose cost is charged to the budget: decided, or further (besloten or later). Of these,
 * 'besloten' is committed (decided, not yet carried out) and the rest is spent (COMMITTED_STATUSES,
 * EXECUTED_STATUSES). Cost entered on a case not yet decided is requested, not charged.
 */
export const SPENT_STATUSES = ['besloten', 'uitgevoerd', 'nazorg', 'afgesloten'] as const satisfies readonly CaseStatus[];
export const COMMITTED_STATUSES = ['besloten'] as const satisfies readonly CaseStatus[];
export const EXECUTED_STATUSES = ['uitgevoerd', 'nazorg', 'afgesloten'] as const satisfies readonly CaseStatus[];
export const REQUESTED_STATUSES = ['aangemeld', 'in_behandeling'] as const satisfies readonly CaseStatus[];
export const MAX_BUDGET_CENTS = 100_000_000_00; // € 100 million
const Year = z.coerce
  .number({ error: 'Vul een jaar in.' })
  .int('Vul een jaar in.')
  .min(2000, 'Kies een jaar vanaf 2000.')
  .max(2100, 'Kies een jaar tot en met 2100.');
export const YearParams = z.object({ year: Year });
export const TwsBudgetQuery = z.object({ year: Year.optional() });
export const TwsBudgetInput = z
  .object({
    amountCents: z
      .number({ error: 'Vul een bedrag in (in centen).' })
      .int('Een bedrag is een geheel aantal centen.')
      .min(0, 'Een bedrag kan niet negatief zijn.')
      .max(MAX_BUDGET_CENTS, 'Dit bedrag is te groot.'),
  })
  .strict();
/**
 * The budget of one year. A case is charged to the year of its decision (decidedOn; else the day it
 * reached 'besloten'):
 * - committed ("verplicht"): decided (besloten), not yet carried out;
 * - spent ("besteed"): carried out (uitgevoerd, nazorg or afgesloten);
 * - remaining = budget − spent − committed;
 * - requested ("aangevraagd"): cost entered on a case not yet decided (aangemeld, in behandeling),
 *   charged to its intake year; not deducted from remaining, since nothing was decided yet.
 * Money is exact for the programme manager; for everyone else rounded to € 1.000 and null when
 * fewer than 5 cases make up the figure (docs/privacy.md).
 */
export const TwsBudgetView = z.object({
  year: z.number().int(),
  exact: z.boolean(),
  method: z.string(),
  /** the annual budget as set (null: not set for this year) */
  budgetCents: z.number().int().nullable(),
  /** cost of the cases decided in this year and carried out (uitgevoerd, nazorg, afgesloten) */
  spentCents: z.number().int().nullable(),
  spentCases: Count,
  /** cost of the cases decided in this year and not yet carried out (besloten) */
  committedCents: z.number().int().nullable(),
  committedCases: Count,
  /** spent + committed: what is charged to this year's budget */
  chargedCents: z.number().int().nullable(),
  chargedCases: Count,
  /** budget − spent − committed (null without a budget or when the charged total is withheld) */
  remainingCents: z.number().int().nullable(),
  /** cost entered on open cases of this intake year not decided yet: not charged, shown for planning */
  requestedCents: z.number().int().nullable(),
  requestedCases: Count,
  /** of spent + committed: what could have been financed otherwise, and its share (0–1) */
  financeableOtherwiseCents: z.number().int().nullable(),
  financeableOtherwiseShare: z.number().nullable(),
  /** per source of the case: cases and money charged (spent + committed) */
  bySource: z.array(z.object({ key: z.enum(CASE_SOURCES), label: z.string(), cases: Count, spentCents: z.number().int().nullable() })),
  /**
   * per kind of solution (null key: not classified): cases and money charged (spent + committed).
   * The split into spent and committed and the part financeable otherwise are exact figures for the
   * programme manager only (null for others).
   */
  byKind: z.array(
    z.object({
      key: z.enum(SOLUTION_KINDS).nullable(),
      label: z.string(),
      cases: Count,
      chargedCents: z.number().int().nullable(),
      spentCents: z.number().int().nullable(),
      committedCents: z.number().int().nullable(),
      financeableOtherwiseCents: z.number().int().nullable(),
    }),
  ),
  /** every year with a budget set */
  budgets: z.array(z.object({ year: z.number().int(), amountCents: z.number().int() })),
});
export type TwsBudgetView = z.infer<typeof TwsBudgetView>;

// ---------- the learning view ----------

const CaseRef = z.object({ caseId: z.string(), caseCode: z.string() });
export const LearningView = z.object({
  exact: z.boolean(),
  method: z.string(),
  /** the blocking rules and organisations, most residents blocked first */
  blockers: z.array(
    z.object({
      /** the normalised text (lower case, trimmed) */
      key: z.string(),
      label: z.string(),
      blockerType: z.enum(BLOCKER_TYPES),
      kinds: z.array(z.enum(KNELPUNT_KINDS)),
      /** distinct cases blocked (live cases, plus knelpunten kept as anonymous counts after erasure) */
      residents: Count,
      /** cost of the decided cases (besloten or later) this blocked: what the workaround cost */
      workaroundCents: z.number().int().nullable(),
      /** the pseudonymous cases behind it, only those the caller may see (the first LEARNING_TRACE_MAX by code) */
      cases: z.array(CaseRef),
      /** how many more of the caller's cases are behind it (GET /api/v1/learning/cases lists them all) */
      moreCases: z.number().int(),
    }),
  ),
  /** what the workarounds cost: decided cases with at least one knelpunt; per kind a case counts under each of its kinds */
  workarounds: z.object({
    totalCents: z.number().int().nullable(),
    cases: Count,
    byKind: z.array(z.object({ key: z.enum(KNELPUNT_KINDS), label: z.string(), cases: Count, cents: z.number().int().nullable() })),
  }),
  /** structural changes (system signals): done, pending, stuck */
  changes: z.object({
    done: z.number().int(),
    pending: z.number().int(),
    stuck: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.enum(SIGNAL_STATUSES),
        phase: z.enum(['done', 'pending', 'stuck']),
        changeKind: z.enum(CHANGE_KINDS).nullable(),
        owner: z.string(),
        learningCircle: z.enum(LEARNING_CIRCLES),
        statusChangedAt: z.string(),
        statusReason: z.string(),
        caseCount: Count,
        cases: z.array(CaseRef),
        moreCases: z.number().int(),
      }),
    ),
  }),
});
export type LearningView = z.infer<typeof LearningView>;
/** At most this many cases are listed per blocker or change in the learning view; the rest page through /learning/cases. */
export const LEARNING_TRACE_MAX = 5;
/** Tracing a blocker (its normalised text, the `key` of the learning view) or a change (a system signal) to the caller's cases. */
export const LearningTraceQuery = z
  .object({
    blocker: z.string().trim().min(1, 'Geef de regel of organisatie.').max(300, 'Maximaal 300 tekens.').optional(),
    signalId: Uuid.optional(),
    limit: z.coerce.number({ error: 'Geef een aantal.' }).int('Geef een geheel aantal.').min(1, 'Minstens 1.').max(500, 'Maximaal 500 per pagina.').default(100),
    offset: z.coerce.number({ error: 'Geef een getal.' }).int('Geef een geheel getal.').min(0, 'Niet negatief.').default(0),
  })
  .refine((q) => (q.blocker === undefined) !== (q.signalId === undefined), { message: 'Geef óf een regel of organisatie (blocker), óf een systeemsignaal (signalId).', path: ['blocker'] });
export const LearningTrace = z.object({
  items: z.array(CaseRef.extend({ status: z.enum(CASE_STATUSES) })),
  total: z.number().int(),
  nextOffset: z.number().int().nullable(),
});

// ---------- what needs attention in casework (Wat vraagt aandacht, casuïstiek) ----------

export const CASE_ATTENTION_KINDS = ['waiting_for_conference', 'no_case_responsible', 'action_overdue', 'follow_up_due'] as const;
export type CaseAttentionKind = (typeof CASE_ATTENTION_KINDS)[number];
export const CASE_ATTENTION_LABELS: Labels<CaseAttentionKind> = {
  waiting_for_conference: { nl: 'Wacht te lang op een casusoverleg', en: 'Waiting too long for a case conference' },
  no_case_responsible: { nl: 'Geen casusverantwoordelijke', en: 'No case responsible' },
  action_overdue: { nl: 'Actie over de termijn', en: 'Action overdue' },
  follow_up_due: { nl: 'Nazorg niet opgevolgd', en: 'Follow-up not done' },
};
export const CASE_ATTENTION_MAX = 500;
export const CaseAttentionQuery = z.object({
  kind: z.enum(CASE_ATTENTION_KINDS, { error: 'Kies een soort signaal.' }).optional(),
  limit: z.coerce
    .number({ error: 'Geef een aantal.' })
    .int('Geef een geheel aantal.')
    .min(1, 'Minstens 1.')
    .max(CASE_ATTENTION_MAX, `Maximaal ${CASE_ATTENTION_MAX} signalen.`)
    .default(100),
});
/**
 * One signal about a case (or, for an action about no case, about a conference). `since` is the
 * date the situation began (intake, the conference, the due date or the follow-up date) and `days`
 * the whole days since then. For no_case_responsible, `conferenceId` null means no
 * casusverantwoordelijke is named; otherwise the held conference where it was not confirmed.
 */
export const CaseAttentionItem = z.object({
  kind: z.enum(CASE_ATTENTION_KINDS),
  caseId: z.string().nullable(),
  caseCode: z.string().nullable(),
  status: z.enum(CASE_STATUSES).nullable(),
  conferenceId: z.string().nullable(),
  conferenceDate: z.string().nullable(),
  actionId: z.string().nullable(),
  /** the action's description and owner (function/organisation), for action_overdue */
  description: z.string().nullable(),
  owner: z.string().nullable(),
  since: z.string(),
  days: z.number().int(),
});
export type CaseAttentionItem = z.infer<typeof CaseAttentionItem>;
export const CaseAttention = z.object({
  /** today (Europe/Amsterdam) as the signals were computed */
  today: z.string(),
  /** KOERS_CASE_CONFERENCE_WAIT_DAYS: longer than this is waiting too long */
  conferenceWaitDays: z.number().int(),
  /** per kind, how many signals there are for the cases the caller may see (before the limit) */
  counts: z.array(z.object({ key: z.enum(CASE_ATTENTION_KINDS), label: z.string(), count: z.number().int() })),
  /** longest-standing first; at most `limit` */
  items: z.array(CaseAttentionItem),
  truncated: z.boolean(),
});
export type CaseAttention = z.infer<typeof CaseAttention>;

// ---------- the case team ----------

/** Who may be put on a case team: active programme managers and case workers. */
export const TeamCandidates = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.enum(['programmamanager', 'casusregisseur']) })),
});
export type TeamCandidates = z.infer<typeof TeamCandidates>;
