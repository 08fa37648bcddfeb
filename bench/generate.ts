/**
 * Deterministic data generator for the benchmarks. Adds a synthetic programme on top of the
 * seeded Brunssum programme: efforts with full project forms, their links, and change-log rows.
 * Everything it adds is named "Benchmark…" so it can never be mistaken for real data.
 *
 *   realistic: 60 efforts (≈ two programmes like Brunssum's), 2,000 change-log rows
 *   large:     500 efforts, 50,000 change-log rows (the scale)
 */
import { changeLog, effortFields, effortGoals, effortOrganisations, effortPeople, effortPrinciples, efforts, goals, organisations, people, principles } from '../src/server/db/schema';
import type { Db } from '../src/server/db/client';
import { FORM_FIELDS, type FormFieldKey } from '../src/shared/form-fields';

export const SCALES = {
  realistic: { efforts: 60, changeLogRows: 2_000 },
  large: { efforts: 500, changeLogRows: 50_000 },
} as const;
export type Scale = keyof typeof SCALES;

/** mulberry32: small, fast, deterministic PRNG */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'inwoners wijk bestaanszekerheid eigen regie vertrouwen samenwerking partners gemeente Brunssum Noord Oost ' +
  'ambassadeurs schuldhulp armoede gezondheid jongeren ouderen energie wonen buurt participatie casuistiek ' +
  'zorg welzijn preventie netwerk aanpak resultaat evaluatie budget Regiodeal planning doelgroep ' +
  'ondersteuning toegang knelpunt leren verbinden sturing monitoring signalen ontmoeting vrijwilligers'
).split(' ');

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand: () => number, minWords: number, maxWords: number): string {
  let total = minWords + Math.floor(rand() * (maxWords - minWords));
  const parts: string[] = [];
  while (total > 0) {
    const n = Math.min(total, 8 + Math.floor(rand() * 12));
    parts.push(sentence(rand, n));
    total -= n;
  }
  return parts.join(' ');
}

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Adds the benchmark programme. Returns the id of the effort with the most history. */
export async function generate(db: Db, scale: Scale, seed = 20261125): Promise<{ busiestEffortId: string; efforts: number; changeLogRows: number }> {
  const rand = prng(seed);
  const { efforts: effortCount, changeLogRows } = SCALES[scale];
  const [ppl, orgs, prs, gls] = await Promise.all([
    db.select({ id: people.id, name: people.name }).from(people),
    db.select({ id: organisations.id }).from(organisations),
    db.select({ id: principles.id }).from(principles),
    db.select({ id: goals.id }).from(goals),
  ]);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;

  // Programme lines of 1 main effort + 4 sub-efforts, numbered after the real programme (9, 10, …).
  const effortRows: (typeof efforts.$inferInsert)[] = [];
  let n = 0;
  for (let line = 0; n < effortCount; line++) {
    const code = String(9 + line);
    const mainId = crypto.randomUUID();
    const name = `Benchmark-inspanning ${code}: ${sentence(rand, 4).slice(0, -1)}`;
    effortRows.push({ id: mainId, code, name, projectName: name, hasForm: true, sortOrder: 10_000 + n });
    n++;
    for (let s = 0; s < 4 && n < effortCount; s++, n++) {
      const subCode = `${code}.${LETTERS[s]}`;
      const subName = `Benchmark-deelinspanning ${subCode}: ${sentence(rand, 3).slice(0, -1)}`;
      effortRows.push({ id: crypto.randomUUID(), code: subCode, parentId: mainId, name: subName, projectName: subName, hasForm: true, sortOrder: 10_000 + n });
    }
  }
  // parents before children
  await insertChunked(effortRows, 200, (c) => db.insert(efforts).values(c));

  const fieldRows: (typeof effortFields.$inferInsert)[] = [];
  const peopleRows: (typeof effortPeople.$inferInsert)[] = [];
  const orgRows: (typeof effortOrganisations.$inferInsert)[] = [];
  const principleRows: (typeof effortPrinciples.$inferInsert)[] = [];
  const goalRows: (typeof effortGoals.$inferInsert)[] = [];
  for (const e of effortRows) {
    for (const f of FORM_FIELDS) {
      const open = rand() < 0.08;
      fieldRows.push({ effortId: e.id!, fieldKey: f.key, state: open ? 'ntb' : 'filled', value: open ? '' : paragraph(rand, 30, 160) });
    }
    const chosenPeople = new Set([pick(ppl).id, pick(ppl).id, pick(ppl).id]);
    [...chosenPeople].forEach((personId, i) =>
      peopleRows.push({ effortId: e.id!, personId, role: i === 0 ? 'projectleider' : i === 1 ? 'opdrachtgever' : 'projectteam' }),
    );
    for (const organisationId of new Set([pick(orgs).id, pick(orgs).id])) orgRows.push({ effortId: e.id!, organisationId, role: 'samenwerkingspartner' });
    for (const principleId of new Set([pick(prs).id, pick(prs).id])) principleRows.push({ effortId: e.id!, principleId });
    for (const goalId of new Set([pick(gls).id, pick(gls).id])) goalRows.push({ effortId: e.id!, goalId });
  }
  await insertChunked(fieldRows, 1000, (c) => db.insert(effortFields).values(c));
  await insertChunked(peopleRows, 1000, (c) => db.insert(effortPeople).values(c));
  await insertChunked(orgRows, 1000, (c) => db.insert(effortOrganisations).values(c));
  await insertChunked(principleRows, 1000, (c) => db.insert(effortPrinciples).values(c));
  await insertChunked(goalRows, 1000, (c) => db.insert(effortGoals).values(c));

  // Change log: skewed so that a few efforts carry much history (as in real use); the busiest
  // effort gets ~5% of all rows, which the history benchmark reads.
  const busiest = effortRows[0]!;
  const start = Date.UTC(2025, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const logRows: (typeof changeLog.$inferInsert)[] = [];
  for (let i = 0; i < changeLogRows; i++) {
    const e = rand() < 0.05 ? busiest : effortRows[Math.floor(Math.pow(rand(), 2) * effortRows.length)]!;
    const field = pick<{ key: FormFieldKey }>(FORM_FIELDS).key;
    const before = paragraph(rand, 20, 80);
    const after = `${before} ${sentence(rand, 10)}`;
    logRows.push({
      at: new Date(start + Math.floor((i / changeLogRows) * span)),
      actorLabel: pick(ppl).name,
      entityType: 'effort',
      entityId: e.id!,
      entityLabel: `${e.code} ${e.name}`,
      action: 'update',
      field,
      before: { state: 'filled', value: before },
      after: { state: 'filled', value: after },
    });
  }
  await insertChunked(logRows, 1000, (c) => db.insert(changeLog).values(c));
  return { busiestEffortId: busiest.id!, efforts: effortRows.length, changeLogRows };
}
