import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { FORM_FIELD_KEYS } from '../../shared/form-fields';
import type { Role } from '../../shared/roles';
import { hashPassword } from '../auth/passwords';
import { type ChangeEntry, recordChanges } from '../audit/change-log';
import type { Db, DbOrTx, Tx } from '../db/client';
import {
  budgetLines,
  councilQuestions,
  dependencies,
  effortFields,
  effortGoals,
  effortOrganisations,
  effortPeople,
  effortPrinciples,
  efforts,
  fundingSources,
  goals,
  milestones,
  organisations,
  people,
  principles,
  programme,
  resultGoals,
  results,
  risks,
  users,
} from '../db/schema';
import { councilQuestions as seedQuestions, councilQuestionsFaction, councilQuestionsSubject } from './brunssum/council-questions';
import { programme as seedProgramme } from './brunssum/programme';
import * as steering from './brunssum/steering';
import { seedMonitoring } from '../domains/monitoring/seed';
import { seedStoryThemes } from '../domains/monitoring/voice-service';
import { NTB, type SeedProgramme } from './brunssum/types';

/** True when the programme has been loaded before. */
export async function isSeeded(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(programme);
  return (row?.n ?? 0) > 0;
}

/**
 * Loads the programme Brunssum Noord en Oost as the seed documents describe it, in one
 * transaction (all or nothing). Every created effort gets a 'create' row in the change log.
 */
export async function seedProgrammeData(db: Db, data: SeedProgramme = seedProgramme): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(programme).values({ id: 1, name: data.name, municipality: data.municipality, description: data.description });

    const orgIds = new Map<string, string>();
    for (const o of data.organisations) {
      const [row] = await tx
        .insert(organisations)
        .values({ key: o.key, name: o.name, kind: o.kind, description: o.description ?? '' })
        .returning({ id: organisations.id });
      orgIds.set(o.key, row!.id);
    }
    const personIds = new Map<string, string>();
    for (const p of data.people) {
      const [row] = await tx
        .insert(people)
        .values({ key: p.key, name: p.name, kind: p.kind, title: p.title ?? '', organisationId: p.organisationKey ? orgIds.get(p.organisationKey) : null })
        .returning({ id: people.id });
      personIds.set(p.key, row!.id);
    }
    const principleIds = new Map<string, string>();
    for (const [i, p] of data.principles.entries()) {
      const [row] = await tx
        .insert(principles)
        .values({ key: p.key, name: p.name, description: p.description ?? '', sortOrder: i })
        .returning({ id: principles.id });
      principleIds.set(p.key, row!.id);
    }
    const goalIds = new Map<string, string>();
    for (const [i, g] of data.goals.entries()) {
      const [row] = await tx
        .insert(goals)
        .values({ key: g.key, name: g.name, description: g.description ?? '', sortOrder: i })
        .returning({ id: goals.id });
      goalIds.set(g.key, row!.id);
    }

    const effortIds = new Map<string, string>();
    for (const [i, e] of data.efforts.entries()) {
      const parentId = e.parentCode ? effortIds.get(e.parentCode) : null;
      if (e.parentCode && !parentId) throw new Error(`seed: parent ${e.parentCode} of ${e.code} must come first`);
      const hasForm = e.form !== undefined;
      const [row] = await tx
        .insert(efforts)
        .values({ code: e.code, name: e.name, parentId, sortOrder: i, projectName: e.projectName ?? null, hasForm })
        .returning({ id: efforts.id });
      const id = row!.id;
      effortIds.set(e.code, id);
      await tx.insert(effortFields).values(
        FORM_FIELD_KEYS.map((key) => {
          const v = e.form?.[key];
          if (v === undefined) return { effortId: id, fieldKey: key, state: 'empty' as const, value: '' };
          if (v.trim() === NTB) return { effortId: id, fieldKey: key, state: 'ntb' as const, value: '' };
          return { effortId: id, fieldKey: key, state: 'filled' as const, value: v };
        }),
      );
      const need = <T>(m: Map<string, T>, k: string, what: string) => {
        const v = m.get(k);
        if (v === undefined) throw new Error(`seed: unknown ${what} '${k}' on effort ${e.code}`);
        return v;
      };
      if (e.people?.length) {
        await tx
          .insert(effortPeople)
          .values(e.people.map((p) => ({ effortId: id, personId: need(personIds, p.personKey, 'person'), role: p.role, description: p.description ?? '' })))
          .onConflictDoNothing();
      }
      if (e.organisations?.length) {
        await tx
          .insert(effortOrganisations)
          .values(
            e.organisations.map((o) => ({
              effortId: id,
              organisationId: need(orgIds, o.organisationKey, 'organisation'),
              role: o.role,
              description: o.description ?? '',
            })),
          )
          .onConflictDoNothing();
      }
      if (e.principleKeys?.length) {
        await tx
          .insert(effortPrinciples)
          .values([...new Set(e.principleKeys)].map((k) => ({ effortId: id, principleId: need(principleIds, k, 'principle') })));
      }
      if (e.goalKeys?.length) {
        await tx.insert(effortGoals).values([...new Set(e.goalKeys)].map((k) => ({ effortId: id, goalId: need(goalIds, k, 'goal') })));
      }
    }
    await recordChanges(
      tx,
      null,
      data.efforts.map((e) => ({
        entityType: 'effort',
        entityId: effortIds.get(e.code)!,
        entityLabel: `${e.code} ${e.name}`,
        action: 'create' as const,
        after: { source: 'Overzicht inspanningen (brondocument)' },
      })),
    );

    await seedSteering(tx, data, effortIds, goalIds);

    await tx.insert(councilQuestions).values(
      seedQuestions.map((q) => ({
        number: q.number,
        faction: councilQuestionsFaction,
        subject: councilQuestionsSubject,
        theme: q.theme,
        questions: q.questions,
        answer: q.answer,
      })),
    );

    await seedMonitoring(tx);
    // the standard theme codes of stories (the monitoring themes)
    await seedStoryThemes(tx);
  });
}

export const DEMO_ACCOUNTS: { email: string; role: Role; displayName: string; personKey?: string }[] = [
  { email: 'programmamanager@koers.test', role: 'programmamanager', displayName: 'Demo programmamanager' },
  // leads effort 1 (Verduurzaming woningen) through the seeded person Daniélle Grolleman
  { email: 'projectleider@koers.test', role: 'projectleider', displayName: 'Demo projectleider', personKey: 'danielle-grolleman' },
  { email: 'casusregisseur@koers.test', role: 'casusregisseur', displayName: 'Demo casusregisseur' },
  { email: 'ambassadeur@koers.test', role: 'ambassadeur', displayName: 'Demo ambassadeur' },
  { email: 'partner@koers.test', role: 'partner', displayName: 'Demo partner' },
  { email: 'raadslid@koers.test', role: 'raadslid', displayName: 'Demo raadslid' },
  { email: 'beheerder@koers.test', role: 'beheerder', displayName: 'Demo beheerder' },
];

/**
 * Creates one demo account per role (not in production). Returns the generated password when
 * none was configured, so main.ts can print it once.
 */
export async function seedDemoAccounts(db: Db, configuredPassword?: string): Promise<{ created: number; generatedPassword?: string }> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.isDemo, true));
  if ((existing?.n ?? 0) > 0) return { created: 0 };
  const password = configuredPassword ?? randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    for (const a of DEMO_ACCOUNTS) {
      let personId: string | null = null;
      if (a.personKey) {
        const [p] = await tx.select({ id: people.id }).from(people).where(eq(people.key, a.personKey));
        personId = p?.id ?? null;
      }
      await tx.insert(users).values({ email: a.email, role: a.role, displayName: a.displayName, passwordHash, personId, isDemo: true });
    }
  });
  return { created: DEMO_ACCOUNTS.length, generatedPassword: configuredPassword ? undefined : password };
}

/** Results, milestones, risks, dependencies, funding and life cycle from the forms (seed/brunssum/steering.ts). */
async function seedSteering(tx: Tx, data: SeedProgramme, effortIds: Map<string, string>, goalIds: Map<string, string>) {
  const effort = (code: string) => {
    const id = effortIds.get(code);
    if (!id) throw new Error(`seed: unknown effort '${code}' in steering data`);
    return id;
  };
  const log: ChangeEntry[] = [];
  const label = (code: string) => `${code} ${data.efforts.find((e) => e.code === code)?.name ?? ''}`;

  for (const [code, l] of Object.entries(steering.lifecycle)) {
    await tx
      .update(efforts)
      .set({ lifecycle: l.lifecycle, plannedStart: l.plannedStart ?? null, plannedEnd: l.plannedEnd ?? null })
      .where(eq(efforts.id, effort(code)));
    log.push({ entityType: 'effort', entityId: effort(code), entityLabel: label(code), action: 'update', field: 'lifecycle', before: null, after: l.lifecycle });
  }
  for (const [i, r] of steering.results.entries()) {
    const [row] = await tx
      .insert(results)
      .values({
        effortId: effort(r.effort),
        description: r.description,
        measure: r.measure ?? '',
        baseline: r.baseline ?? '',
        target: r.target ?? '',
        targetKind: r.targetKind ?? 'qualitative',
        deadline: r.deadline ?? null,
        sortOrder: i,
      })
      .returning({ id: results.id });
    if (r.goalKeys?.length) {
      await tx.insert(resultGoals).values(
        r.goalKeys.map((k) => {
          const goalId = goalIds.get(k);
          if (!goalId) throw new Error(`seed: unknown goal '${k}'`);
          return { resultId: row!.id, goalId };
        }),
      );
    }
    log.push({ entityType: 'result', entityId: row!.id, entityLabel: label(r.effort), effortId: effort(r.effort), action: 'create', after: { description: r.description } });
  }
  for (const m of steering.milestones) {
    const [row] = await tx
      .insert(milestones)
      .values({ effortId: effort(m.effort), title: m.title, date: m.date, description: m.description ?? '' })
      .returning({ id: milestones.id });
    log.push({ entityType: 'milestone', entityId: row!.id, entityLabel: label(m.effort), effortId: effort(m.effort), action: 'create', after: { title: m.title, date: m.date } });
  }
  // one risk per list item of every form's Risico's (unscored: the document does not score them)
  for (const e of data.efforts) {
    const text = e.form?.risks;
    if (!text || text.trim() === NTB) continue;
    const items = text.split('\n').some((l) => l.startsWith('- '))
      ? text.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim())
      : [text.trim()];
    for (const description of items) {
      if (/^nog niet duidelijk$/i.test(description)) continue;
      const [row] = await tx.insert(risks).values({ effortId: effort(e.code), description }).returning({ id: risks.id });
      log.push({ entityType: 'risk', entityId: row!.id, entityLabel: label(e.code), effortId: effort(e.code), action: 'create', after: { description } });
    }
  }
  for (const d of steering.dependencies) {
    const [row] = await tx
      .insert(dependencies)
      .values({
        effortId: effort(d.effort),
        dependsOnEffortId: d.dependsOn ? effort(d.dependsOn) : null,
        externalFactor: d.externalFactor ?? null,
        description: d.description ?? '',
      })
      .returning({ id: dependencies.id });
    log.push({ entityType: 'dependency', entityId: row!.id, entityLabel: label(d.effort), effortId: effort(d.effort), action: 'create', after: { dependsOn: d.dependsOn ?? d.externalFactor } });
  }
  const sourceIds = new Map<string, string>();
  for (const f of steering.fundingSources) {
    const [row] = await tx
      .insert(fundingSources)
      .values({ key: f.key, name: f.name, description: f.description, startDate: f.startDate ?? null, endDate: f.endDate ?? null, status: f.status })
      .returning({ id: fundingSources.id });
    sourceIds.set(f.key, row!.id);
    log.push({ entityType: 'funding_source', entityId: row!.id, entityLabel: f.name, action: 'create', after: { name: f.name, status: f.status } });
  }
  for (const b of steering.budgetLines) {
    const [row] = await tx
      .insert(budgetLines)
      .values({
        effortId: effort(b.effort),
        fundingSourceId: b.source ? sourceIds.get(b.source)! : null,
        year: b.year,
        description: b.description,
        plannedCents: b.plannedCents,
      })
      .returning({ id: budgetLines.id });
    log.push({ entityType: 'budget_line', entityId: row!.id, entityLabel: label(b.effort), effortId: effort(b.effort), action: 'create', after: { year: b.year, plannedCents: b.plannedCents } });
  }
  await recordChanges(tx, null, log);
}
