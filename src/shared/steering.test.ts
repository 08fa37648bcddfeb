import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DECISION_LIFECYCLE, DECISIONS, DecisionInput, formatCents, parseEuroToCents, ResultInput } from './steering';

describe('money: exact euro cents', () => {
  it('parses Dutch amounts', () => {
    expect(parseEuroToCents('1.234,56')).toBe(123456);
    expect(parseEuroToCents('€ 100.000,-')).toBe(10_000_000);
    expect(parseEuroToCents('250')).toBe(25_000);
    expect(parseEuroToCents('0,1')).toBe(10);
    expect(parseEuroToCents('12,05')).toBe(1205);
  });

  it('refuses what is not an amount', () => {
    for (const s of ['', 'tien euro', '1,234.56', '12,345', '1.23', '1..000', ',']) expect(parseEuroToCents(s), s).toBeNull();
  });

  it('formats Dutch and English', () => {
    expect(formatCents(123456)).toBe('€ 1.234,56');
    expect(formatCents(5)).toBe('€ 0,05');
    expect(formatCents(100_000_000_00, 'en')).toBe('€ 100,000,000.00');
  });

  it('round-trips every amount exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (cents) => {
        expect(parseEuroToCents(formatCents(cents))).toBe(cents);
      }),
    );
  });
});

describe('decisions', () => {
  it('every decision moves the life cycle somewhere', () => {
    for (const d of DECISIONS) expect(DECISION_LIFECYCLE[d]).toBeTruthy();
    expect(DECISION_LIFECYCLE.overdragen).toBe('overgedragen');
    expect(DECISION_LIFECYCLE.stoppen).toBe('gestopt');
  });

  it('a hand-over needs the line owner', () => {
    const base = { version: 1, decision: 'overdragen', reasons: 'Het werkt', decidedBy: 'Stuurgroep', decidedOn: '2026-10-01' };
    expect(DecisionInput.safeParse(base).success).toBe(false);
    expect(DecisionInput.safeParse({ ...base, lineOwner: 'Team Wmo' }).success).toBe(true);
  });

  it('a result refuses personal data in any free-text field (property: any BSN-like number)', () => {
    const validBsn = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
      .map((d) => {
        const sum = d.reduce((s, x, i) => s + x * (9 - i), 0);
        const last = sum % 11;
        return last === 10 ? null : [...d, last].join('');
      })
      .filter((x): x is string => x !== null && x !== '000000000');
    fc.assert(
      fc.property(validBsn, (bsn) => {
        expect(ResultInput.safeParse({ description: `Casus van inwoner ${bsn}` }).success).toBe(false);
      }),
    );
  });
});
