/**
 * The project form ("projectformulier") of the programme Brunssum Noord en Oost, in the
 * order the programme uses it. Keys are English identifiers; labels are the form's own
 * Dutch wording (and an English translation for the English UI).
 *
 * `projectName` (Projectnaam) is not in this list: it is the effort's `projectName` column.
 */
export const FORM_FIELDS = [
  { key: 'projectLeader', nl: 'Projectleider', en: 'Project leader' },
  { key: 'commissioner', nl: 'Opdrachtgever', en: 'Commissioner' },
  { key: 'goalContribution', nl: 'Bijdrage aan doelstellingen', en: 'Contribution to goals' },
  { key: 'occasion', nl: 'Aanleiding', en: 'Reason' },
  { key: 'context', nl: 'Context', en: 'Context' },
  { key: 'quality', nl: 'Kwaliteit', en: 'Quality' },
  { key: 'result', nl: 'Resultaat', en: 'Result' },
  { key: 'projectTeam', nl: 'Projectteam + rollen', en: 'Project team + roles' },
  {
    key: 'principleContribution',
    nl: 'Bijdrage aan strategische principes',
    en: 'Contribution to strategic principles',
  },
  { key: 'scope', nl: 'Scope', en: 'Scope' },
  { key: 'delimitation', nl: 'Afbakening', en: 'Delimitation' },
  { key: 'planning', nl: 'Planning', en: 'Planning' },
  { key: 'partners', nl: 'Samenwerkingspartners', en: 'Partners' },
  { key: 'dependencies', nl: 'Afhankelijkheden', en: 'Dependencies' },
  { key: 'budget', nl: 'Budget', en: 'Budget' },
  { key: 'preconditions', nl: 'Randvoorwaarden', en: 'Preconditions' },
  { key: 'communication', nl: 'Communicatie', en: 'Communication' },
  { key: 'risks', nl: "Risico's", en: 'Risks' },
  { key: 'approach', nl: 'Aanpak', en: 'Approach' },
] as const;

export type FormFieldKey = (typeof FORM_FIELDS)[number]['key'];
export const FORM_FIELD_KEYS = FORM_FIELDS.map((f) => f.key) as [FormFieldKey, ...FormFieldKey[]];

/**
 * The state of one form field.
 * - `filled`: the field has text.
 * - `ntb`: "N.t.b." (nog te bepalen): the programme knows the field is still open.
 * - `empty`: nobody has written anything yet (also open).
 */
export const FIELD_STATES = ['filled', 'ntb', 'empty'] as const;
export type FieldState = (typeof FIELD_STATES)[number];

/** Maximum length of one form field's text. */
export const FIELD_MAX_LENGTH = 20_000;
