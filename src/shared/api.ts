/**
 * Request and response schemas of the Koers API (/api/v1), shared by server and web client.
 * The server validates with them and generates the OpenAPI document from them.
 */
import { z } from 'zod';
import { FIELD_MAX_LENGTH, FIELD_STATES, FORM_FIELD_KEYS } from './form-fields';
import { findPersonalData } from './personal-data';

export const Uuid = z.string().uuid('Dit is geen geldige id.');
export const IdParams = z.object({ id: Uuid });

// ---------- efforts ----------

export const EffortListItem = z.object({
  id: Uuid,
  code: z.string(),
  name: z.string(),
  parentId: Uuid.nullable(),
  projectName: z.string().nullable(),
  hasForm: z.boolean(),
  /** fields still open (N.t.b. or empty) on the effort's own form; 0 without a form */
  openFieldCount: z.number().int(),
  ntbFieldCount: z.number().int(),
  projectLeaders: z.array(z.string()),
  updatedAt: z.string(),
});
export type EffortListItem = z.infer<typeof EffortListItem>;
export const EffortList = z.object({ items: z.array(EffortListItem) });

export const FieldOut = z.object({
  key: z.enum(FORM_FIELD_KEYS),
  state: z.enum(FIELD_STATES),
  value: z.string(),
  updatedAt: z.string(),
});
export type FieldOut = z.infer<typeof FieldOut>;

export const Ref = z.object({ id: Uuid, name: z.string() });
export const EffortRef = z.object({ id: Uuid, code: z.string(), name: z.string() });
export type EffortRef = z.infer<typeof EffortRef>;

export const EffortDetail = z.object({
  effort: z.object({
    id: Uuid,
    code: z.string(),
    name: z.string(),
    projectName: z.string().nullable(),
    parentId: Uuid.nullable(),
    hasForm: z.boolean(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
  parent: EffortRef.nullable(),
  children: z.array(EffortRef),
  fields: z.array(FieldOut),
  people: z.array(
    z.object({
      id: Uuid,
      name: z.string(),
      kind: z.enum(['person', 'function']),
      role: z.enum(['projectleider', 'opdrachtgever', 'projectteam']),
      description: z.string(),
    }),
  ),
  organisations: z.array(
    z.object({ id: Uuid, name: z.string(), role: z.enum(['samenwerkingspartner', 'projectteam']), description: z.string() }),
  ),
  principles: z.array(Ref),
  goals: z.array(Ref),
  abilities: z.object({ edit: z.boolean() }),
});
export type EffortDetail = z.infer<typeof EffortDetail>;

/** Free text refused when it looks like a resident's personal data (PRODUCT.md, privacy). */
export const FormText = z
  .string()
  .max(FIELD_MAX_LENGTH, `De tekst mag maximaal ${FIELD_MAX_LENGTH.toLocaleString('nl-NL')} tekens lang zijn.`)
  .superRefine((value, ctx) => {
    const hit = findPersonalData(value);
    if (hit) ctx.addIssue({ code: 'custom', message: hit.message });
  });

export const FieldPatch = z
  .object({ state: z.enum(FIELD_STATES), value: FormText.optional() })
  .strict()
  .superRefine((f, ctx) => {
    if (f.state === 'filled' && !f.value?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'Vul tekst in, of kies "N.t.b." als het veld nog open is.',
      });
    }
  });

export const EffortPatch = z
  .object({
    /** the version the editor started from; a newer version on the server gives 409 */
    version: z.number().int().min(1),
    name: z.string().trim().min(3, 'De naam moet minstens 3 tekens hebben.').max(200, 'De naam mag maximaal 200 tekens hebben.').optional(),
    projectName: z.string().trim().max(300, 'De projectnaam mag maximaal 300 tekens hebben.').nullable().optional(),
    fields: z.partialRecord(z.enum(FORM_FIELD_KEYS), FieldPatch).optional(),
    principleIds: z.array(Uuid).max(50).optional(),
    goalIds: z.array(Uuid).max(50).optional(),
  })
  .strict();
export type EffortPatch = z.infer<typeof EffortPatch>;

export const HistoryEntry = z.object({
  id: z.number().int(),
  /** 'effort', or the kind of steering record: 'result', 'milestone', 'evaluation', 'risk', 'dependency', 'budget_line' */
  entityType: z.string().optional(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  field: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export const HistoryList = z.object({
  items: z.array(HistoryEntry),
  /** number of entries matching the filter, over all pages */
  total: z.number().int(),
  /** pass as `before` to get the next (older) page; null on the last page */
  nextBefore: z.number().int().nullable(),
});
export const HistoryQuery = z.object({
  field: z.string().max(100).optional(),
  limit: z.coerce.number().int('Het aantal moet een geheel getal zijn.').min(1, 'Vraag minstens 1 wijziging op.').max(200, 'Vraag maximaal 200 wijzigingen per keer op.').default(50),
  before: z.coerce.number().int('De cursor moet een geheel getal zijn.').min(1).optional(),
});

export const SearchQuery = z.object({
  q: z.string().trim().min(2, 'Zoek op minstens 2 tekens.').max(200, 'De zoekterm is te lang.'),
});
export const SearchResults = z.object({
  query: z.string(),
  items: z.array(
    z.object({
      effort: EffortRef,
      /** null when the name or projectName matched */
      field: z.enum(FORM_FIELD_KEYS).nullable(),
      snippet: z.string(),
    }),
  ),
});
export type SearchResults = z.infer<typeof SearchResults>;

export const OpenFields = z.object({
  items: z.array(
    z.object({
      effort: EffortRef,
      open: z.array(z.object({ key: z.enum(FORM_FIELD_KEYS), state: z.enum(['ntb', 'empty']) })),
    }),
  ),
});
export type OpenFields = z.infer<typeof OpenFields>;

// ---------- reference data ----------

const EffortLink = EffortRef.extend({ role: z.string().optional(), description: z.string().optional() });

export const PrincipleOrGoal = z.object({ id: Uuid, name: z.string(), description: z.string(), effortCount: z.number().int() });
export const PrincipleOrGoalList = z.object({ items: z.array(PrincipleOrGoal) });
export const PrincipleOrGoalDetail = PrincipleOrGoal.extend({ efforts: z.array(EffortRef) });

export const Organisation = z.object({
  id: Uuid,
  name: z.string(),
  kind: z.string(),
  description: z.string(),
  effortCount: z.number().int(),
});
export const OrganisationList = z.object({ items: z.array(Organisation) });
export const OrganisationDetail = Organisation.extend({
  efforts: z.array(EffortLink),
  people: z.array(Ref),
});

export const Person = z.object({
  id: Uuid,
  name: z.string(),
  kind: z.enum(['person', 'function']),
  title: z.string(),
  organisation: Ref.nullable(),
  roleCount: z.number().int(),
});
export const PersonList = z.object({ items: z.array(Person) });
export const PersonDetail = Person.extend({ roles: z.array(EffortLink) });

export const Programme = z.object({
  name: z.string(),
  municipality: z.string(),
  description: z.string(),
  counts: z.object({
    efforts: z.number().int(),
    forms: z.number().int(),
    formsWithOpenFields: z.number().int(),
    openFields: z.number().int(),
    principles: z.number().int(),
    goals: z.number().int(),
    organisations: z.number().int(),
    people: z.number().int(),
    councilQuestions: z.number().int(),
  }),
});

// ---------- council questions ----------

export const CouncilQuestion = z.object({
  id: Uuid,
  number: z.number().int(),
  faction: z.string(),
  subject: z.string(),
  theme: z.string(),
  questions: z.array(z.string()),
  answer: z.string(),
});
export const CouncilQuestionList = z.object({ items: z.array(CouncilQuestion) });

// ---------- audit ----------

export const AuditQuery = z.object({
  before: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  entityType: z.string().max(50).optional(),
});
export const AuditList = z.object({
  items: z.array(HistoryEntry.extend({ entityType: z.string(), entityId: z.string(), entityLabel: z.string() })),
  nextBefore: z.number().int().nullable(),
});

export const UserList = z.object({
  items: z.array(
    z.object({ id: Uuid, email: z.string(), displayName: z.string(), role: z.string(), active: z.boolean(), person: Ref.nullable() }),
  ),
});
