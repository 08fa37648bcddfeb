import type { FormFieldKey } from '../../../shared/form-fields.js';

/** "N.t.b." in the document: the field is known to be open. */
export const NTB = 'N.t.b.' as const;

/**
 * A form field as transcribed: the text, or NTB when the document says "N.t.b.".
 * A field the document does not give at all is simply absent from `form`.
 * Text uses "\n" between paragraphs and "- " at the start of list items.
 */
export type SeedFieldValue = string;

export interface SeedPerson {
  /** stable key used for links inside the seed, e.g. 'evelien-meijerink' */
  key: string;
  /** full name as the document gives it, or the function title for a function-only entry */
  name: string;
  /** 'person' for a named person; 'function' for a post named without a person (e.g. "Manager ROV") */
  kind: 'person' | 'function';
  /** function or title as the document gives it, e.g. 'kwartiermaker', 'programmamanager' */
  title?: string;
  /** key of the organisation the person works for */
  organisationKey?: string;
}

export type OrganisationKind =
  | 'gemeente' // the municipality and its teams, programmes, departments
  | 'corporatie' // housing corporation
  | 'adviesbureau'
  | 'maatschappelijke-organisatie'
  | 'zorg'
  | 'bewoners' // residents' groups, citizens' initiatives
  | 'overheid' // other government bodies (Rijk, regio, council)
  | 'financier'
  | 'overig';

export interface SeedOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  description?: string;
}

export interface SeedPrinciple {
  key: string;
  name: string;
  description?: string;
}

export interface SeedGoal {
  key: string;
  name: string;
  description?: string;
}

export type EffortPersonRole = 'projectleider' | 'opdrachtgever' | 'projectteam';

export interface SeedEffort {
  /** '1', '1.A', '2.B', … as in the overview list of the document */
  code: string;
  /** the name as the overview list gives it (without the code) */
  name: string;
  /** parent code, e.g. '2' for '2.B'; undefined for a top-level effort */
  parentCode?: string;
  /**
   * The 'Projectnaam' on the effort's own project form, when the document has a form for
   * this effort. Absent when the effort is only named in the overview list.
   */
  projectName?: string;
  /** the form fields the document gives for this effort's own form */
  form?: Partial<Record<FormFieldKey, SeedFieldValue>>;
  /** people (by key) in a role on this effort; `description` is the role text, e.g. 'Communicatieadviseur' */
  people?: { personKey: string; role: EffortPersonRole; description?: string }[];
  /** organisations (by key) named as partner or in the project team */
  organisations?: { organisationKey: string; role: 'samenwerkingspartner' | 'projectteam'; description?: string }[];
  /** strategic principles (by key) this effort contributes to */
  principleKeys?: string[];
  /** programme goals (by key) this effort contributes to */
  goalKeys?: string[];
}

export interface SeedCouncilQuestion {
  /** 1..13 as numbered in the document */
  number: number;
  /** the heading, e.g. 'Doelmatigheid en resultaten' */
  theme: string;
  /** the questions (bullets) under the heading, verbatim */
  questions: string[];
  /** the college's answer ("Beantwoording"), paragraphs separated by "\n\n", lists as "- " items */
  answer: string;
}

export interface SeedProgramme {
  name: string;
  municipality: string;
  /** the programme's own definition of itself and the format intro, verbatim from the document */
  description: string;
  people: SeedPerson[];
  organisations: SeedOrganisation[];
  principles: SeedPrinciple[];
  goals: SeedGoal[];
  efforts: SeedEffort[];
}
