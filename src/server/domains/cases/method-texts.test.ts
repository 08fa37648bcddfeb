import { describe, expect, it } from 'vitest';
import { SIGNAL_SIMILARITY_THRESHOLD } from '../../../shared/cases';
import { casesNl } from '../../../shared/i18n/cases.nl';
import { METHOD_PROTECTED as DASHBOARD } from './aggregates';
import { METHOD_PROTECTED as BUDGET } from './budget';
import { METHOD_PROTECTED as LEARNING } from './learning';
import { SUGGESTION_METHOD } from './signals';

// The API explains its suppression in Dutch (`method`); the UI shows the same rule from its message
// catalogue so that it can be translated. The Dutch texts must stay the same as the server's.
describe('the UI explains suppression exactly as the server applies it', () => {
  it('dashboard, budget, learning view and suggestions', () => {
    expect(casesNl['caseStats.method.dashboard']).toBe(DASHBOARD);
    expect(casesNl['caseStats.method.budget']).toBe(BUDGET);
    expect(casesNl['caseStats.method.learning']).toBe(LEARNING);
    expect(casesNl['suggestions.method'].replace('{threshold}', String(SIGNAL_SIMILARITY_THRESHOLD))).toBe(SUGGESTION_METHOD);
  });
});
