import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import { type Action, POLICIES, abilitiesFor, allows, canEditEffort, canSeeCase } from '.';

const actor = (role: Role, personId: string | null = null) => ({ id: 'u', role, personId, displayName: role });

// The expected matrix, written out by hand: a change to POLICIES must be a change here too.
const EXPECTED: Record<Action, Role[] | 'everyone'> = {
  public: 'everyone',
  'session.own': [...ROLES],
  'programme.read': [...ROLES],
  'effort.edit': ['programmamanager', 'projectleider'],
  'steering.edit': ['programmamanager', 'projectleider'],
  'evaluation.decide': ['programmamanager'],
  'finance.sources.edit': ['programmamanager'],
  'audit.read': ['programmamanager', 'beheerder'],
  'users.read': ['beheerder'],
  'cases.read': ['programmamanager', 'casusregisseur'],
  'cases.write': ['programmamanager', 'casusregisseur'],
  'cases.open': [...ROLES],
  'cases.decide': ['programmamanager'],
  'cases.processing-log': ['programmamanager'],
  'cases.aggregate': [...ROLES],
  'cases.aggregate.exact': ['programmamanager'],
  'cases.budget.edit': ['programmamanager'],
  'monitoring.read': [...ROLES],
  'monitoring.import': ['programmamanager', 'beheerder'],
  'monitoring.values.edit': ['programmamanager', 'projectleider'],
  'monitoring.areas.edit': ['programmamanager'],
  'voice.read': [...ROLES],
  'voice.edit': ['programmamanager', 'projectleider'],
};

describe('policy map', () => {
  it('covers exactly the expected actions', () => {
    expect(Object.keys(POLICIES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Action[]) {
    it(`${action}: the right roles and only those`, () => {
      const expected = EXPECTED[action];
      for (const role of ROLES) {
        expect(allows(actor(role), action), `${role} → ${action}`).toBe(expected === 'everyone' || expected.includes(role));
      }
      expect(allows(null, action), `anonymous → ${action}`).toBe(expected === 'everyone');
    });
  }
});

describe('canEditEffort', () => {
  it('lets the programme manager edit every effort', () => {
    expect(canEditEffort(actor('programmamanager'), [])).toBe(true);
  });
  it('lets a project leader edit only efforts they lead (directly or through a parent)', () => {
    expect(canEditEffort(actor('projectleider', 'p1'), ['p1', 'p2'])).toBe(true);
    expect(canEditEffort(actor('projectleider', 'p1'), ['p2'])).toBe(false);
    expect(canEditEffort(actor('projectleider', null), [])).toBe(false);
  });
  it('never lets readers edit, even when linked as leader', () => {
    for (const role of ['raadslid', 'ambassadeur', 'partner', 'casusregisseur', 'beheerder'] as const) {
      expect(canEditEffort(actor(role, 'p1'), ['p1'])).toBe(false);
    }
    expect(canEditEffort(null, ['p1'])).toBe(false);
  });
  it('tells the UI what each role may do', () => {
    expect(abilitiesFor(actor('programmamanager')).editEfforts).toBe('all');
    expect(abilitiesFor(actor('projectleider')).editEfforts).toBe('own');
    expect(abilitiesFor(actor('raadslid')).editEfforts).toBe('none');
    expect(abilitiesFor(actor('beheerder')).readAudit).toBe(true);
    expect(abilitiesFor(actor('ambassadeur')).readAudit).toBe(false);
  });
});

describe('canSeeCase (need-to-know)', () => {
  it('lets the programme manager see every case', () => {
    expect(canSeeCase({ ...actor('programmamanager'), id: 'pm' }, [])).toBe(true);
  });
  it('lets a case worker see only cases whose team they are on', () => {
    expect(canSeeCase({ ...actor('casusregisseur'), id: 'cr' }, ['cr', 'x'])).toBe(true);
    expect(canSeeCase({ ...actor('casusregisseur'), id: 'cr' }, ['x'])).toBe(false);
  });
  it('never lets other roles see a case, even when listed on its team', () => {
    for (const role of ['projectleider', 'ambassadeur', 'partner', 'raadslid', 'beheerder'] as const) {
      expect(canSeeCase({ ...actor(role), id: 'u' }, ['u'])).toBe(false);
    }
    expect(canSeeCase(null, ['u'])).toBe(false);
  });
  it('tells the UI which cases a role sees', () => {
    expect(abilitiesFor(actor('programmamanager')).readCases).toBe('all');
    expect(abilitiesFor(actor('casusregisseur')).readCases).toBe('team');
    expect(abilitiesFor(actor('raadslid')).readCases).toBe('none');
    expect(abilitiesFor(actor('raadslid')).exactCaseAggregates).toBe(false);
  });
  it('tells the UI who sets the Tussen Wal en Schip budget: exactly who the policy of PUT /tws-budget/{year} allows', () => {
    for (const role of ROLES) expect(abilitiesFor(actor(role)).setTwsBudget, role).toBe(allows(actor(role), 'cases.budget.edit'));
    expect(abilitiesFor(actor('programmamanager')).setTwsBudget).toBe(true);
    expect(abilitiesFor(actor('casusregisseur')).setTwsBudget).toBe(false);
  });
});
