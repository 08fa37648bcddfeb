import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPersonalData, passesElfproef } from './personal-data';

describe('passesElfproef', () => {
  it('accepts valid BSNs and rejects others', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
  });
});

describe('findPersonalData', () => {
  it.each([
    ['BSN 111222333 in tekst', 'bsn'],
    ['nummer 1234.56.782 genoemd', 'bsn'],
    ['mail naar j.jansen@example.nl', 'email'],
    ['bel 06-12345678', 'phone'],
    ['bel +31 45 123 4567', 'phone'],
    ['woont op 6441 AB 12', 'address'],
    ['woont op 6441AB, 12a', 'address'],
  ])('flags %s as %s', (text, kind) => {
    expect(findPersonalData(text)?.kind).toBe(kind);
  });

  it.each([
    'Er is een jaarlijks werkbudget van €100.000,-.',
    '20% aardgasreductie in 2030 ten opzichte van 2020.',
    'Start op 17 april 2025, looptijd 4-5 jaar.',
    'Nummer 123456789 faalt de elfproef.',
    'In 2050 aardgasvrij; 3 tot 4 contactmomenten per jaar.',
  ])('leaves ordinary programme text alone: %s', (text) => {
    expect(findPersonalData(text)).toBeNull();
  });
});

describe('findPersonalData: dates of birth', () => {
  it.each([
    'geboren 12-03-1984',
    'Inwoner (geb. 12 maart 1984) woont alleen.',
    'geboortedatum 1984-03-12',
    'Geboortedatum: 12/03/1984',
    'geb 1-2-84, alleenstaand',
    'geb.datum 12.03.1984',
    'geboren op 3 mei 1984',
    'geboren op de 12 mrt. 1984',
    'DOB 12-03-1984',
  ])('flags %s', (text) => {
    expect(findPersonalData(text)?.kind).toBe('birthdate');
  });

  it.each([
    'besluit op 12-03-2026',
    'Intake 2026-03-12, besloten 12 maart 2026.',
    'Geboorte van een kind verwacht in maart; intake op 12-03-2026.',
    'Gebied: 12 woningen, 3 maart 2026 opgeleverd.',
    'Het geboorteverlof loopt tot 1 april 2026.',
  ])('leaves ordinary dates alone: %s', (text) => {
    expect(findPersonalData(text)).toBeNull();
  });
});

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const dateParts = fc.record({ y: fc.integer({ min: 1900, max: 2026 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
const pad = (n: number) => String(n).padStart(2, '0');
const formats = [
  ({ y, m, d }: { y: number; m: number; d: number }) => `${pad(d)}-${pad(m)}-${y}`,
  ({ y, m, d }: { y: number; m: number; d: number }) => `${d}/${m}/${y}`,
  ({ y, m, d }: { y: number; m: number; d: number }) => `${pad(d)}.${pad(m)}.${y}`,
  ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`,
  ({ y, m, d }: { y: number; m: number; d: number }) => `${d} ${MONTH_NAMES[m - 1]} ${y}`,
];
const aDate = fc.tuple(dateParts, fc.integer({ min: 0, max: formats.length - 1 })).map(([p, f]) => formats[f]!(p));

describe('findPersonalData: properties (fast-check)', () => {
  it('flags every date after a birth cue, in every format', () => {
    const cue = fc.constantFrom('geboren', 'Geboren op', 'geb.', 'geb', 'geboortedatum', 'Geboortedatum:', 'geb.datum', '(geb.');
    const words = fc.constantFrom('', 'Inwoner ', 'Alleenstaande vader, ', 'Situatie: ');
    fc.assert(
      fc.property(words, cue, aDate, (before, c, date) => {
        expect(findPersonalData(`${before}${c} ${date} en verder`)?.kind).toBe('birthdate');
      }),
    );
  });

  it('leaves a date without a birth cue alone', () => {
    const lead = fc.constantFrom('besluit op', 'intake', 'afgesloten op', 'nazorg tot', 'aangemeld', 'Casusoverleg van', 'uitgevoerd per');
    fc.assert(
      fc.property(lead, aDate, (l, date) => {
        expect(findPersonalData(`${l} ${date}.`)).toBeNull();
      }),
    );
  });

  it('flags every nine-digit number that passes the 11-test, and no other nine digits as a BSN', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (digits) => {
        const hit = findPersonalData(`nummer ${digits} genoemd`);
        if (passesElfproef(digits)) expect(hit?.kind).toBe('bsn');
        else expect(hit?.kind === 'bsn').toBe(false);
      }),
    );
  });

  it('never throws and always answers with a known kind or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const hit = findPersonalData(text);
        expect(hit === null || ['bsn', 'email', 'phone', 'address', 'birthdate'].includes(hit.kind)).toBe(true);
        if (hit) expect(text).toContain(hit.match);
      }),
    );
  });
});
