/**
 * Monitoring (issue 5): areas with CBS codes, indicators, values per area and period, and imports.
 * The vocabulary (enums with Dutch/English labels) and the API schemas shared by server and client.
 * Values are exact decimal strings ("12.5", "-3", "0.125"): never floating point in storage or transport.
 */
import { z } from 'zod';
import { IsoDate, Text } from './validation';

export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt', 'programmagebied', 'referentie'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const THEMES = ['bestaanszekerheid', 'gezondheid', 'wonen', 'veiligheid', 'meedoen', 'vertrouwen', 'onderwijs', 'werk', 'bevolking'] as const;
export type Theme = (typeof THEMES)[number];
export const IMPORT_FORMATS = ['cbs_kwb_csv', 'cbs_kwb_xlsx', 'cbs_odata_json', 'koers_csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** `processing`: the file is being read (bytesRead of bytesTotal); `failed`: the file could not be read at all */
export const IMPORT_STATUSES = ['processing', 'failed', 'preview', 'invalid', 'committed', 'undone'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

type Labels<T extends string> = Record<T, { nl: string; en: string }>;
export const IMPORT_FORMAT_LABELS: Labels<ImportFormat> = {
  cbs_kwb_csv: { nl: 'CBS Kerncijfers wijken en buurten (CSV)', en: 'CBS Key figures districts and neighbourhoods (CSV)' },
  cbs_kwb_xlsx: { nl: 'CBS Kerncijfers wijken en buurten (Excel)', en: 'CBS Key figures districts and neighbourhoods (Excel)' },
  cbs_odata_json: { nl: 'CBS StatLine OData (JSON)', en: 'CBS StatLine OData (JSON)' },
  koers_csv: { nl: 'Koers-sjabloon (CSV)', en: 'Koers template (CSV)' },
};
export const IMPORT_STATUS_LABELS: Labels<ImportStatus> = {
  processing: { nl: 'Wordt gelezen', en: 'Being read' },
  failed: { nl: 'Niet leesbaar', en: 'Unreadable' },
  preview: { nl: 'Gecontroleerd, nog niet ingelezen', en: 'Checked, not yet imported' },
  invalid: { nl: 'Fouten gevonden', en: 'Problems found' },
  committed: { nl: 'Ingelezen', en: 'Imported' },
  undone: { nl: 'Ongedaan gemaakt', en: 'Undone' },
};
export const AREA_LEVEL_LABELS: Labels<AreaLevel> = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  wijk: { nl: 'Wijk', en: 'District' },
  buurt: { nl: 'Buurt', en: 'Neighbourhood' },
  programmagebied: { nl: 'Programmagebied', en: 'Programme area' },
  referentie: { nl: 'Referentiegebied', en: 'Reference area' },
};
export const THEME_LABELS: Labels<Theme> = {
  bestaanszekerheid: { nl: 'Bestaanszekerheid', en: 'Livelihood security' },
  gezondheid: { nl: 'Gezondheid', en: 'Health' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
  meedoen: { nl: 'Meedoen', en: 'Participation' },
  vertrouwen: { nl: 'Vertrouwen', en: 'Trust' },
  onderwijs: { nl: 'Onderwijs', en: 'Education' },
  werk: { nl: 'Werk', en: 'Work' },
  bevolking: { nl: 'Bevolking', en: 'Population' },
};
export const DIRECTION_LABELS: Labels<Direction> = {
  higher_is_better: { nl: 'Hoger is beter', en: 'Higher is better' },
  lower_is_better: { nl: 'Lager is beter', en: 'Lower is better' },
};

/** CBS codes (GM0899, WK089900, BU08990000), Nederland (NL00) and Koers codes for areas CBS does not define (KS-…). */
export const AREA_CODE = /^(GM\d{4}|WK\d{6}|BU\d{8}|NL\d{2}|KS-[A-Z0-9-]{2,40})$/;
/** a year (2024) or a month (2024-03) */
export const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
/** an exact decimal as stored: optional minus, digits, optional fraction */
export const DECIMAL = /^-?\d{1,15}(\.\d{1,6})?$/;

export const Area = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  level: z.enum(AREA_LEVELS),
  parentId: z.string().nullable(),
  /** for a programme area: the buurten it is made of (codes) */
  members: z.array(z.string()),
  /** a GeoJSON geometry has been uploaded for this area */
  hasGeometry: z.boolean(),
});
export type Area = z.infer<typeof Area>;
export const AreaQuery = z.object({
  level: z.enum(AREA_LEVELS, { error: 'Onbekend gebiedsniveau.' }).optional(),
  /** only this gemeente with its wijken and buurten, plus the programme and reference areas (not every area of a national import) */
  within: z.string().trim().toUpperCase().regex(/^GM\d{4}$/, 'Gebruik een gemeentecode zoals GM0899.').optional(),
});

export const Indicator = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  definition: z.string(),
  source: z.string(),
  unit: z.string(),
  direction: z.enum(DIRECTIONS).nullable(),
  theme: z.enum(THEMES),
});
export type Indicator = z.infer<typeof Indicator>;
export const IndicatorQuery = z.object({ theme: z.enum(THEMES, { error: 'Onbekend thema.' }).optional() });

export const IndicatorValue = z.object({
  id: z.string(),
  area: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  period: z.string(),
  /** exact decimal as a string */
  value: z.string(),
  source: z.string(),
  retrievedOn: z.string(),
  isDemo: z.boolean(),
  importId: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;
export const IndicatorValues = z.object({ indicator: Indicator, items: z.array(IndicatorValue) });
const AreaCode = z.string().trim().toUpperCase().regex(AREA_CODE, 'Gebruik een gebiedscode zoals GM0899, WK089900, BU08990000 of NL00.');
export const ValuesQuery = z.object({
  area: z.union([AreaCode, z.array(AreaCode).max(50, 'Vraag maximaal 50 gebieden tegelijk op.')]).optional(),
  from: z.string().regex(PERIOD, 'Gebruik een periode als 2024 of 2024-03.').optional(),
  to: z.string().regex(PERIOD, 'Gebruik een periode als 2024 of 2024-03.').optional(),
});

export const ImportProblem = z.object({
  /** 1-based line number in the file (the header is line 1) */
  row: z.number(),
  column: z.string(),
  problem: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;
export const ImportReport = z.object({
  id: z.string(),
  filename: z.string(),
  format: z.enum(IMPORT_FORMATS),
  status: z.enum(IMPORT_STATUSES),
  /** progress while reading (status processing) */
  bytesTotal: z.number(),
  bytesRead: z.number(),
  period: z.string().nullable(),
  committedAt: z.string().nullable(),
  rowsTotal: z.number(),
  rowsValid: z.number(),
  rowsInvalid: z.number(),
  /** indicator values the file would write (or wrote) */
  valuesCount: z.number(),
  /** areas in the file that Koers does not know yet and that a commit would add */
  newAreas: z.array(z.object({ code: z.string(), name: z.string(), level: z.enum(AREA_LEVELS) })),
  /** wijken and buurten Koers knows under another name: a commit renames them, an undo restores the old name */
  renamedAreas: z.array(z.object({ code: z.string(), from: z.string(), to: z.string() })),
  problems: z.array(ImportProblem),
  /** the first values, for the preview */
  preview: z.array(z.object({ indicatorKey: z.string(), areaCode: z.string(), period: z.string(), value: z.string(), source: z.string() })),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** a value typed by hand: decimal comma or point, no thousands separators */
const DecimalInput = z
  .string({ error: 'Vul een getal in.' })
  .trim()
  .regex(/^-?\d{1,15}([.,]\d{1,6})?$/, 'Vul een getal in, met hoogstens één decimaalteken (12,5 of 12.5) en zonder scheidingsteken voor duizendtallen.')
  .transform((s) => s.replace(',', '.'));
const Source = Text(300, 'De bron').min(3, 'Vul de bron in (minstens 3 tekens).');
export const ValueInput = z
  .object({
    areaCode: AreaCode,
    period: z.string({ error: 'Vul een periode in.' }).trim().regex(PERIOD, 'Gebruik een periode als 2024 of 2024-03.'),
    value: DecimalInput,
    source: Source,
    retrievedOn: IsoDate,
  })
  .strict();
export const ValuePatch = z.object({ value: DecimalInput, source: Source, retrievedOn: IsoDate }).strict();

/** An import in the list (no preview rows, no problems). */
export const ImportSummary = ImportReport.omit({ preview: true, problems: true, newAreas: true, renamedAreas: true }).extend({ createdByName: z.string().nullable(), problemCount: z.number(), newAreaCount: z.number() });
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Values of several indicators for one or more areas (overview, area profile, comparison). */
export const AreaValuesQuery = z.object({
  area: z.union([AreaCode, z.array(AreaCode).max(50, 'Vraag maximaal 50 gebieden tegelijk op.')]),
  theme: z.enum(THEMES, { error: 'Onbekend thema.' }).optional(),
  indicator: z.union([z.uuid('Onbekende indicator.'), z.array(z.uuid('Onbekende indicator.')).max(100)]).optional(),
  /** only the latest period per indicator and area */
  latest: z.enum(['true', 'false'], { error: 'Gebruik true of false.' }).optional(),
});
export const AreaValue = IndicatorValue.extend({ indicatorId: z.string() });
export type AreaValue = z.infer<typeof AreaValue>;

/** The buurten that form a programme area. */
export const MembersInput = z
  .object({ buurten: z.array(z.string().trim().toUpperCase().regex(/^BU\d{8}$/, 'Gebruik een buurtcode zoals BU08990101.')).max(500, 'Kies maximaal 500 buurten.') })
  .strict();
export const AreaCodeParams = z.object({ code: AreaCode });

/** GeoJSON geometry of an area: a Polygon or MultiPolygon with lon/lat positions (WGS84, as GeoJSON prescribes). */
type Position = number[];
export type AreaGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };
export const MAX_GEOMETRY_BYTES = 2 * 1024 * 1024;
export const AreaGeometryFeature = z.object({ type: z.literal('Feature'), properties: z.object({ code: z.string(), name: z.string(), level: z.enum(AREA_LEVELS) }), geometry: z.unknown() });
export const AreaGeometries = z.object({ type: z.literal('FeatureCollection'), features: z.array(AreaGeometryFeature) });
export const GeometryQuery = z.object({
  area: z.union([AreaCode, z.array(AreaCode).max(500, 'Vraag maximaal 500 gebieden tegelijk op.')]).optional(),
  level: z.enum(AREA_LEVELS, { error: 'Onbekend gebiedsniveau.' }).optional(),
});
