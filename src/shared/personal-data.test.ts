import { describe, expect, it } from 'vitest';
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
