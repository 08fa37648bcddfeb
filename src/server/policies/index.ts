import { ROLES, type Role } from '../../shared/roles';

/**
 * Who may do what: the one explicit map. Every route declares one of these actions in
 * `config.policy`; a hook in app.ts enforces the role part before the handler runs, and
 * resource rules (a project leader edits only their own efforts) live in `can*` functions
 * below, called by the services. `policies.test.ts` checks this map per role; the route
 * enumeration test fails when a route has no policy.
 */
export const PUBLIC = 'public' as const;
export const AUTHENTICATED = 'authenticated' as const;

export const POLICIES = {
  /** health, OpenAPI document, login */
  public: PUBLIC,
  /** read one's own session, log out */
  'session.own': AUTHENTICATED,
  /** read the programme register: efforts, forms, principles, goals, organisations, people, council questions */
  'programme.read': ROLES,
  /** edit an effort's form and links; projectleider only for their own efforts (canEditEffort) */
  'effort.edit': ['programmamanager', 'projectleider'],
  /** results, milestones, risks, budget lines, dependencies and planned evaluations of an effort; projectleider only for their own (canEditEffort) */
  'steering.edit': ['programmamanager', 'projectleider'],
  /** record an evaluation's decision and set an effort's life cycle */
  'evaluation.decide': ['programmamanager'],
  /** add and change funding sources */
  'finance.sources.edit': ['programmamanager'],
  /** read the complete change log across the programme */
  'audit.read': ['programmamanager', 'beheerder'],
  /** list accounts and their roles */
  'users.read': ['beheerder'],
  /** Tussen Wal en Schip: list one's own cases (need-to-know: canSeeCase) */
  'cases.read': ['programmamanager', 'casusregisseur'],
  /** register a case; change and move cases one may see (canSeeCase) */
  'cases.write': ['programmamanager', 'casusregisseur'],
  /**
   * open one case by its URL (detail, edit, step, processing log). Anyone logged in may try; whoever
   * is not on the case team and not programme manager gets 404, so a case's existence is never revealed.
   */
  'cases.open': ROLES,
  /** take the decision on a case (step 'besloten') */
  'cases.decide': ['programmamanager'],
  /** export the data-processing log of one case (e.g. for a request under the AVG) */
  'cases.processing-log': ['programmamanager'],
  /** anonymous aggregates of cases and knelpunten (small counts suppressed, see casesAggregateExact) */
  'cases.aggregate': ROLES,
  /** the same aggregates with exact counts */
  'cases.aggregate.exact': ['programmamanager'],
  /** set the annual Tussen Wal en Schip budget */
  'cases.budget.edit': ['programmamanager'],
  /** monitoring (issue 5): read areas, indicators and their values */
  'monitoring.read': ROLES,
  /** import indicator values from a file (preview, commit, undo) */
  'monitoring.import': ['programmamanager', 'beheerder'],
  /** enter and correct indicator values by hand (not imported or demo values) */
  'monitoring.values.edit': ['programmamanager', 'projectleider'],
  /** set which buurten form a programme area (Noord, Oost, rest van Brunssum) */
  'monitoring.areas.edit': ['programmamanager'],
  /** resident voice and theme pages: read conversation rounds, stories and quotes (also those without consent: inside the app only) */
  'voice.read': ROLES,
  /** add and change conversation rounds, stories and quotes, and (re)code themes */
  'voice.edit': ['programmamanager', 'projectleider'],
} as const satisfies Record<string, typeof PUBLIC | typeof AUTHENTICATED | readonly Role[]>;

export type Action = keyof typeof POLICIES;

export interface Actor {
  id: string;
  role: Role;
  personId: string | null;
  displayName: string;
}

/** The role part of a policy: may this actor (or an anonymous visitor) perform the action at all? */
export function allows(actor: Actor | null, action: Action): boolean {
  const rule = POLICIES[action];
  if (rule === PUBLIC) return true;
  if (!actor) return false;
  if (rule === AUTHENTICATED) return true;
  return (rule as readonly Role[]).includes(actor.role);
}

/**
 * Resource rule for editing an effort. `leaderPersonIds` are the people who are projectleider
 * of the effort or of one of its ancestors (a leader of effort 2 also keeps 2.A–2.C).
 */
export function canEditEffort(actor: Actor | null, leaderPersonIds: readonly string[], action: 'effort.edit' | 'steering.edit' = 'effort.edit'): boolean {
  if (!actor || !allows(actor, action)) return false;
  if (actor.role === 'programmamanager') return true;
  return actor.personId !== null && leaderPersonIds.includes(actor.personId);
}

/**
 * Need-to-know rule for case data: the programme manager sees every case, a case worker only the
 * cases whose team they are on, everyone else none. Callers answer 404 when this is false.
 */
export function canSeeCase(actor: Actor | null, teamUserIds: readonly string[]): boolean {
  if (!actor || !allows(actor, 'cases.read')) return false;
  if (actor.role === 'programmamanager') return true;
  return teamUserIds.includes(actor.id);
}

/** The abilities the UI receives with the session, so it can hide what a user may not do. */
export function abilitiesFor(actor: Actor) {
  return {
    readProgramme: allows(actor, 'programme.read'),
    /** 'all' | 'own' | 'none' */
    editEfforts: actor.role === 'programmamanager' ? 'all' : allows(actor, 'effort.edit') ? 'own' : 'none',
    decideEvaluations: allows(actor, 'evaluation.decide'),
    editFundingSources: allows(actor, 'finance.sources.edit'),
    readAudit: allows(actor, 'audit.read'),
    readUsers: allows(actor, 'users.read'),
    /** 'all' | 'team' | 'none': which Tussen Wal en Schip cases the user sees */
    readCases: actor.role === 'programmamanager' ? 'all' : allows(actor, 'cases.read') ? 'team' : 'none',
    writeCases: allows(actor, 'cases.write'),
    decideCases: allows(actor, 'cases.decide'),
    /** set the Tussen Wal en Schip budget of a year (PUT /tws-budget/{year}) */
    setTwsBudget: allows(actor, 'cases.budget.edit'),
    exportProcessingLog: allows(actor, 'cases.processing-log'),
    exactCaseAggregates: allows(actor, 'cases.aggregate.exact'),
    /** monitoring (issue 5): import files, undo imports and upload area geometry (monitoring.import) */
    importMonitoringFiles: allows(actor, 'monitoring.import'),
    /** enter and correct indicator values by hand (monitoring.values.edit) */
    editIndicatorValues: allows(actor, 'monitoring.values.edit'),
    /** set the buurten of a programme area (monitoring.areas.edit) */
    editProgrammeAreas: allows(actor, 'monitoring.areas.edit'),
    /** add and change conversation rounds, stories and theme codes (voice.edit) */
    editVoice: allows(actor, 'voice.edit'),
  } as const;
}
export type Abilities = ReturnType<typeof abilitiesFor>;
