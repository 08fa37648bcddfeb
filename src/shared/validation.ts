/**
 * Zod building blocks shared by the API contracts (steering.ts, cases.ts): Dutch messages, and
 * free text that is refused when it looks like a resident's personal data (PRODUCT.md).
 */
import { z } from 'zod';
import { findPersonalData } from './personal-data';

export const IsoDate = z.iso.date({ error: 'Vul een geldige datum in (jjjj-mm-dd).' });

/** Free text: trimmed, limited, and refused when it looks like a resident's personal data. */
export const Text = (max: number, label: string) =>
  z
    .string({ error: `${label} moet tekst zijn.` })
    .trim()
    .max(max, `${label} mag maximaal ${max} tekens hebben.`)
    .superRefine((value, ctx) => {
      const hit = findPersonalData(value);
      if (hit) ctx.addIssue({ code: 'custom', message: hit.message });
    });

/** Free text that must be filled in (at least 3 characters). */
export const Required = (max: number, label: string) => Text(max, label).min(3, `Vul ${label.toLowerCase()} in (minstens 3 tekens).`);

/** An amount in whole euro cents, 0 … max. */
export const Cents = (max: number, missing = 'Vul een bedrag in.') =>
  z
    .number({ error: missing })
    .int('Een bedrag is een geheel aantal centen.')
    .min(0, 'Een bedrag kan niet negatief zijn.')
    .max(max, 'Dit bedrag is te groot.');

/** A 1–5 score (risk likelihood/impact, life-domain score). */
export const Score = (message: string) => z.number({ error: message }).int(message).min(1, message).max(5, message);

export const Version = z.number().int().min(1);
export const Uuid = z.uuid({ error: 'Ongeldige verwijzing.' });
