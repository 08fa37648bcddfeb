/**
 * Demo resident voice (voorbeelddata, is_demo): three conversation rounds with about 250
 * conversations in total — the number the programme gives in its answer to council question 12
 * ("in Oost en in Noord zo'n 250 mensen gesproken") — and 30 stories and quotes. Everything here
 * is invented, deterministic, marked "voorbeelddata" in the UI and removed by `npm run demo:remove`.
 * The texts contain no names, addresses or other personal data.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Theme } from '../../../shared/monitoring';
import type { AgeBand, HouseholdType, RoundMethod, StoryKind } from '../../../shared/voice';
import type { Db } from '../../db/client';
import { areas, conversationRoundReach, conversationRounds, stories, storyThemeLinks, storyThemes } from '../../db/schema';
import { seedStoryThemes } from '../../domains/monitoring/voice-service';

type Reach = Record<AgeBand, number> & { onbekend: number };
export interface DemoRound {
  key: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  method: RoundMethod;
  conductedBy: string;
  description: string;
  reach: Record<string, Reach>;
}

const NOORD = 'KS-BRUNSSUM-NOORD';
const OOST = 'KS-BRUNSSUM-OOST';
const REST = 'KS-BRUNSSUM-REST';

export const demoRounds: DemoRound[] = [
  {
    key: 'r1',
    title: 'Gesprekken voor het programmaplan',
    periodFrom: '2025-01-13',
    periodTo: '2025-03-07',
    method: 'straatgesprek',
    conductedBy: 'Programmateam Brunssum Noord en Oost met wijkmanagers',
    description: 'Willekeurig aangebeld in zoveel mogelijk straten van Noord en Oost, om een zo representatief mogelijk beeld te krijgen.',
    reach: {
      [NOORD]: { '15_24': 6, '25_44': 22, '45_64': 30, '65_oo': 24, onbekend: 3 },
      [OOST]: { '15_24': 4, '25_44': 17, '45_64': 22, '65_oo': 19, onbekend: 3 },
    },
  },
  {
    key: 'r2',
    title: 'Telefonische peiling bestaanszekerheid',
    periodFrom: '2025-09-01',
    periodTo: '2025-09-26',
    method: 'telefonisch_willekeurig',
    conductedBy: 'Team Onderzoek en Statistiek met bewonersambassadeurs',
    description: 'Willekeurig gebelde inwoners uit Noord, Oost en de rest van Brunssum, om te vergelijken.',
    reach: {
      [NOORD]: { '15_24': 2, '25_44': 8, '45_64': 10, '65_oo': 6, onbekend: 0 },
      [OOST]: { '15_24': 1, '25_44': 6, '45_64': 7, '65_oo': 5, onbekend: 1 },
      [REST]: { '15_24': 2, '25_44': 5, '45_64': 6, '65_oo': 7, onbekend: 0 },
    },
  },
  {
    key: 'r3',
    title: 'Keukentafelgesprekken zorgzame wijk',
    periodFrom: '2026-02-02',
    periodTo: '2026-03-13',
    method: 'huisbezoek',
    conductedBy: 'Ervaringswerkers Sociaal Domein en Noorderhuis',
    description: 'Gesprekken aan de keukentafel met inwoners die we niet vaak horen, samen met ervaringswerkers.',
    reach: {
      [NOORD]: { '15_24': 3, '25_44': 12, '45_64': 11, '65_oo': 9, onbekend: 1 },
    },
  },
];

/** extra theme codes of the demo (besides the standard monitoring themes) */
export const demoThemeCodes: { key: string; label: string; theme: Theme; description: string }[] = [
  { key: 'schulden-en-rondkomen', label: 'Schulden en rondkomen', theme: 'bestaanszekerheid', description: 'Moeite met rondkomen, schulden, vaste lasten.' },
  { key: 'eenzaamheid', label: 'Eenzaamheid', theme: 'meedoen', description: 'Alleen zijn, weinig contact met anderen.' },
  { key: 'contact-met-de-gemeente', label: 'Contact met de gemeente', theme: 'vertrouwen', description: 'Ervaringen met loketten, regels en het gevoel gehoord te worden.' },
];

export interface DemoStory {
  round: string | null;
  kind: StoryKind;
  area: string | null;
  ageBand: AgeBand | null;
  household: HouseholdType | null;
  consent: boolean;
  themes: string[];
  text: string;
}

export const demoStories: DemoStory[] = [
  { round: 'r1', kind: 'citaat', area: NOORD, ageBand: '45_64', household: 'eenoudergezin', consent: true, themes: ['bestaanszekerheid', 'schulden-en-rondkomen'], text: 'Aan het eind van de maand kijk ik wat er nog in de kast staat. Dan eten de kinderen eerst.' },
  { round: 'r1', kind: 'verhaal', area: NOORD, ageBand: '65_oo', household: 'alleenstaand', consent: true, themes: ['meedoen', 'eenzaamheid'], text: 'Sinds mijn man overleden is, kom ik weinig buiten. Vroeger was er de buurtsoos, nu moet je voor alles naar het centrum. Als er iets in de wijk zou zijn waar je gewoon koffie kunt drinken, zou ik gaan.' },
  { round: 'r1', kind: 'citaat', area: OOST, ageBand: '25_44', household: 'paar_met_kinderen', consent: true, themes: ['vertrouwen', 'contact-met-de-gemeente'], text: 'Je wordt van het ene loket naar het andere gestuurd. Niemand voelt zich verantwoordelijk.' },
  { round: 'r1', kind: 'verhaal', area: OOST, ageBand: '45_64', household: 'paar_zonder_kinderen', consent: false, themes: ['bestaanszekerheid', 'wonen'], text: 'Onze energierekening is in twee jaar bijna verdubbeld. Het huis is slecht geïsoleerd, maar de verhuurder doet niets. We zetten de verwarming pas aan als het echt koud is.' },
  { round: 'r1', kind: 'citaat', area: NOORD, ageBand: '25_44', household: 'alleenstaand', consent: true, themes: ['werk', 'bestaanszekerheid'], text: 'Ik wil best werken, maar als ik meer verdien, raak ik mijn toeslagen kwijt. Dan ben ik slechter af.' },
  { round: 'r1', kind: 'citaat', area: OOST, ageBand: '65_oo', household: 'paar_zonder_kinderen', consent: true, themes: ['veiligheid'], text: 'Het is hier eigenlijk best rustig. Alleen de verlichting op het pad naar de bushalte is slecht.' },
  { round: 'r1', kind: 'verhaal', area: NOORD, ageBand: '15_24', household: 'anders', consent: true, themes: ['meedoen', 'onderwijs'], text: 'Voor jongeren is er weinig te doen in Noord. We hangen bij het winkelcentrum en dan worden we weggestuurd. Een plek waar je zelf iets mag organiseren, dat zou helpen.' },
  { round: 'r1', kind: 'citaat', area: NOORD, ageBand: '45_64', household: 'paar_met_kinderen', consent: false, themes: ['gezondheid'], text: 'Bij de huisarts zitten ze met dingen die eigenlijk geen medisch probleem zijn. Dat zegt de huisarts zelf ook.' },
  { round: 'r1', kind: 'citaat', area: OOST, ageBand: '25_44', household: 'eenoudergezin', consent: true, themes: ['bestaanszekerheid', 'schulden-en-rondkomen'], text: 'Eén brief van de Belastingdienst en je hele maand is weg. Die onzekerheid is het ergste.' },
  { round: 'r1', kind: 'verhaal', area: OOST, ageBand: '45_64', household: 'alleenstaand', consent: true, themes: ['vertrouwen', 'meedoen'], text: 'Er is hier veel beloofd en weinig gebeurd. Als de gemeente nu echt komt luisteren, wil ik best meedenken. Maar dan moet er ook iets mee gedaan worden, en moet je horen wat er mee gebeurd is.' },
  { round: 'r1', kind: 'citaat', area: NOORD, ageBand: '65_oo', household: 'paar_zonder_kinderen', consent: true, themes: ['wonen'], text: 'We wonen hier veertig jaar. De buurt is veranderd, maar we willen hier oud worden.' },
  { round: 'r1', kind: 'citaat', area: OOST, ageBand: '15_24', household: 'paar_met_kinderen', consent: false, themes: ['onderwijs', 'werk'], text: 'Na school weet je niet goed waar je heen moet. Stage vinden is moeilijk als niemand in je omgeving werkt.' },
  { round: 'r2', kind: 'citaat', area: NOORD, ageBand: '45_64', household: 'alleenstaand', consent: true, themes: ['bestaanszekerheid', 'gezondheid'], text: 'Geldzorgen maken je ziek. Ik slaap er slecht van en dan lukt de rest ook niet.' },
  { round: 'r2', kind: 'citaat', area: OOST, ageBand: '25_44', household: 'paar_met_kinderen', consent: true, themes: ['bestaanszekerheid', 'contact-met-de-gemeente'], text: 'Ik wist niet dat ik recht had op bijzondere bijstand. Niemand had het me verteld.' },
  { round: 'r2', kind: 'verhaal', area: REST, ageBand: '45_64', household: 'paar_met_kinderen', consent: true, themes: ['bestaanszekerheid'], text: 'Wij redden ons wel, maar ik zie in de straat gezinnen die het zwaar hebben. Het verschil met Noord is niet zo groot als mensen denken; ook hier zijn er mensen die stil zijn.' },
  { round: 'r2', kind: 'citaat', area: NOORD, ageBand: '25_44', household: 'eenoudergezin', consent: false, themes: ['schulden-en-rondkomen'], text: 'Ik schaamde me te veel om hulp te vragen. Pas toen de deurwaarder kwam, ben ik gaan bellen.' },
  { round: 'r2', kind: 'citaat', area: OOST, ageBand: '65_oo', household: 'alleenstaand', consent: true, themes: ['bestaanszekerheid', 'eenzaamheid'], text: 'Ik heb mijn AOW en een klein pensioen. Het is genoeg, maar een uitje zit er niet in.' },
  { round: 'r2', kind: 'citaat', area: REST, ageBand: '65_oo', household: 'paar_zonder_kinderen', consent: true, themes: ['vertrouwen'], text: 'Ik snap dat er geld naar Noord en Oost gaat. Als het daar beter gaat, gaat het met heel Brunssum beter.' },
  { round: 'r2', kind: 'citaat', area: NOORD, ageBand: '15_24', household: 'anders', consent: true, themes: ['werk', 'bestaanszekerheid'], text: 'Met een bijbaan en studiefinanciering kom ik net rond. Een tegenvaller kan ik niet opvangen.' },
  { round: 'r2', kind: 'verhaal', area: OOST, ageBand: '45_64', household: 'paar_zonder_kinderen', consent: false, themes: ['gezondheid', 'werk'], text: 'Na mijn ziekte ben ik mijn werk kwijtgeraakt. De regels voor een uitkering zijn ingewikkeld en elke keer moet ik alles opnieuw uitleggen aan iemand anders.' },
  { round: 'r3', kind: 'verhaal', area: NOORD, ageBand: '65_oo', household: 'alleenstaand', consent: true, themes: ['meedoen', 'gezondheid'], text: 'De buurvrouw komt elke ochtend even kijken. Dat is meer waard dan alle zorg bij elkaar. Zo zou het overal moeten zijn: dat mensen een beetje op elkaar letten.' },
  { round: 'r3', kind: 'citaat', area: NOORD, ageBand: '25_44', household: 'eenoudergezin', consent: true, themes: ['bestaanszekerheid', 'vertrouwen'], text: 'Het kleine zetje van het Tussen Wal en Schip budget heeft ons huis gered. Daarna durfde ik weer hulp te vragen.' },
  { round: 'r3', kind: 'citaat', area: NOORD, ageBand: '45_64', household: 'paar_met_kinderen', consent: true, themes: ['wonen', 'veiligheid'], text: 'Sinds het park is opgeknapt, spelen de kinderen weer buiten. Daar ben ik blij mee.' },
  { round: 'r3', kind: 'verhaal', area: NOORD, ageBand: '25_44', household: 'paar_met_kinderen', consent: false, themes: ['schulden-en-rondkomen', 'contact-met-de-gemeente'], text: 'We hadden vier instanties over de vloer en niemand wist van de ander. Pas toen één iemand alles coördineerde, kwam er rust. Nu lossen we de schulden stap voor stap af.' },
  { round: 'r3', kind: 'citaat', area: NOORD, ageBand: '15_24', household: 'eenoudergezin', consent: true, themes: ['meedoen'], text: 'In het Noorderhuis mag ik helpen bij de kookavond. Dat voelt goed, dat je ergens bij hoort.' },
  { round: 'r3', kind: 'citaat', area: NOORD, ageBand: '65_oo', household: 'paar_zonder_kinderen', consent: true, themes: ['gezondheid', 'eenzaamheid'], text: 'Als je niet meer goed ter been bent, wordt je wereld klein. Een wandelgroepje in de wijk zou mooi zijn.' },
  { round: 'r3', kind: 'citaat', area: NOORD, ageBand: '45_64', household: 'alleenstaand', consent: true, themes: ['bestaanszekerheid', 'werk'], text: 'Vrijwilligerswerk geeft me structuur. Betaald werk is nog een stap te ver, maar ik kom er wel.' },
  { round: null, kind: 'citaat', area: OOST, ageBand: null, household: null, consent: true, themes: ['vertrouwen', 'contact-met-de-gemeente'], text: 'Fijn dat de wijkmanager gewoon op straat loopt. Dan weet je bij wie je terecht kunt.' },
  { round: null, kind: 'verhaal', area: OOST, ageBand: '25_44', household: 'paar_met_kinderen', consent: true, themes: ['bestaanszekerheid', 'wonen'], text: 'Door de energiecoach hebben we tochtstrips en radiatorfolie gekregen. Het scheelt echt op de rekening, en we weten nu ook waar we op moeten letten.' },
  { round: null, kind: 'citaat', area: NOORD, ageBand: '45_64', household: null, consent: false, themes: ['veiligheid', 'vertrouwen'], text: 'Je meldt iets en je hoort er nooit meer iets van. Dan stop je op den duur met melden.' },
];

/** Writes the demo rounds and stories once (skipped when demo rounds exist). Returns the number of stories written. */
export async function seedDemoVoice(db: Db): Promise<number> {
  await seedStoryThemes(db);
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(conversationRounds).where(eq(conversationRounds.isDemo, true));
  if ((existing?.n ?? 0) > 0) return 0;
  return db.transaction(async (tx) => {
    const areaRows = await tx.select({ id: areas.id, code: areas.code }).from(areas).where(inArray(areas.code, [NOORD, OOST, REST]));
    const areaId = new Map(areaRows.map((a) => [a.code, a.id]));
    if (areaId.size < 3) return 0;
    await tx
      .insert(storyThemes)
      .values(demoThemeCodes.map((c, i) => ({ key: c.key, label: c.label, theme: c.theme, description: c.description, sortOrder: 50 + i })))
      .onConflictDoNothing();
    const themeRows = await tx.select({ id: storyThemes.id, key: storyThemes.key }).from(storyThemes);
    const themeId = new Map(themeRows.map((t) => [t.key, t.id]));
    const roundId = new Map<string, string>();
    for (const r of demoRounds) {
      const [row] = await tx
        .insert(conversationRounds)
        .values({ title: r.title, periodFrom: r.periodFrom, periodTo: r.periodTo, method: r.method, conductedBy: r.conductedBy, description: r.description, isDemo: true })
        .returning({ id: conversationRounds.id });
      roundId.set(r.key, row!.id);
      await tx.insert(conversationRoundReach).values(
        Object.entries(r.reach).flatMap(([code, reach]) =>
          (Object.entries(reach) as [AgeBand | 'onbekend', number][]).map(([ageBand, reached]) => ({ roundId: row!.id, areaId: areaId.get(code)!, ageBand, reached })),
        ),
      );
    }
    // created_at one minute apart, so the newest-first order is the same on every machine
    const base = Date.UTC(2026, 2, 20, 9, 0, 0);
    for (const [i, s] of demoStories.entries()) {
      const at = new Date(base + i * 60_000);
      const [row] = await tx
        .insert(stories)
        .values({
          kind: s.kind,
          text: s.text,
          roundId: s.round ? roundId.get(s.round)! : null,
          areaId: s.area ? areaId.get(s.area)! : null,
          ageBand: s.ageBand,
          householdType: s.household,
          consent: s.consent,
          isDemo: true,
          createdAt: at,
          updatedAt: at,
        })
        .returning({ id: stories.id });
      await tx.insert(storyThemeLinks).values(
        s.themes.map((k) => {
          const id = themeId.get(k);
          if (!id) throw new Error(`demo voice: unknown theme code '${k}'`);
          return { storyId: row!.id, themeId: id };
        }),
      );
    }
    return demoStories.length;
  });
}

/** npm run demo:remove: the demo stories and rounds, and the demo theme codes that no story uses any more. */
export async function removeDemoVoice(db: Db): Promise<{ rounds: number; stories: number }> {
  return db.transaction(async (tx) => {
    const removedStories = await tx.delete(stories).where(eq(stories.isDemo, true)).returning({ id: stories.id });
    // a real story recorded in a demo round keeps its text, without the round
    const demoRoundIds = (await tx.select({ id: conversationRounds.id }).from(conversationRounds).where(eq(conversationRounds.isDemo, true))).map((r) => r.id);
    if (demoRoundIds.length) await tx.update(stories).set({ roundId: null }).where(inArray(stories.roundId, demoRoundIds));
    const removedRounds = await tx.delete(conversationRounds).where(eq(conversationRounds.isDemo, true)).returning({ id: conversationRounds.id });
    await tx.execute(
      sql`delete from ${storyThemes} where ${storyThemes.isStandard} = false and ${inArray(
        storyThemes.key,
        demoThemeCodes.map((c) => c.key),
      )} and not exists (select 1 from ${storyThemeLinks} l where l.theme_id = ${storyThemes.id})`,
    );
    return { rounds: removedRounds.length, stories: removedStories.length };
  });
}
