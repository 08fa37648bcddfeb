import { asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  councilQuestions,
  effortGoals,
  effortOrganisations,
  effortPeople,
  effortPrinciples,
  efforts,
  goals,
  organisations,
  people,
  principles,
  programme,
} from '../../db/schema';
import { AppError } from '../../errors';

const effortRef = { id: efforts.id, code: efforts.code, name: efforts.name };

export async function getProgramme(db: Db) {
  const [p] = await db.select().from(programme).limit(1);
  if (!p) throw new AppError('not_found', 'Er is nog geen programma geladen.');
  const rows = await db.execute<Record<string, number>>(sql`select
    (select count(*)::int from efforts) as efforts,
    (select count(*)::int from efforts where has_form) as forms,
    (select count(distinct f.effort_id)::int from effort_fields f join efforts e on e.id = f.effort_id where e.has_form and f.state <> 'filled') as "formsWithOpenFields",
    (select count(*)::int from effort_fields f join efforts e on e.id = f.effort_id where e.has_form and f.state <> 'filled') as "openFields",
    (select count(*)::int from principles) as principles,
    (select count(*)::int from goals) as goals,
    (select count(*)::int from organisations) as organisations,
    (select count(*)::int from people) as people,
    (select count(*)::int from council_questions) as "councilQuestions"`);
  const counts = (rows as unknown as { rows: Record<string, number>[] }).rows[0]!;
  return {
    name: p.name,
    municipality: p.municipality,
    description: p.description,
    counts: {
      efforts: counts.efforts!,
      forms: counts.forms!,
      formsWithOpenFields: counts.formsWithOpenFields!,
      openFields: counts.openFields!,
      principles: counts.principles!,
      goals: counts.goals!,
      organisations: counts.organisations!,
      people: counts.people!,
      councilQuestions: counts.councilQuestions!,
    },
  };
}

export async function listPrinciples(db: Db) {
  return db
    .select({ id: principles.id, name: principles.name, description: principles.description, effortCount: count(effortPrinciples.effortId) })
    .from(principles)
    .leftJoin(effortPrinciples, eq(effortPrinciples.principleId, principles.id))
    .groupBy(principles.id)
    .orderBy(asc(principles.sortOrder), asc(principles.name));
}

export async function getPrinciple(db: Db, id: string) {
  const [p] = await db.select().from(principles).where(eq(principles.id, id));
  if (!p) throw new AppError('not_found', 'Dit strategisch principe bestaat niet.');
  const list = await db
    .select(effortRef)
    .from(effortPrinciples)
    .innerJoin(efforts, eq(efforts.id, effortPrinciples.effortId))
    .where(eq(effortPrinciples.principleId, id))
    .orderBy(asc(efforts.sortOrder));
  return { id: p.id, name: p.name, description: p.description, effortCount: list.length, efforts: list };
}

export async function listGoals(db: Db) {
  return db
    .select({ id: goals.id, name: goals.name, description: goals.description, effortCount: count(effortGoals.effortId) })
    .from(goals)
    .leftJoin(effortGoals, eq(effortGoals.goalId, goals.id))
    .groupBy(goals.id)
    .orderBy(asc(goals.sortOrder), asc(goals.name));
}

export async function getGoal(db: Db, id: string) {
  const [g] = await db.select().from(goals).where(eq(goals.id, id));
  if (!g) throw new AppError('not_found', 'Deze doelstelling bestaat niet.');
  const list = await db
    .select(effortRef)
    .from(effortGoals)
    .innerJoin(efforts, eq(efforts.id, effortGoals.effortId))
    .where(eq(effortGoals.goalId, id))
    .orderBy(asc(efforts.sortOrder));
  return { id: g.id, name: g.name, description: g.description, effortCount: list.length, efforts: list };
}

export async function listOrganisations(db: Db) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      description: organisations.description,
      effortCount: sql<number>`count(distinct ${effortOrganisations.effortId})::int`,
    })
    .from(organisations)
    .leftJoin(effortOrganisations, eq(effortOrganisations.organisationId, organisations.id))
    .groupBy(organisations.id)
    .orderBy(asc(organisations.name));
}

export async function getOrganisation(db: Db, id: string) {
  const [o] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!o) throw new AppError('not_found', 'Deze organisatie bestaat niet.');
  const [links, staff] = await Promise.all([
    db
      .select({ ...effortRef, role: effortOrganisations.role, description: effortOrganisations.description })
      .from(effortOrganisations)
      .innerJoin(efforts, eq(efforts.id, effortOrganisations.effortId))
      .where(eq(effortOrganisations.organisationId, id))
      .orderBy(asc(efforts.sortOrder)),
    db.select({ id: people.id, name: people.name }).from(people).where(eq(people.organisationId, id)).orderBy(asc(people.name)),
  ]);
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    description: o.description,
    effortCount: new Set(links.map((l) => l.id)).size,
    efforts: links,
    people: staff,
  };
}

export async function listPeople(db: Db) {
  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      kind: people.kind,
      title: people.title,
      orgId: organisations.id,
      orgName: organisations.name,
      roleCount: sql<number>`(select count(*)::int from effort_people ep where ep.person_id = people.id)`,
    })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .orderBy(asc(people.kind), asc(people.name));
  return rows.map(({ orgId, orgName, ...r }) => ({ ...r, organisation: orgId && orgName ? { id: orgId, name: orgName } : null }));
}

export async function getPerson(db: Db, id: string) {
  const all = await listPeople(db);
  const p = all.find((x) => x.id === id);
  if (!p) throw new AppError('not_found', 'Deze persoon bestaat niet.');
  const roles = await db
    .select({ ...effortRef, role: effortPeople.role, description: effortPeople.description })
    .from(effortPeople)
    .innerJoin(efforts, eq(efforts.id, effortPeople.effortId))
    .where(eq(effortPeople.personId, id))
    .orderBy(asc(efforts.sortOrder), asc(effortPeople.role));
  return { ...p, roles };
}

export async function listCouncilQuestions(db: Db) {
  return db
    .select({
      id: councilQuestions.id,
      number: councilQuestions.number,
      faction: councilQuestions.faction,
      subject: councilQuestions.subject,
      theme: councilQuestions.theme,
      questions: councilQuestions.questions,
      answer: councilQuestions.answer,
    })
    .from(councilQuestions)
    .orderBy(asc(councilQuestions.subject), asc(councilQuestions.number));
}
