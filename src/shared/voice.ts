/**
 * Resident voice (issue 5, docs/decisions/0007): conversation rounds, stories and quotes, the
 * theme codes they are coded with, and the representativeness of a round. The vocabulary (enums
 * with Dutch/English labels) and the API schemas shared by server and client.
 *
 * Privacy (PRODUCT.md): story text goes through the personal-data detector (Text); the area is
 * a programme area or a wijk of Brunssum at most (never a buurt or street); respondent
 * characteristics are coarse and optional; a story without consent for publication never
 * leaves the authenticated app (no export, download or public output).
 */
import { z } from 'zod';
import { THEMES, type Theme } from './monitoring';
import { IndicatorLink } from './steering';
import { IsoDate, Required, Text, Uuid, Version } from './validation';

export const ROUND_METHODS = ['telefonisch_willekeurig', 'huisbezoek', 'straatgesprek', 'bijeenkomst', 'ambassadeurs', 'ervaringswerkers', 'anders'] as const;
export type RoundMethod = (typeof ROUND_METHODS)[number];
/** CBS age bands of residents aged 15 and older (KWB a_15_24 … a_65_oo); children are not interviewed */
export const AGE_BANDS = ['15_24', '25_44', '45_64', '65_oo'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
/** the indicator that holds the population of each age band (seed/brunssum/monitoring.ts) */
export const AGE_BAND_INDICATORS: Record<AgeBand, string> = {
  '15_24': 'cbs_leeftijd_15_24',
  '25_44': 'cbs_leeftijd_25_44',
  '45_64': 'cbs_leeftijd_45_64',
  '65_oo': 'cbs_leeftijd_65_oo',
};
export const HOUSEHOLD_TYPES = ['alleenstaand', 'paar_zonder_kinderen', 'paar_met_kinderen', 'eenoudergezin', 'anders'] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];
export const STORY_KINDS = ['verhaal', 'citaat'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

/**
 * A group is under-reached when its share of the residents reached is below this fraction of its
 * share of the population (15 years and older): reached share < 0.75 × population share.
 */
export const UNDER_REACHED_THRESHOLD = 0.75;

type Labels<T extends string> = Record<T, { nl: string; en: string }>;
export const ROUND_METHOD_LABELS: Labels<RoundMethod> = {
  telefonisch_willekeurig: { nl: 'Telefonisch, willekeurig gebeld', en: 'By phone, called at random' },
  huisbezoek: { nl: 'Huisbezoek of keukentafelgesprek', en: 'Home visit or kitchen-table talk' },
  straatgesprek: { nl: 'Straatgesprek (aangebeld of aangesproken)', en: 'Street conversation (door-to-door or on the street)' },
  bijeenkomst: { nl: 'Bijeenkomst', en: 'Meeting' },
  ambassadeurs: { nl: 'Via bewonersambassadeurs', en: 'Through resident ambassadors' },
  ervaringswerkers: { nl: 'Via ervaringswerkers', en: 'Through experts by experience' },
  anders: { nl: 'Anders', en: 'Other' },
};
export const AGE_BAND_LABELS: Labels<AgeBand> = {
  '15_24': { nl: '15 tot 25 jaar', en: '15 to 24' },
  '25_44': { nl: '25 tot 45 jaar', en: '25 to 44' },
  '45_64': { nl: '45 tot 65 jaar', en: '45 to 64' },
  '65_oo': { nl: '65 jaar en ouder', en: '65 and older' },
};
export const HOUSEHOLD_TYPE_LABELS: Labels<HouseholdType> = {
  alleenstaand: { nl: 'Alleenstaand', en: 'Single' },
  paar_zonder_kinderen: { nl: 'Paar zonder kinderen', en: 'Couple without children' },
  paar_met_kinderen: { nl: 'Paar met kinderen', en: 'Couple with children' },
  eenoudergezin: { nl: 'Eenoudergezin', en: 'Single parent' },
  anders: { nl: 'Anders', en: 'Other' },
};
export const STORY_KIND_LABELS: Labels<StoryKind> = {
  verhaal: { nl: 'Verhaal', en: 'Story' },
  citaat: { nl: 'Citaat', en: 'Quote' },
};

// ---------- areas ----------

export const AreaRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const AreaCode = z
  .string({ error: 'Kies een gebied.' })
  .trim()
  .toUpperCase()
  .regex(/^(WK\d{6}|KS-[A-Z0-9-]{2,40})$/, 'Kies een programmagebied of een wijk van Brunssum (nooit een buurt of straat).');

// ---------- theme codes ----------

export const THEME_CODE_KEY = /^[a-z0-9][a-z0-9-]{1,39}$/;
export const ThemeCode = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  description: z.string(),
  /** the monitoring theme this code belongs to (the standard codes are the monitoring themes themselves) */
  theme: z.enum(THEMES).nullable(),
  isStandard: z.boolean(),
  stories: z.number(),
});
export type ThemeCode = z.infer<typeof ThemeCode>;
export const ThemeCodeInput = z
  .object({
    label: Required(60, 'De naam van het thema'),
    description: Text(500, 'De omschrijving').default(''),
    theme: z.enum(THEMES, { error: 'Kies een van de monitoringthema’s.' }).nullable().default(null),
  })
  .strict();
export const ThemeCodePatch = ThemeCodeInput.partial().strict();
export const RecodeInput = z
  .object({
    into: Uuid,
    reason: Text(500, 'De reden').default(''),
  })
  .strict();
export const RecodeResult = z.object({ from: z.string(), into: z.string(), stories: z.number() });

// ---------- conversation rounds ----------

const Count = z
  .number({ error: 'Vul een aantal in.' })
  .int('Een aantal is een geheel getal.')
  .min(0, 'Een aantal kan niet negatief zijn.')
  .max(100_000, 'Dit aantal is te groot.');
export const ReachInput = z
  .object({
    areaCode: AreaCode,
    /** residents reached per age band; `unknown`: age not asked or not given */
    byAgeBand: z.object({ '15_24': Count, '25_44': Count, '45_64': Count, '65_oo': Count }).strict(),
    unknownAge: Count.default(0),
  })
  .strict();
export const RoundInput = z
  .object({
    title: Required(200, 'De naam van de ronde'),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    method: z.enum(ROUND_METHODS, { error: 'Kies hoe de gesprekken gevoerd zijn.' }),
    conductedBy: Required(300, 'Wie de gesprekken voerde'),
    description: Text(2000, 'De toelichting').default(''),
    reach: z.array(ReachInput).min(1, 'Vul voor minstens één gebied in hoeveel inwoners bereikt zijn.').max(40, 'Maximaal 40 gebieden per ronde.'),
  })
  .strict()
  .refine((r) => r.periodTo >= r.periodFrom, { message: 'De einddatum ligt vóór de begindatum.', path: ['periodTo'] })
  .refine((r) => new Set(r.reach.map((a) => a.areaCode)).size === r.reach.length, { message: 'Elk gebied mag maar één keer voorkomen.', path: ['reach'] });
export const RoundPatch = RoundInput.safeExtend({ version: Version });

export const RoundSummary = z.object({
  id: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  method: z.enum(ROUND_METHODS),
  conductedBy: z.string(),
  areas: z.array(AreaRef),
  reached: z.number(),
  stories: z.number(),
  isDemo: z.boolean(),
});
export type RoundSummary = z.infer<typeof RoundSummary>;
export const RoundDetail = RoundSummary.extend({
  description: z.string(),
  reach: z.array(
    z.object({
      area: AreaRef,
      byAgeBand: z.object({ '15_24': z.number(), '25_44': z.number(), '45_64': z.number(), '65_oo': z.number() }),
      unknownAge: z.number(),
      total: z.number(),
    }),
  ),
  version: z.number(),
  updatedAt: z.string(),
});
export type RoundDetail = z.infer<typeof RoundDetail>;

const Share = z.object({
  reached: z.number(),
  /** share of the residents reached (0–1, 4 decimals) */
  reachedShare: z.number(),
  /** residents aged 15 and older in the population figures; null when the figures are missing */
  population: z.number().nullable(),
  populationShare: z.number().nullable(),
  /** reachedShare ÷ populationShare (2 decimals); null without population figures */
  ratio: z.number().nullable(),
  /** what a perfectly representative round of this size would have reached */
  expected: z.number().nullable(),
  underReached: z.boolean(),
});
export const Representativeness = z.object({
  round: z.object({ id: z.string(), title: z.string() }),
  threshold: z.number(),
  totalReached: z.number(),
  /** residents reached whose age band is known (the base of the age comparison) */
  totalKnownAge: z.number(),
  /** the periods of the population figures used, per area */
  populationPeriods: z.array(z.object({ area: AreaRef, period: z.string().nullable(), isDemo: z.boolean() })),
  areas: z.array(Share.extend({ area: AreaRef })),
  ageBands: z.array(Share.extend({ ageBand: z.enum(AGE_BANDS) })),
  cells: z.array(Share.extend({ area: AreaRef, ageBand: z.enum(AGE_BANDS) })),
  /** the groups named as under-reached, in Dutch, most under-reached first */
  underReached: z.array(
    z.object({ kind: z.enum(['area', 'ageBand', 'cell']), label: z.string(), area: AreaRef.nullable(), ageBand: z.enum(AGE_BANDS).nullable(), ratio: z.number() }),
  ),
  /** areas of the round without population figures: left out of the comparison */
  missingPopulation: z.array(AreaRef),
});
export type Representativeness = z.infer<typeof Representativeness>;

// ---------- stories ----------

export const StoryInput = z
  .object({
    kind: z.enum(STORY_KINDS, { error: 'Kies verhaal of citaat.' }),
    text: Text(4000, 'De tekst').min(10, 'Vul de tekst in (minstens 10 tekens).'),
    roundId: Uuid.nullable().default(null),
    areaCode: AreaCode.nullable().default(null),
    ageBand: z.enum(AGE_BANDS, { error: 'Kies een leeftijdsgroep.' }).nullable().default(null),
    householdType: z.enum(HOUSEHOLD_TYPES, { error: 'Kies een soort huishouden.' }).nullable().default(null),
    /** may this story be published (council report, public page, open data)? */
    consent: z.boolean({ error: 'Geef aan of de bewoner toestemming gaf voor publicatie (ja of nee).' }),
    themeIds: z.array(Uuid).min(1, 'Kies minstens één thema.').max(10, 'Kies maximaal 10 thema’s.'),
  })
  .strict()
  .refine((s) => s.kind !== 'citaat' || s.text.length <= 600, { message: 'Een citaat mag maximaal 600 tekens hebben; kies anders "verhaal".', path: ['text'] });
export const StoryPatch = StoryInput.safeExtend({ version: Version });
export const StoryQuery = z.object({
  theme: z.string().trim().max(40).optional(),
  area: AreaCode.optional(),
  round: Uuid.optional(),
  consent: z.enum(['ja', 'nee'], { error: 'Kies ja of nee.' }).optional(),
  limit: z.coerce.number().int().min(1).max(500, 'Vraag maximaal 500 verhalen tegelijk op.').default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const Story = z.object({
  id: z.string(),
  kind: z.enum(STORY_KINDS),
  text: z.string(),
  round: z.object({ id: z.string(), title: z.string() }).nullable(),
  area: AreaRef.nullable(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  householdType: z.enum(HOUSEHOLD_TYPES).nullable(),
  consent: z.boolean(),
  themes: z.array(z.object({ id: z.string(), key: z.string(), label: z.string(), theme: z.enum(THEMES).nullable() })),
  isDemo: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof Story>;
export const StoryCoding = z.object({
  items: z.array(z.object({ at: z.string(), by: z.string(), before: z.array(z.string()), after: z.array(z.string()), reason: z.string() })),
});
export type StoryCoding = z.infer<typeof StoryCoding>;

// ---------- theme page ----------

export const ThemeParams = z.object({ theme: z.enum(THEMES, { error: 'Onbekend thema.' }) });
export const ThemeQuery = z.object({ area: z.string().trim().toUpperCase().max(60).optional() });
export const ThemePage = z.object({
  theme: z.enum(THEMES),
  area: AreaRef,
  referenceAreas: z.array(AreaRef),
  /** areas the page can be shown for */
  areaChoices: z.array(AreaRef),
  indicators: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      definition: z.string(),
      source: z.string(),
      unit: z.string(),
      direction: z.enum(['higher_is_better', 'lower_is_better']).nullable(),
      series: z.array(z.object({ area: AreaRef, values: z.array(z.object({ period: z.string(), value: z.string(), isDemo: z.boolean() })) })),
    }),
  ),
  stories: z.array(Story),
  /** all stories of this theme in Brunssum (when the area narrows the list) */
  storiesTotal: z.number(),
  efforts: z.array(
    z.object({
      effort: z.object({ id: z.string(), code: z.string(), name: z.string() }),
      /** why this effort is on the page: its goals (names) and/or results measured by an indicator of the theme */
      viaGoals: z.array(z.string()),
      results: z.array(
        z.object({
          id: z.string(),
          description: z.string(),
          status: z.string(),
          target: z.string(),
          deadline: z.string().nullable(),
          indicatorLink: IndicatorLink.nullable(),
        }),
      ),
    }),
  ),
});
export type ThemePage = z.infer<typeof ThemePage>;

/**
 * Programme goals (seed: Brunssum Noord en Oost) and the monitoring themes they address. An effort
 * is on a theme page when it (or one of its results) contributes to such a goal, or when one of
 * its results takes its progress from an indicator of the theme (docs/decisions/0007).
 */
export const GOAL_THEMES: Record<string, Theme[]> = {
  bestaanszekerheid: ['bestaanszekerheid'],
  stabiliteit: ['bestaanszekerheid', 'veiligheid'],
  leefomgeving: ['wonen'],
  meedoen: ['meedoen'],
  'regie-gezondheid': ['gezondheid'],
  'vertrouwen-samenwerking': ['vertrouwen'],
};
