/**
 * Steering data of Brunssum Noord en Oost, taken from the project forms in
 * source/overzicht-inspanningen.txt (fields Resultaat, Planning, Budget, Afhankelijkheden,
 * Risico's) and the council answers in source/raadsvragen-vvd.txt (question 3: the Regiodeal
 * runs to the end of 2026; ZonMw research budget applied for, from 1 January 2026 for three years).
 *
 * Rules of this transcription (docs/decisions/0005):
 * - Wording stays as in the document; a result's `description` is the document's sentence.
 * - A date is only given where the document gives one. "medio april 2025" → 2025-04-15,
 *   "laatste kwartaal 2025" → 2025-12-31, "eind 2025" → 2025-12-31, "in 2026" → 2026-12-31,
 *   "medio september 2025" → 2025-09-15, "september 2025" → 2025-09-30, "april 2025" → 2025-04-30.
 * - Risks come from every form's Risico's, one per list item, without likelihood/impact: the
 *   document does not score them, so they start "nog niet beoordeeld".
 * - Dependencies come from every form's Afhankelijkheden: external factors as the document
 *   names them; a link to another effort only where the text names that effort.
 * - Milestone and result statuses are not in the document: they start as planned / not started.
 * - The life cycle is set only where the form states the phase (see `lifecycle`).
 * - Budget lines only where the document gives an amount.
 */
import type { Lifecycle } from '../../../shared/steering';

export interface SeedResult {
  effort: string;
  description: string;
  measure?: string;
  baseline?: string;
  target?: string;
  targetKind?: 'quantitative' | 'qualitative';
  deadline?: string;
  goalKeys?: string[];
}
export interface SeedMilestone {
  effort: string;
  title: string;
  date: string;
  description?: string;
}
export interface SeedDependency {
  effort: string;
  dependsOn?: string;
  externalFactor?: string;
  description?: string;
}
export interface SeedFundingSource {
  key: string;
  name: string;
  description: string;
  startDate?: string;
  endDate?: string;
  status: 'toegekend' | 'aangevraagd' | 'onzeker';
}
export interface SeedBudgetLine {
  effort: string;
  source: string | null;
  year: number;
  description: string;
  plannedCents: number;
}

export const results: SeedResult[] = [
  {
    effort: '1',
    description: 'Het eindresultaat is aardgasvrije buurten in Brunssum in 2050',
    measure: 'Buurten in Brunssum die aardgasvrij zijn',
    target: 'Aardgasvrije buurten',
    targetKind: 'qualitative',
    deadline: '2050-12-31',
    goalKeys: ['leefomgeving'],
  },
  {
    effort: '1',
    description:
      'Tussenresultaat zijn beter geisoleerde woningen waardoor het leefklimaat erop vooruitgaat en 20% aardgasreductie in 2030 ten opzichte van 2020.',
    measure: 'Aardgasverbruik in Brunssum',
    baseline: 'Aardgasverbruik 2020',
    target: '20% aardgasreductie t.o.v. 2020',
    targetKind: 'quantitative',
    deadline: '2030-12-31',
    goalKeys: ['leefomgeving'],
  },
  {
    effort: '2.A',
    description:
      'Er is door de ambassadeurs een nieuwe werkwijze ontwikkelt die aansluit bij de doelstellingen van het programma. Daarnaast sturen ze, en zijn ze medeverantwoordelijk, voor de resultaten van het programma.',
    target: 'Nieuwe werkwijze ontwikkeld; ambassadeurs sturen mee op de resultaten',
    deadline: '2026-12-31',
  },
  { effort: '2.B', description: 'Fase 1 samenstellen Bewonersambassadeursgroep medio april 2025', target: 'Bewonersambassadeursgroep samengesteld', deadline: '2025-04-15' },
  { effort: '2.B', description: 'Fase 2 aan de slag en komen met een werkwijze', target: 'Werkwijze van de bewonersambassadeurs' },
  {
    effort: '2.B',
    description: 'Fase 3 Proactief en reactief reflecteren vanuit het leven van alledag op programma onderdelen',
    target: 'Bewonersambassadeurs reflecteren op programmaonderdelen',
  },
  { effort: '2.C', description: 'Inzicht in het netwerk' },
  { effort: '2.C', description: 'Nieuwe werkwijze van het netwerk' },
  { effort: '2.C', description: 'Partners zijn betrokken en stemmen goed af' },
  { effort: '3', description: 'Inwoners ervaren een oplossing van hun vraagstuk', goalKeys: ['bestaanszekerheid'] },
  { effort: '3', description: 'Beleid leert waar we andere keuzes moeten maken', goalKeys: ['common-ground'] },
  {
    effort: '4',
    description:
      'In de komende twee jaar werken we aan een Sociaal Veilig Brunssum met focus op Brunssum Noord en Oost. Deze gebiedsgerichte en persoonsgerichte aanpak moet leiden tot meer stabiliteit bij onze bewoners die nu te weinig stabiliteit ervaren.',
    target: 'Meer stabiliteit bij bewoners die nu te weinig stabiliteit ervaren',
    goalKeys: ['stabiliteit'],
  },
  {
    effort: '5',
    description:
      'Medio september 2025 ligt er een breed gedragen en realistisch richting- en inrichtingsvoorstel voor een zorgzame wijk Noord Met name op het domein van het voorliggende veld en de basiszorg en ondersteuning.',
    target: 'Richting- en inrichtingsvoorstel zorgzame wijk Noord',
    deadline: '2025-09-15',
  },
  { effort: '5.B', description: 'Het Noorderhuis en Kanskracht worden beter benut, dicht bij de leefwereld van inwoners' },
  {
    effort: '6',
    description:
      'Ons resultaat is een groenvoorziening die voor veel inwoners functioneert als een groene long waarin ze samen kunnen komen (sociale Riolering), stress kunnen verminderen en mee kunnen doen.',
    goalKeys: ['leefomgeving', 'meedoen'],
  },
  { effort: '8', description: 'Wijkplannen voor de komende 4 jaar zijn gereed en worden uitgevoerd.', target: 'Wijkplannen gereed en in uitvoering' },
  { effort: '8.C', description: 'Er ligt een participatieverordening', target: 'Verordening vastgesteld', deadline: '2025-12-31' },
  { effort: '8.C', description: 'Er is een nieuwe werkwijze geintroduceerd in de gemeente', target: 'Werkwijze van het Relevante Gesprek uitgerold', deadline: '2025-12-31' },
];

export const milestones: SeedMilestone[] = [
  { effort: '2.A', title: 'Trainingsprogramma afgerond', date: '2025-12-31', description: 'Eind 2025 is het trainingsprogramma afgerond.' },
  { effort: '2.A', title: 'Rol van ambassadeurs in sturing op het programma vastgeklikt', date: '2026-12-31', description: 'In 2026 is de rol van ambassadeurs in sturing op het programma vastgeklikt.' },
  { effort: '2.B', title: 'Bewonersambassadeursgroep samengesteld', date: '2025-04-15', description: 'Fase 1 samenstellen Bewonersambassadeursgroep medio april 2025' },
  { effort: '2.C', title: 'Startbijeenkomst', date: '2025-04-17', description: '17 april 2025 is startbijeenkomst. Daar wordt bepaald welke nadere behoefte er is.' },
  { effort: '5', title: 'Draagvlak en inspiratie op de richting van de zorgzame wijk', date: '2025-04-30', description: 'April 2025 draagvlak en inspiratie op de richting van de zorgzame wijk' },
  { effort: '5', title: 'Inrichtingsvoorstellen voor een zorgzame wijk', date: '2025-09-30', description: 'September 2025 inrichtingsvoorstellen voor een zorgzame wijk vanuit eigenaarschap netwerk' },
  { effort: '5.B', title: 'Plan van aanpak voor het Noorderhuis en KansKracht', date: '2025-12-31', description: 'Duidelijk plan van aanpak in 2025 voor beide locaties dat ruimte biedt voor de invulling' },
  { effort: '8.C', title: 'Participatieverordening vastgesteld', date: '2025-12-31', description: 'Laatste kwartaal 2025 wordt de verordening vastgesteld' },
  { effort: '8.C', title: 'Werkwijze van het Relevante Gesprek uitgerold', date: '2025-12-31', description: 'Werkwijze van het Relevante Gesprek wordt in 2025 uitgerold' },
];

export const dependencies: SeedDependency[] = [
  { effort: '1', externalFactor: 'Lokale aanpak isolatie', description: 'Beperkend voor de uitvoering buurtgericht' },
  {
    effort: '1',
    externalFactor: 'Soortenmanagementplan',
    description: 'Beperkend voor de uitvoering buurtgericht. Zonder SMP mag 6% per buurt natuurvriendelijk geisoleerd worden. Deze ruimte wordt door de lokale aanpak opgeslokt.',
  },
  { effort: '2.A', externalFactor: 'Programma organisatieontwikkeling' },
  { effort: '2.A', externalFactor: 'Teammanagers', description: 'Teammanagers moeten aangehaakt blijven en ruimte geven' },
  { effort: '2.B', dependsOn: '5', description: 'Relatie met programmaplan Noord Oost en kwartiermaken zorgzame wijk Noord.' },
  { effort: '2.B', externalFactor: 'Realiteitsgehalte van het leven van alledag', description: 'Bewonersambassadeurs-groep moet in de ontwikkeling spiegelen aan het realiteitsgehalte van het leven van alledag' },
  { effort: '2.C', dependsOn: '2.A', description: 'Medewerkers gemeentelijke organisatie -ambassadeursgroep' },
  { effort: '2.C', dependsOn: '2.B', description: 'Inwoners ambassadeursgroep' },
  { effort: '2.C', externalFactor: 'Ontwikkelingen bij netwerkpartners' },
  { effort: '3', externalFactor: 'Nieuwe werkwijzen in het sociaal domein', description: 'Nieuwe werkwijzen in het sociaal domein ontwikkelen' },
  { effort: '4', externalFactor: 'Programmaplan Noord Oost en de innovatie Sociaal Domein', description: 'Relatie met programmaplan Noord Oost en de innovatie Sociaal Domein' },
  { effort: '5', externalFactor: 'Lijnorganisatie beleid en uitvoering Wmo, Jeugdwet, Participatiewet en sociale basis', description: 'De lijnorganisatie op beleid en uitvoering wmo, jeugdwet, participatiewet en sociale basis' },
  { effort: '5', externalFactor: 'Beleid transformatie sociaal domein en programma Noord Oost' },
  { effort: '8', dependsOn: '8.C', description: 'Relatie met participatie(verordening)' },
  { effort: '8', externalFactor: 'Alle beleidsdomeinen binnen gemeente Brunssum', description: 'Relatie met alle beleidsdomeinen binnen gemeente Brunssum' },
  { effort: '8.C', externalFactor: 'Alle organisatieonderdelen' },
];

/** Life cycle where the form states the phase. */
export const lifecycle: Record<string, { lifecycle: Lifecycle; plannedStart?: string; plannedEnd?: string; basis: string }> = {
  '2.A': { lifecycle: 'uitvoering', plannedEnd: '2026-12-31', basis: 'Trainingsprogramma loopt; in 2026 rol in sturing vastgeklikt' },
  '2.B': { lifecycle: 'uitvoering', plannedStart: '2025-04-15', basis: 'Fase 1 medio april 2025' },
  '2.C': { lifecycle: 'uitvoering', plannedStart: '2025-04-17', basis: 'Startbijeenkomst 17 april 2025' },
  '3': { lifecycle: 'doorlopend', basis: 'Planning: Doorlopend zolang het nodig is.' },
  '4': { lifecycle: 'uitvoering', basis: 'Aanpak: Van start gegaan vanuit de vraag' },
  '5': { lifecycle: 'voorbereiding', plannedStart: '2025-04-01', basis: 'Richting- en inrichtingsfase (april–september 2025)' },
  '8': { lifecycle: 'uitvoering', basis: 'Wijkplannen worden uitgevoerd' },
  '8.C': { lifecycle: 'uitvoering', basis: 'Werkwijze wordt in 2025 uitgerold' },
};

export const fundingSources: SeedFundingSource[] = [
  {
    key: 'regiodeal',
    name: 'Regiodeal',
    description: 'De financiële planning is uitgewerkt in de aanvraag naar de Regio en loopt tot en met 2026 (raadsvragen, vraag 3).',
    endDate: '2026-12-31',
    status: 'toegekend',
  },
  { key: 'begroting', name: 'Reguliere begroting', description: 'Middelen uit de gemeentelijke begroting.', status: 'toegekend' },
  { key: 'noodfonds', name: 'Noodfonds', description: 'Budget van het noodfonds wordt gekoppeld aan het Tussen Wal en Schip budget.', status: 'toegekend' },
  {
    key: 'tussen-wal-en-schip',
    name: 'Tussen Wal en Schip budget',
    description: 'Opgenomen in het Regiodeal budget; budget van het noodfonds wordt gekoppeld; aanvullende financiering opgenomen in de begroting.',
    status: 'toegekend',
  },
  {
    key: 'zonmw',
    name: 'ZonMw onderzoeksbudget',
    description: 'Aangevraagd voor drie jaar participatief onderzoek; de eerste ronde is gepasseerd. Bij toekenning start het onderzoek op 1 januari 2026.',
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    status: 'aangevraagd',
  },
  { key: 'vws', name: 'VWS aanvullende middelen', description: 'Aanvraag richting VWS voor aanvullende middelen (zorgzame wijk Noord).', status: 'aangevraagd' },
  { key: 'gala-iza', name: 'GALA/IZA-middelen', description: 'Verbindingen maken voor de uitvoering met GALA/IZA-middelen (dorpsondersteuner, leefstijlcoach, ontmoetingsruimten).', status: 'onzeker' },
];

export const budgetLines: SeedBudgetLine[] = [
  { effort: '1', source: 'begroting', year: 2025, description: 'Jaarlijks werkbudget projectteam duurzaamheid', plannedCents: 100_000_00 },
  { effort: '1', source: 'begroting', year: 2026, description: 'Jaarlijks werkbudget projectteam duurzaamheid', plannedCents: 100_000_00 },
  { effort: '8.C', source: null, year: 2025, description: 'Participatie: voor 2025', plannedCents: 100_000_00 },
];
