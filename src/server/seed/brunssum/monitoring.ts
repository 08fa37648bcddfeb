/**
 * Monitoring seed (issue 5, docs/decisions/0006): the areas Koers knows from the start and the
 * standard indicator set the programme names in its answer to the council (questions 6–8, 12).
 *
 * - Only codes that are certain are seeded as CBS codes: gemeente Brunssum GM0899 and Nederland
 *   NL00. Brunssum's wijken (WK0899xx) and buurten (BU0899xxxx) are NOT typed in here: their
 *   codes and names could not be confirmed from a CBS source while writing this, and a wrong
 *   code would silently mismatch every CBS file. They come in with the first import of the CBS
 *   Kerncijfers wijken en buurten file (the import adds unknown wijken and buurten).
 * - Programme areas (Noord, Oost, rest van Brunssum) and the reference areas Heerlen-Noord and
 *   Parkstad Limburg have no CBS code: they get a Koers code (KS-…). Which buurten make up the
 *   programme areas is decided after that import (ADR 0006); until then they have no members.
 * - No real figures are typed in. Demo values ("voorbeelddata", is_demo) are generated
 *   deterministically by seedDemoMonitoring, only when demo data is on (start.ts).
 */
import type { AreaLevel, Direction, Theme } from '../../../shared/monitoring';

export interface SeedArea {
  code: string;
  name: string;
  level: AreaLevel;
  parentCode?: string;
}
export const areas: SeedArea[] = [
  { code: 'GM0899', name: 'Brunssum', level: 'gemeente' },
  { code: 'KS-BRUNSSUM-NOORD', name: 'Brunssum Noord', level: 'programmagebied', parentCode: 'GM0899' },
  { code: 'KS-BRUNSSUM-OOST', name: 'Brunssum Oost', level: 'programmagebied', parentCode: 'GM0899' },
  { code: 'KS-BRUNSSUM-REST', name: 'Rest van Brunssum', level: 'programmagebied', parentCode: 'GM0899' },
  { code: 'KS-HEERLEN-NOORD', name: 'Heerlen-Noord', level: 'referentie' },
  { code: 'KS-PARKSTAD', name: 'Parkstad Limburg', level: 'referentie' },
  { code: 'NL00', name: 'Nederland', level: 'referentie' },
];

export interface SeedIndicator {
  key: string;
  name: string;
  definition: string;
  source: string;
  unit: string;
  direction: Direction | null;
  theme: Theme;
  /** plausible range for demo values only (never presented as real) */
  demo: { min: number; max: number; decimals: number; periods: string[] };
}

const GGD = 'GGD Gezondheidsmonitor Volwassenen en Ouderen (GGD’en, CBS en RIVM), 18 jaar en ouder';
const GGD_PERIODS = ['2016', '2020', '2022', '2024'];
const KWB = 'CBS, Kerncijfers wijken en buurten';
const YEARS = ['2020', '2021', '2022', '2023', '2024'];

export const indicators: SeedIndicator[] = [
  {
    key: 'ggd_ervaren_gezondheid',
    name: 'Ervaren gezondheid goed of zeer goed',
    definition: 'Percentage inwoners van 18 jaar en ouder dat de eigen gezondheid als goed of zeer goed beoordeelt.',
    source: GGD,
    unit: '%',
    direction: 'higher_is_better',
    theme: 'gezondheid',
    demo: { min: 62, max: 78, decimals: 1, periods: GGD_PERIODS },
  },
  {
    key: 'ggd_eenzaamheid',
    name: 'Eenzaam',
    definition: 'Percentage inwoners van 18 jaar en ouder dat zich (matig of ernstig) eenzaam voelt, gemeten met de eenzaamheidsschaal van De Jong-Gierveld.',
    source: GGD,
    unit: '%',
    direction: 'lower_is_better',
    theme: 'meedoen',
    demo: { min: 44, max: 58, decimals: 1, periods: GGD_PERIODS },
  },
  {
    key: 'ggd_moeite_rondkomen',
    name: 'Moeite met rondkomen',
    definition: 'Percentage inwoners van 18 jaar en ouder dat enige of grote moeite heeft om rond te komen van het inkomen van het huishouden.',
    source: GGD,
    unit: '%',
    direction: 'lower_is_better',
    theme: 'bestaanszekerheid',
    demo: { min: 15, max: 32, decimals: 1, periods: GGD_PERIODS },
  },
  {
    key: 'ggd_regie_eigen_leven',
    name: 'Weinig regie over het eigen leven',
    definition:
      'Percentage inwoners van 18 jaar en ouder met weinig regie over het eigen leven, gemeten met de regieschaal (Pearlin Mastery Scale) van de Gezondheidsmonitor. De afkapwaarde volgt de GGD-publicatie van het meetjaar.',
    source: GGD,
    unit: '%',
    direction: 'lower_is_better',
    theme: 'bestaanszekerheid',
    demo: { min: 3, max: 9, decimals: 1, periods: GGD_PERIODS },
  },
  {
    key: 'ggd_sociale_steun',
    name: 'Onvoldoende sociale steun',
    definition: 'Percentage inwoners van 18 jaar en ouder dat aangeeft onvoldoende steun te krijgen van mensen uit de omgeving. De vraagstelling volgt de Gezondheidsmonitor van het meetjaar.',
    source: GGD,
    unit: '%',
    direction: 'lower_is_better',
    theme: 'meedoen',
    demo: { min: 8, max: 18, decimals: 1, periods: GGD_PERIODS },
  },
  {
    key: 'cbs_inwoners',
    name: 'Inwoners',
    definition: 'Aantal inwoners op 1 januari volgens de Basisregistratie Personen (KWB-kolom a_inw).',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 2500, max: 6000, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_leeftijd_00_14',
    name: 'Inwoners 0 tot 15 jaar',
    definition: 'Aantal inwoners van 0 tot 15 jaar op 1 januari (KWB-kolom a_00_14). Gebruikt voor de representativiteit van gespreksrondes.',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 300, max: 1000, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_leeftijd_15_24',
    name: 'Inwoners 15 tot 25 jaar',
    definition: 'Aantal inwoners van 15 tot 25 jaar op 1 januari (KWB-kolom a_15_24). Gebruikt voor de representativiteit van gespreksrondes.',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 250, max: 800, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_leeftijd_25_44',
    name: 'Inwoners 25 tot 45 jaar',
    definition: 'Aantal inwoners van 25 tot 45 jaar op 1 januari (KWB-kolom a_25_44). Gebruikt voor de representativiteit van gespreksrondes.',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 500, max: 1400, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_leeftijd_45_64',
    name: 'Inwoners 45 tot 65 jaar',
    definition: 'Aantal inwoners van 45 tot 65 jaar op 1 januari (KWB-kolom a_45_64). Gebruikt voor de representativiteit van gespreksrondes.',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 700, max: 1800, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_leeftijd_65_oo',
    name: 'Inwoners 65 jaar en ouder',
    definition: 'Aantal inwoners van 65 jaar en ouder op 1 januari (KWB-kolom a_65_oo). Gebruikt voor de representativiteit van gespreksrondes.',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 600, max: 1700, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_huishoudens',
    name: 'Huishoudens',
    definition: 'Aantal particuliere huishoudens op 1 januari (KWB-kolom a_hh).',
    source: KWB,
    unit: 'aantal',
    direction: null,
    theme: 'bevolking',
    demo: { min: 1300, max: 3200, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_bijstand',
    name: 'Personen met een bijstandsuitkering',
    definition: 'Aantal personen met een uitkering op grond van de Participatiewet (bijstand) (KWB-kolom a_soz_wb).',
    source: KWB,
    unit: 'aantal',
    direction: 'lower_is_better',
    theme: 'bestaanszekerheid',
    demo: { min: 80, max: 420, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_inkomen_per_inwoner',
    name: 'Gemiddeld inkomen per inwoner',
    definition: 'Gemiddeld persoonlijk inkomen per inwoner, in duizenden euro’s (KWB-kolom g_ink_pi).',
    source: KWB,
    unit: 'x € 1.000',
    direction: 'higher_is_better',
    theme: 'bestaanszekerheid',
    demo: { min: 22, max: 32, decimals: 1, periods: YEARS },
  },
  {
    key: 'cbs_woz',
    name: 'Gemiddelde WOZ-waarde van woningen',
    definition: 'Gemiddelde WOZ-waarde van woningen, in duizenden euro’s (KWB-kolom g_woz).',
    source: KWB,
    unit: 'x € 1.000',
    direction: null,
    theme: 'wonen',
    demo: { min: 150, max: 260, decimals: 0, periods: YEARS },
  },
  {
    key: 'cbs_vertrouwen_sociaal',
    name: 'Sociaal vertrouwen',
    definition: 'Percentage inwoners van 15 jaar en ouder dat vindt dat de meeste mensen te vertrouwen zijn.',
    source: 'CBS, Sociale samenhang en welzijn',
    unit: '%',
    direction: 'higher_is_better',
    theme: 'vertrouwen',
    demo: { min: 45, max: 65, decimals: 1, periods: YEARS },
  },
  {
    key: 'cbs_vertrouwen_institutioneel',
    name: 'Institutioneel vertrouwen',
    definition: 'Percentage inwoners van 15 jaar en ouder met vertrouwen in instituties zoals de Tweede Kamer, rechters, politie en ambtenaren.',
    source: 'CBS, Sociale samenhang en welzijn',
    unit: '%',
    direction: 'higher_is_better',
    theme: 'vertrouwen',
    demo: { min: 35, max: 60, decimals: 1, periods: YEARS },
  },
  {
    key: 'nibud_rondkomen',
    name: 'Huishoudens die moeilijk rondkomen (Nibud)',
    definition:
      'Percentage huishoudens dat moeilijk rond kan komen, zoals het Nibud dat meet in zijn onderzoek naar de financiële situatie van huishoudens. Vraagstelling en gebiedsniveau per meting vastleggen bij de import.',
    source: 'Nibud (Nationaal Instituut voor Budgetvoorlichting)',
    unit: '%',
    direction: 'lower_is_better',
    theme: 'bestaanszekerheid',
    demo: { min: 18, max: 35, decimals: 1, periods: YEARS },
  },
  {
    key: 'leefbaarometer_score',
    name: 'Leefbaarometer-score',
    definition: 'Leefbaarheid van de woonomgeving volgens de Leefbaarometer, uitgedrukt in de klasse van 1 (zeer onvoldoende) tot en met 9 (uitstekend).',
    source: 'Leefbaarometer (ministerie van Volkshuisvesting en Ruimtelijke Ordening)',
    unit: 'klasse 1–9',
    direction: 'higher_is_better',
    theme: 'wonen',
    demo: { min: 3, max: 7, decimals: 0, periods: ['2020', '2022', '2024'] },
  },
  // The themes of the Nationaal Programma Leefbaarheid en Veiligheid (NPLV) that Heerlen-Noord
  // monitors and Brunssum shares (raadsvraag 12): veiligheid, onderwijs and werk, next to the
  // bestaanszekerheid, gezondheid and wonen indicators above.
  {
    key: 'nplv_onveilig_in_buurt',
    name: 'Voelt zich weleens onveilig in de eigen buurt',
    definition: 'Percentage inwoners van 15 jaar en ouder dat zich weleens onveilig voelt in de eigen buurt.',
    source: 'CBS, Veiligheidsmonitor (NPLV-thema veiligheid)',
    unit: '%',
    direction: 'lower_is_better',
    theme: 'veiligheid',
    demo: { min: 14, max: 32, decimals: 1, periods: ['2019', '2021', '2023'] },
  },
  {
    key: 'nplv_zonder_startkwalificatie',
    name: 'Jongeren zonder startkwalificatie',
    definition: 'Percentage jongeren van 18 tot en met 22 jaar dat geen onderwijs volgt en geen startkwalificatie (havo, vwo of mbo-2) heeft.',
    source: 'DUO en CBS, Monitor Voortijdig schoolverlaten (NPLV-thema onderwijs)',
    unit: '%',
    direction: 'lower_is_better',
    theme: 'onderwijs',
    demo: { min: 5, max: 14, decimals: 1, periods: YEARS },
  },
  {
    key: 'nplv_arbeidsparticipatie',
    name: 'Netto arbeidsparticipatie',
    definition: 'Werkzame beroepsbevolking als percentage van de bevolking van 15 tot 75 jaar.',
    source: 'CBS, Enquête beroepsbevolking en Arbeidsdeelname regionale indeling (NPLV-thema werk)',
    unit: '%',
    direction: 'higher_is_better',
    theme: 'werk',
    demo: { min: 55, max: 72, decimals: 1, periods: YEARS },
  },
  {
    key: 'nplv_kinderen_laag_inkomen',
    name: 'Kinderen in een huishouden met een laag inkomen',
    definition: 'Percentage minderjarige kinderen dat opgroeit in een huishouden met een inkomen onder de lage-inkomensgrens.',
    source: 'CBS, Inkomen van huishoudens (NPLV-thema bestaanszekerheid)',
    unit: '%',
    direction: 'lower_is_better',
    theme: 'bestaanszekerheid',
    demo: { min: 6, max: 22, decimals: 1, periods: YEARS },
  },
];
