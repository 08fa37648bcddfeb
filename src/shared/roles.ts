/** The roles of Koers (PRODUCT.md). Identifiers are the Dutch role names the UI uses. */
export const ROLES = [
  'programmamanager',
  'projectleider',
  'casusregisseur',
  'ambassadeur',
  'partner',
  'raadslid',
  'beheerder',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  programmamanager: { nl: 'Programmamanager', en: 'Programme manager' },
  projectleider: { nl: 'Projectleider', en: 'Project leader' },
  casusregisseur: { nl: 'Casusregisseur', en: 'Case worker' },
  ambassadeur: { nl: 'Ambassadeur', en: 'Ambassador' },
  partner: { nl: 'Partner', en: 'Partner' },
  raadslid: { nl: 'Raadslid / lezer', en: 'Council member / reader' },
  beheerder: { nl: 'Beheerder', en: 'Administrator' },
};
