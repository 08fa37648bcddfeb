/**
 * Steering cycle and finance: the vocabulary (enums with Dutch/English labels), the API schemas
 * shared by server and client, and exact money helpers (euro cents as integers).
 */
import { z } from 'zod';
import { Cents as CentsOf, IsoDate, Required, Score as ScoreOf, Text, Uuid, Version } from './validation';

export const LIFECYCLES = ['idee', 'voorbereiding', 'uitvoering', 'geevalueerd', 'overgedragen', 'gestopt', 'doorlopend'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];
export const RESULT_STATUSES = ['niet_gestart', 'op_koers', 'risico', 'behaald', 'niet_behaald'] as const;
export const MILESTONE_STATUSES = ['gepland', 'behaald', 'verschoven', 'vervallen'] as const;
export const EVALUATION_STATUSES = ['gepland', 'uitgevoerd'] as const;
export const DECISIONS = ['doorgaan', 'bijsturen', 'opschalen', 'overdragen', 'stoppen'] as const;
export type Decision = (typeof DECISIONS)[number];
export const RISK_STATUSES = ['open', 'beheerst', 'gesloten'] as const;
export const FUNDING_STATUSES = ['toegekend', 'aangevraagd', 'onzeker'] as const;

/** What a recorded decision does to the effort's life cycle (docs/decisions/0005). */
export const DECISION_LIFECYCLE: Record<Decision, Lifecycle> = {
  doorgaan: 'geevalueerd',
  bijsturen: 'uitvoering',
  opschalen: 'uitvoering',
  overdragen: 'overgedragen',
  stoppen: 'gestopt',
};

type Labels<T extends string> = Record<T, { nl: string; en: string }>;
export const LIFECYCLE_LABELS: Labels<Lifecycle> = {
  idee: { nl: 'Idee', en: 'Idea' },
  voorbereiding: { nl: 'In voorbereiding', en: 'In preparation' },
  uitvoering: { nl: 'In uitvoering', en: 'In progress' },
  geevalueerd: { nl: 'Geëvalueerd', en: 'Evaluated' },
  overgedragen: { nl: 'Overgedragen aan de lijn', en: 'Handed over to the line' },
  gestopt: { nl: 'Gestopt', en: 'Stopped' },
  doorlopend: { nl: 'Doorlopend', en: 'Ongoing' },
};
export const RESULT_STATUS_LABELS: Labels<(typeof RESULT_STATUSES)[number]> = {
  niet_gestart: { nl: 'Niet gestart', en: 'Not started' },
  op_koers: { nl: 'Op koers', en: 'On track' },
  risico: { nl: 'Risico', en: 'At risk' },
  behaald: { nl: 'Behaald', en: 'Achieved' },
  niet_behaald: { nl: 'Niet behaald', en: 'Not achieved' },
};
export const MILESTONE_STATUS_LABELS: Labels<(typeof MILESTONE_STATUSES)[number]> = {
  gepland: { nl: 'Gepland', en: 'Planned' },
  behaald: { nl: 'Behaald', en: 'Reached' },
  verschoven: { nl: 'Verschoven', en: 'Postponed' },
  vervallen: { nl: 'Vervallen', en: 'Dropped' },
};
export const DECISION_LABELS: Labels<Decision> = {
  doorgaan: { nl: 'Doorgaan', en: 'Continue' },
  bijsturen: { nl: 'Bijsturen', en: 'Adjust' },
  opschalen: { nl: 'Opschalen', en: 'Scale up' },
  overdragen: { nl: 'Overdragen aan de reguliere lijn', en: 'Hand over to the regular line' },
  stoppen: { nl: 'Stoppen', en: 'Stop' },
};
export const RISK_STATUS_LABELS: Labels<(typeof RISK_STATUSES)[number]> = {
  open: { nl: 'Open', en: 'Open' },
  beheerst: { nl: 'Beheerst', en: 'Controlled' },
  gesloten: { nl: 'Gesloten', en: 'Closed' },
};
export const FUNDING_STATUS_LABELS: Labels<(typeof FUNDING_STATUSES)[number]> = {
  toegekend: { nl: 'Toegekend', en: 'Secured' },
  aangevraagd: { nl: 'Aangevraagd', en: 'Applied for' },
  onzeker: { nl: 'Onzeker', en: 'Uncertain' },
};

// ---------- money ----------

export const MAX_CENTS = 100_000_000_000_00; // € 100 billion: far beyond any municipal budget, well inside 2^53

/** Parses a Dutch euro amount ("1.234,56", "€ 100.000,-", "250") to integer cents; null when it is not an amount. */
export function parseEuroToCents(input: string): number | null {
  let s = input.trim().replace(/^€\s*/, '').replace(/,-$/, '').replace(/\s/g, '');
  if (s === '' || !/^-?[\d.]*(,\d{1,2})?$/.test(s)) return null;
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const [whole = '', fraction = ''] = s.split(',');
  if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole)) return null;
  const digits = whole.replace(/\./g, '');
  if (digits === '' && fraction === '') return null;
  const cents = Number(digits || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

/** Formats integer cents as a Dutch euro amount, exactly (no floating point). */
export function formatCents(cents: number, lang: 'nl' | 'en' = 'nl'): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const grouped = euros.toString().replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `${negative ? '-' : ''}€ ${grouped}${lang === 'nl' ? ',' : '.'}${rest}`;
}

// ---------- API schemas ----------

const OptionalDate = IsoDate.nullable().optional();
const Cents = CentsOf(MAX_CENTS);
const Score = ScoreOf('Kies een waarde van 1 tot en met 5.');

export const EffortRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** a result that takes its progress from an indicator (docs/decisions/0007) */
export const IndicatorLink = z.object({
  indicator: z.object({ id: z.string(), key: z.string(), name: z.string(), unit: z.string(), direction: z.enum(['higher_is_better', 'lower_is_better']).nullable() }),
  area: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  baselinePeriod: z.string(),
  /** the indicator's value in the baseline period (exact decimal); null when there is none yet */
  baseline: z.string().nullable(),
  target: z.string(),
  latest: z.object({ period: z.string(), value: z.string() }).nullable(),
  /** (latest − baseline) ÷ (target − baseline), 0–1 is on the way, ≥ 1 reached; null when it cannot be computed */
  progress: z.number().nullable(),
});
export type IndicatorLink = z.infer<typeof IndicatorLink>;

export const ResultInput = z
  .object({
    description: Required(1000, 'Omschrijving'),
    measure: Text(500, 'Meetwijze').default(''),
    baseline: Text(200, 'Nulmeting').default(''),
    target: Text(500, 'Streefwaarde').default(''),
    targetKind: z.enum(['quantitative', 'qualitative']).default('qualitative'),
    startDate: OptionalDate,
    deadline: OptionalDate,
    status: z.enum(RESULT_STATUSES).default('niet_gestart'),
    goalIds: z.array(Uuid).max(50).default([]),
    /** progress from an indicator (docs/decisions/0007): all four or none */
    indicatorId: Uuid.nullable().default(null),
    indicatorAreaCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^(GM\d{4}|WK\d{6}|BU\d{8}|NL\d{2}|KS-[A-Z0-9-]{2,40})$/, 'Kies een gebied.')
      .nullable()
      .default(null),
    indicatorBaselinePeriod: z
      .string()
      .trim()
      .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'Gebruik een periode als 2024 of 2024-03.')
      .nullable()
      .default(null),
    indicatorTarget: z
      .string()
      .trim()
      .regex(/^-?\d{1,15}([.,]\d{1,6})?$/, 'Vul een getal in, zoals 20 of 18,5 (zonder scheidingsteken voor duizendtallen).')
      .transform((s) => s.replace(',', '.'))
      .nullable()
      .default(null),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.indicatorId === null) {
      for (const k of ['indicatorAreaCode', 'indicatorBaselinePeriod', 'indicatorTarget'] as const) {
        if (r[k] !== null) ctx.addIssue({ code: 'custom', path: [k], message: 'Kies eerst de indicator waaruit de voortgang komt.' });
      }
      return;
    }
    if (r.indicatorAreaCode === null) ctx.addIssue({ code: 'custom', path: ['indicatorAreaCode'], message: 'Kies het gebied van de indicator.' });
    if (r.indicatorBaselinePeriod === null) ctx.addIssue({ code: 'custom', path: ['indicatorBaselinePeriod'], message: 'Vul de periode van de nulmeting in, zoals 2022.' });
    if (r.indicatorTarget === null) ctx.addIssue({ code: 'custom', path: ['indicatorTarget'], message: 'Vul de streefwaarde van de indicator in.' });
  })
  .refine((r) => !r.startDate || !r.deadline || r.deadline >= r.startDate, {
    message: 'De deadline ligt vóór de startdatum.',
    path: ['deadline'],
  })
  .refine((r) => r.targetKind !== 'quantitative' || r.target.length > 0, {
    message: 'Vul een streefwaarde in bij een meetbaar doel.',
    path: ['target'],
  });
export const ResultPatch = ResultInput.safeExtend({ version: Version });
export const Result = z.object({
  id: z.string(),
  effortId: z.string(),
  description: z.string(),
  measure: z.string(),
  baseline: z.string(),
  target: z.string(),
  targetKind: z.enum(['quantitative', 'qualitative']),
  startDate: z.string().nullable(),
  deadline: z.string().nullable(),
  status: z.enum(RESULT_STATUSES),
  goals: z.array(z.object({ id: z.string(), name: z.string() })),
  /** progress taken from an indicator; null when the result is not measured by an indicator */
  indicatorLink: IndicatorLink.nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type Result = z.infer<typeof Result>;

export const MilestoneInput = z
  .object({
    title: Required(300, 'Titel'),
    description: Text(2000, 'Toelichting').default(''),
    date: IsoDate,
    status: z.enum(MILESTONE_STATUSES).default('gepland'),
  })
  .strict();
export const MilestonePatch = MilestoneInput.safeExtend({ version: Version });
export const Milestone = z.object({
  id: z.string(),
  effortId: z.string(),
  title: z.string(),
  description: z.string(),
  date: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  version: z.number(),
});
export type Milestone = z.infer<typeof Milestone>;

export const EvaluationInput = z
  .object({
    title: Required(300, 'Titel'),
    plannedDate: IsoDate,
    criteria: Text(4000, 'Criteria').default(''),
  })
  .strict();
export const EvaluationPatch = EvaluationInput.safeExtend({ version: Version });
export const DecisionInput = z
  .object({
    version: Version,
    decision: z.enum(DECISIONS, { error: 'Kies een besluit.' }),
    reasons: Required(4000, 'De onderbouwing'),
    decidedBy: Required(200, 'Wie besloot'),
    decidedOn: IsoDate,
    lineOwner: Text(200, 'De eigenaar in de lijn').optional(),
  })
  .strict()
  .refine((d) => d.decision !== 'overdragen' || (d.lineOwner ?? '').length >= 3, {
    message: 'Vul in wie in de lijnorganisatie de inspanning overneemt.',
    path: ['lineOwner'],
  });
export const Evaluation = z.object({
  id: z.string(),
  effortId: z.string(),
  title: z.string(),
  plannedDate: z.string(),
  criteria: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  decision: z.enum(DECISIONS).nullable(),
  reasons: z.string(),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  lineOwner: z.string().nullable(),
  version: z.number(),
});
export type Evaluation = z.infer<typeof Evaluation>;

export const RiskInput = z
  .object({
    description: Required(2000, 'Omschrijving'),
    likelihood: Score.nullable().default(null),
    impact: Score.nullable().default(null),
    mitigation: Text(4000, 'Beheersmaatregel').default(''),
    owner: Text(200, 'Eigenaar').default(''),
    reviewDate: OptionalDate,
    status: z.enum(RISK_STATUSES).default('open'),
  })
  .strict();
export const RiskPatch = RiskInput.safeExtend({ version: Version });
export const Risk = z.object({
  id: z.string(),
  effort: EffortRef,
  description: z.string(),
  likelihood: z.number().nullable(),
  impact: z.number().nullable(),
  /** likelihood × impact, null while not assessed */
  score: z.number().nullable(),
  mitigation: z.string(),
  owner: z.string(),
  reviewDate: z.string().nullable(),
  status: z.enum(RISK_STATUSES),
  version: z.number(),
});
export type Risk = z.infer<typeof Risk>;
export const RiskQuery = z.object({
  effort: Uuid.optional(),
  status: z.enum(RISK_STATUSES).optional(),
});

export const DependencyInput = z
  .object({
    dependsOnEffortId: Uuid.nullable().default(null),
    externalFactor: Text(300, 'De externe factor').nullable().default(null),
    description: Text(2000, 'Toelichting').default(''),
  })
  .strict()
  .refine((d) => (d.dependsOnEffortId === null) !== (d.externalFactor === null || d.externalFactor === ''), {
    message: 'Kies een inspanning óf vul een externe factor in.',
    path: ['dependsOnEffortId'],
  });
export const Dependency = z.object({
  id: z.string(),
  effort: EffortRef,
  dependsOn: EffortRef.nullable(),
  externalFactor: z.string().nullable(),
  description: z.string(),
});
export type Dependency = z.infer<typeof Dependency>;

export const FundingSourceInput = z
  .object({
    name: Required(200, 'Naam'),
    description: Text(2000, 'Toelichting').default(''),
    startDate: OptionalDate,
    endDate: OptionalDate,
    status: z.enum(FUNDING_STATUSES, { error: 'Kies of de bron toegekend, aangevraagd of onzeker is.' }),
  })
  .strict()
  .refine((s) => !s.startDate || !s.endDate || s.endDate >= s.startDate, { message: 'De einddatum ligt vóór de startdatum.', path: ['endDate'] });
export const FundingSourcePatch = FundingSourceInput.safeExtend({ version: Version });
export const FundingSource = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(FUNDING_STATUSES),
  plannedCents: z.number(),
  version: z.number(),
});
export type FundingSource = z.infer<typeof FundingSource>;

export const BudgetLineInput = z
  .object({
    fundingSourceId: Uuid.nullable().default(null),
    year: z.number({ error: 'Vul een jaar in.' }).int('Vul een jaar in.').min(2000, 'Vul een jaar vanaf 2000 in.').max(2100, 'Vul een jaar tot en met 2100 in.'),
    description: Text(500, 'Omschrijving').default(''),
    plannedCents: Cents,
    committedCents: Cents.default(0),
    realisedCents: Cents.default(0),
  })
  .strict();
export const BudgetLinePatch = BudgetLineInput.safeExtend({ version: Version });
export const BudgetLine = z.object({
  id: z.string(),
  effort: EffortRef,
  fundingSource: z.object({ id: z.string(), name: z.string() }).nullable(),
  year: z.number(),
  description: z.string(),
  plannedCents: z.number(),
  committedCents: z.number(),
  realisedCents: z.number(),
  version: z.number(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;
export const BudgetLineQuery = z.object({
  effort: Uuid.optional(),
  source: Uuid.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const SIGNAL_KINDS = [
  'milestone_overdue',
  'evaluation_due',
  'evaluation_overdue',
  'risk_review_overdue',
  'risk_unassessed',
  'budget_over_plan',
  'budget_after_source_end',
  'budget_unsecured_source',
  'no_result_or_evaluation',
  'open_fields',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const Signal = z.object({
  kind: z.enum(SIGNAL_KINDS),
  severity: z.enum(['hoog', 'middel', 'laag']),
  effort: EffortRef,
  /** the record the signal is about, for a link */
  subject: z.object({ type: z.string(), id: z.string(), label: z.string() }).nullable(),
  date: z.string().nullable(),
  /** Dutch sentence that says what needs attention */
  message: z.string(),
});
export type Signal = z.infer<typeof Signal>;
export const SignalList = z.object({
  items: z.array(Signal),
  today: z.string(),
  /** all signals matching the filter, before `limit` */
  total: z.number(),
  /** per kind, over the whole programme (or effort), ignoring `kind` and `limit` */
  counts: z.partialRecord(z.enum(SIGNAL_KINDS), z.number()),
});
export const SignalQuery = z.object({
  effort: Uuid.optional(),
  kind: z.enum(SIGNAL_KINDS, { error: 'Onbekend soort signaal.' }).optional(),
  severity: z.enum(['hoog', 'middel', 'laag'], { error: 'Kies hoog, middel of laag.' }).optional(),
  limit: z.coerce.number().int().min(1).max(2000, 'Vraag maximaal 2000 signalen per keer op.').default(500),
});

export const LifecyclePatch = z.object({ version: Version, lifecycle: z.enum(LIFECYCLES), plannedStart: OptionalDate, plannedEnd: OptionalDate }).strict()
  .refine((p) => !p.plannedStart || !p.plannedEnd || p.plannedEnd >= p.plannedStart, { message: 'De einddatum ligt vóór de startdatum.', path: ['plannedEnd'] });

export const Steering = z.object({
  effort: EffortRef.extend({
    lifecycle: z.enum(LIFECYCLES).nullable(),
    plannedStart: z.string().nullable(),
    plannedEnd: z.string().nullable(),
    lineOwner: z.string().nullable(),
    version: z.number(),
  }),
  results: z.array(Result),
  milestones: z.array(Milestone),
  evaluations: z.array(Evaluation),
  risks: z.array(Risk),
  dependencies: z.object({ on: z.array(Dependency), from: z.array(Dependency) }),
  budgetLines: z.array(BudgetLine),
  signals: z.array(Signal),
  lifecycleHistory: z.array(z.object({ at: z.string(), actor: z.string(), before: z.string().nullable(), after: z.string().nullable() })),
  abilities: z.object({ edit: z.boolean(), decide: z.boolean() }),
});
export type Steering = z.infer<typeof Steering>;

export const Roadmap = z.object({
  from: z.string(),
  to: z.string(),
  today: z.string(),
  efforts: z.array(
    EffortRef.extend({
      parentId: z.string().nullable(),
      lifecycle: z.enum(LIFECYCLES).nullable(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      milestones: z.array(z.object({ id: z.string(), title: z.string(), date: z.string(), status: z.enum(MILESTONE_STATUSES) })),
      evaluations: z.array(z.object({ id: z.string(), title: z.string(), date: z.string(), decision: z.enum(DECISIONS).nullable() })),
    }),
  ),
});
export type Roadmap = z.infer<typeof Roadmap>;
export const RoadmapQuery = z.object({
  lifecycle: z.enum(LIFECYCLES).optional(),
  effort: Uuid.optional(),
});

const Amounts = z.object({ plannedCents: z.number(), committedCents: z.number(), realisedCents: z.number() });
export const FinanceOverview = z.object({
  years: z.array(z.number()),
  totals: Amounts,
  byEffort: z.array(z.object({ effort: EffortRef, total: Amounts, years: z.record(z.string(), Amounts) })),
  bySource: z.array(
    z.object({
      source: z.object({ id: z.string(), name: z.string(), status: z.enum(FUNDING_STATUSES), endDate: z.string().nullable() }).nullable(),
      total: Amounts,
      years: z.record(z.string(), Amounts),
    }),
  ),
  /** the most pressing budget signals (at most 100); `warningTotal` counts them all */
  warnings: z.array(Signal),
  warningTotal: z.number(),
});
export type FinanceOverview = z.infer<typeof FinanceOverview>;
