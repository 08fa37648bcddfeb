/**
 * The loaded database against the seed documents: every effort's name, every filled field,
 * every council answer is checked against the text of the documents in brunssum/source/.
 * (Normalised: case, diacritics, punctuation, bullets and line breaks ignored; the few OCR
 * corrections are listed below and in docs/decisions/0002-seed-transcription.md.)
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffortDetail } from '../../shared/api';
import { type TestContext, createTestContext } from '../test/harness';

/** OCR misreadings in the source text → what the document means (applied to the source only). */
export const OCR_CORRECTIONS: [RegExp, string][] = [
  [/ledere/g, 'Iedere'],
  [/ledereen/g, 'Iedereen'],
  [/Tlelijn/g, '1e lijn'],
  [/Te schil/g, '1e schil'],
  [/Erligt/g, 'Er ligt'],
  [/Eris een/g, 'Er is een'],
  [/\n\neris\./g, ' er is.'],
  [/gecoodrdineerde/g, 'gecoördineerde'],
  [/derichting/g, 'de richting'],
  [/0\.a\./g, 'o.a.'],
  [/iedere stem teit/g, 'iedere stem telt'],
  [/ren zichtbaar/g, 'en zichtbaar'],
  [/beinvioeden/g, 'beïnvloeden'],
  [/zieckmakende/g, 'ziekmakende'],
  [/voor de\s+de uitvoering/g, 'voor de uitvoering'],
  [/OP\s+deze manier/g, 'Op deze manier'],
];

const source = (name: string) => {
  let text = readFileSync(new URL(`./brunssum/source/${name}`, import.meta.url), 'utf8');
  for (const [from, to] of OCR_CORRECTIONS) text = text.replace(from, to);
  return normalise(text.replace(/-\n(?=[a-zà-ÿ])/g, ''));
};
/** letters and digits only, lower case, without diacritics */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const overview = source('overzicht-inspanningen.txt');
const council = source('raadsvragen-vvd.txt');

/** the pieces of a field: list items and paragraphs, without bullets */
function pieces(value: string): string[] {
  return value
    .split('\n')
    .map((l) => l.replace(/^- /, '').trim())
    .filter((l) => normalise(l).length > 0);
}

/**
 * Is the piece in the document? Pieces untangled from interleaved two-column lines are not one
 * run of text there, so a piece may also be matched as a few long fragments: the words are
 * consumed greedily into the longest runs found in the document; every run but one must hold
 * at least three words (common single words prove nothing), and there may be at most one run
 * per six words (two for short pieces).
 */
function found(haystack: string, piece: string, interleaved = true): boolean {
  if (haystack.includes(normalise(piece))) return true;
  if (!interleaved) return false;
  const words = piece.split(/\s+/).filter((w) => normalise(w).length > 0);
  const runs: string[][] = [];
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    if (!haystack.includes(normalise(words[i]!))) return false;
    while (j < words.length && haystack.includes(normalise(words.slice(i, j + 1).join(' ')))) j++;
    runs.push(words.slice(i, j));
    i = j;
  }
  return runs.filter((r) => r.length < 3).length <= 1 && runs.length <= Math.max(2, Math.ceil(words.length / 6));
}

/** Forms whose pages the OCR interleaved column by column; elsewhere every piece must be one exact run. */
const INTERLEAVED_PAGES = ['5.B', '6', '8', '8.C'];

let ctx: TestContext;
let efforts: { id: string; code: string; name: string; hasForm: boolean }[];
beforeAll(async () => {
  ctx = await createTestContext();
  efforts = (await (await ctx.as('raadslid')).get('/api/v1/efforts')).json().items;
});
afterAll(() => ctx?.close());

describe('seeded programme against the seed documents', () => {
  it('has every effort and sub-effort of the overview, with names from the document', () => {
    expect(efforts.map((e) => e.code)).toEqual([
      '1', '1.A', '1.B', '2', '2.A', '2.B', '2.C', '3', '4', '4.A', '4.B', '4.C', '5', '5.A', '5.B', '6',
      '7', '7.A', '7.B', '7.C', '7.D', '7.E', '8', '8.A', '8.B', '8.C', '8.D', '8.E', '8.F',
    ]);
    for (const e of efforts) expect(found(overview, e.name), `${e.code} ${e.name}`).toBe(true);
    expect(efforts.filter((e) => e.hasForm).map((e) => e.code)).toEqual(['1', '2.A', '2.B', '2.C', '3', '4', '5', '5.B', '6', '7', '8', '8.C']);
  });

  it('holds every filled form field as the document words it', async () => {
    const client = await ctx.as('raadslid');
    const missing: string[] = [];
    let checked = 0;
    for (const e of efforts.filter((x) => x.hasForm)) {
      const detail: EffortDetail = (await client.get(`/api/v1/efforts/${e.id}`)).json();
      for (const f of detail.fields.filter((x) => x.state === 'filled')) {
        for (const p of pieces(f.value)) {
          checked++;
          if (!found(overview, p, INTERLEAVED_PAGES.includes(e.code))) missing.push(`${e.code} ${f.key}: ${p.slice(0, 80)}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(250);
  });

  it('marks exactly the fields the document leaves "N.t.b." as open (sample)', async () => {
    const client = await ctx.as('raadslid');
    const stateOf = async (code: string) => {
      const d: EffortDetail = (await client.get(`/api/v1/efforts/${efforts.find((e) => e.code === code)!.id}`)).json();
      return Object.fromEntries(d.fields.map((f) => [f.key, f.state]));
    };
    const six = await stateOf('6');
    for (const k of ['projectLeader', 'planning', 'partners', 'projectTeam', 'budget', 'dependencies', 'communication']) expect(six[k], k).toBe('ntb');
    expect(six.scope).toBe('filled');
    const seven = await stateOf('7');
    for (const k of ['planning', 'partners', 'dependencies', 'budget', 'preconditions', 'communication']) expect(seven[k], k).toBe('ntb');
    expect((await stateOf('2.C')).projectTeam).toBe('ntb');
    expect((await stateOf('2.B')).communication).toBe('ntb');
    expect((await stateOf('4')).communication).toBe('ntb');
    expect((await stateOf('1')).communication).toBe('filled');
  });

  it('samples fields word for word', async () => {
    const client = await ctx.as('raadslid');
    const field = async (code: string, key: string) => {
      const d: EffortDetail = (await client.get(`/api/v1/efforts/${efforts.find((e) => e.code === code)!.id}`)).json();
      return d.fields.find((f) => f.key === key)!.value;
    };
    expect(await field('4', 'projectLeader')).toBe('Anoek Vandermullen');
    expect(await field('1', 'commissioner')).toBe('Manager ROV');
    expect(await field('2.A', 'scope')).toBe('32 ambassadeurs verdeeld over alle afdelingen van de gemeentelijke organisatie, inclusief Betere Buren en ISD-Bol.');
    expect(await field('8.C', 'planning')).toContain('Laatste kwartaal 2025 wordt de verordening vastgesteld');
    expect(await field('2.B', 'result')).toContain('Fase 1 samenstellen Bewonersambassadeursgroep medio april 2025');
    expect(await field('1', 'result')).toContain('20% aardgasreductie in 2030 ten opzichte van 2020');
  });

  it('links people, organisations, principles and goals as records', async () => {
    const client = await ctx.as('raadslid');
    const orgs = (await client.get('/api/v1/organisations')).json().items as { id: string; name: string; effortCount: number }[];
    const weller = orgs.find((o) => o.name === 'Woningcorporatie Weller')!;
    expect(weller.effortCount).toBeGreaterThanOrEqual(1);
    for (const name of ['K2', 'ZelfRegie Centrum NL (ZRC)', 'Sweco', 'Buurkracht']) expect(orgs.map((o) => o.name)).toContain(name);
    const people = (await client.get('/api/v1/people')).json().items as { id: string; name: string }[];
    const evelien = (await client.get(`/api/v1/people/${people.find((p) => p.name === 'Evelien Meijerink')!.id}`)).json();
    expect(evelien.roles.filter((r: { role: string }) => r.role === 'projectleider').map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['2.A', '2.C', '3', '7', '8', '8.C']),
    );
    const principles = (await client.get('/api/v1/principles')).json().items as { name: string; effortCount: number }[];
    expect(principles.find((p) => p.name === 'Mensgericht')!.effortCount).toBeGreaterThanOrEqual(5);
    const goals = (await client.get('/api/v1/goals')).json().items as { effortCount: number }[];
    expect(goals.every((g) => g.effortCount > 0)).toBe(true);
  });

  it('holds the thirteen council questions with their answers from the document', async () => {
    const items = (await (await ctx.as('raadslid')).get('/api/v1/council-questions')).json().items as {
      number: number;
      theme: string;
      faction: string;
      questions: string[];
      answer: string;
    }[];
    expect(items.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(items[0]!.faction).toBe('VVD Brunssum');
    expect(items[12]!.theme).toBe('Structurele versus incidentele hulp');
    const missing: string[] = [];
    for (const q of items) {
      if (!found(council, q.theme)) missing.push(`${q.number} theme`);
      for (const question of q.questions) if (!found(council, question)) missing.push(`${q.number} q: ${question.slice(0, 60)}`);
      for (const p of pieces(q.answer)) if (!found(council, p.replace(/ \(https?:[^)]+\)/, ''))) missing.push(`${q.number} a: ${p.slice(0, 60)}`);
    }
    expect(missing).toEqual([]);
  });

  it('records the seeding in the change log', async () => {
    const res = await ctx.database.db.execute(sql`select count(*)::int as n from change_log where action = 'create' and entity_type = 'effort'`);
    expect((res as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(29);
  });
});
