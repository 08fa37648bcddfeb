/**
 * The council questions of the VVD Brunssum on the programme plan Noord en Oost, with the
 * college's answers, transcribed from source/raadsvragen-vvd.txt
 * (see docs/decisions/0002-seed-transcription.md).
 */
import type { SeedCouncilQuestion } from './types';

export const councilQuestionsFaction = 'VVD Brunssum';
export const councilQuestionsSubject = 'Programmaplan Noord en Oost';

const WRR_URL = 'https://www.wrr.nl/publicaties/rapporten/2017/04/24/weten-is-nog-geen-doen';

export const councilQuestions: SeedCouncilQuestion[] = [
  {
    number: 1,
    theme: 'Doelmatigheid en resultaten',
    questions: [
      'Welke concrete lessen zijn geleerd van eerdere investeringen die nu anders worden aangepakt?',
      'Welke meetbare doelstellingen zijn er voor de eerste 4 jaar, en hoe worden die geëvalueerd?',
    ],
    answer: [
      'Een programma als dit kent een resultaat dat pas over een zeer lange termijn bereikt kan worden. Een programma is een sturingsstructuur voor een reeks samenhangende werkzaamheden (projecten, routines, improvisaties) die samen moeten leiden tot het realiseren van een doelstelling: een verandering, verbetering of vernieuwing, die te beïnvloeden is, maar niet af te dwingen. Dat betekend dus ook dat we per inspanning formuleren waar we met die inspanning naartoe willen en binnen welk tijdsbesef. Inspanningen worden binnen het programma ontwikkeld en uitgetest en als ze werken gaan ze terug naar de reguliere lijn.',
      'Het volledige programma wordt gevolgd aan de hand van harde cijfers maar ook aan de hand van de gesprekken met inwoners die we regelmatig gaan herhalen.',
      'In deze fase kunnen we in ieder geval al de volgende leerpunten aangeven:',
      '- De trainingen die de ambassadeurs hebben gevolgd zorgen ervoor dat zij met een andere bril naar de opgaven in Noord en Oost zijn gaan kijken. Dat heeft ertoe geleidt dat de trainingen nu ook aan andere medewerkers van zowel gemeente al partners gegeven gaan worden;',
      '- Inwoners geven aan graag mee te willen doen maar geven ook aan dat we niet ieder jaar met iets nieuws moeten komen (dat is wel hun ervaring, ze worden vaker betrokken maar haken af omdat we iedere keer weer op een andere manier hun betrokkenheid vragen);',
      '- We lossen in het programma vraagstukken op maar merken keer op keer dat deze ook in de reguliere lijn opgelost hadden kunnen worden als er voldoende kennis en ruimte zou zijn, dit leerpunt nemen we mee in de trainingen.',
    ].join('\n'),
  },
  {
    number: 2,
    theme: 'Verantwoordelijkheid en zelfredzaamheid',
    questions: [
      'Hoe wordt voorkomen dat het programma de individuele verantwoordelijkheid van inwoners ondermijnt?',
      'Op welke manier worden inwoners gestimuleerd om zelf regie te nemen over hun toekomst, in plaats van afhankelijk te blijven van overheidshulp?',
    ],
    answer: [
      'Hierop is geen snel of eenvoudig antwoord te formuleren. We moeten rekening houden met een aantal aspecten:',
      '1. Bij verantwoordelijkheid en zelfredzaamheid hoort uitdrukkelijk ook eigenaarschap. De systeemwereld heeft sterk de neiging om eigenaarschap altijd naar zich toe te trekken. Ze bestaat immers bij de gratie van dat eigenaarschap. Dat eigenaarschap willen we terug leggen bij onze inwoners, zij moeten gaan over aspecten als ontmoeting en verbinding;',
      `2. Menselijk gedrag is doorgaans een uitkomst van een ingewikkeld samenspel van factoren, dat heeft de Wetenschappelijke Raad voor het Regeringsbeleid (WRR) in 2018 nog eens benadrukt in het rapport Weten is nog geen doen (${WRR_URL}). Kiezen voor gezond is een luxe die is voorbehouden aan mensen die hun leven en relaties op orde hebben.`,
      '3. In de afgelopen jaren is er in beleid, wet- en regelgeving teveel nadruk komen te liggen op het individu. Maar verantwoordelijkheid en zelfredzaamheid wordt gevormd in de gemeenschap.',
      'Al deze aspecten zijn of worden verweven in de programmaonderdelen.',
    ].join('\n'),
  },
  {
    number: 3,
    theme: 'Bestuurlijke en financiële controle',
    questions: [
      'Hoe ziet de tijdsplanning en de financiële planning eruit voor de middellange termijn van 3-4 jaar?',
      'Welke concrete exit-strategie of evaluatiemomenten zijn ingebouwd als blijkt dat het programma niet effectief genoeg is?',
    ],
    answer: [
      'Iedere inspanning in het programma kent een eigen tijdspad en die zijn in bijlage 2 uitgewerkt, voor zover nu reeds inzichtelijk. De financiële planning hebben we uitgewerkt in de aanvraag naar de Regio en die loopt topt en met 2026. Bij een nieuwe aanvraag zullen we deze uiteraard opnieuw uitwerken.',
      'Bij complexe gebiedsgerichte programma’s waarin uiteenlopende domeinen worden gekoppeld is niets zo ingewikkeld dan sturen op de effectiviteit. De verschillende draaiknoppen binnen een programma kennen immers allemaal heel verschillende looptijden. Denk daarbij aan woningbouw die je niet een twee drie realiseert ten opzichte van een Tussen Wal en Schip budget waarmee je direct kunt ingrijpen. Om dit goed te kunnen monitoren hebben we bij ZONMW een onderzoeksbudget voor de komende drie jaar aangevraagd. Daarbij zijn we de eerste ronde gepasseerd en zijn we nu voor de tweede ronde de aanvraag aan het afronden. Als we dit budget toegekend krijgen starten we op 1 januari 2026 met een participatief onderzoek van drie jaar waarin we aspecten vanuit het leven van onze inwoners meenemen. Daarbij moet u denken aan bestaanszekerheid maar ook de duurzaamheid van de woning en de gezondheid. Allemaal aspecten waar we binnen het programma op investeren. Gezien de positieve reactie van de beoordelingscommissie in fase 1 zijn we hoopvol gestemd.',
    ].join('\n'),
  },
  {
    number: 4,
    theme: 'Samenwerking en verantwoordelijkheden van partners',
    questions: [
      'Hoe wordt geborgd dat externe partners daadwerkelijk hun aandeel leveren en niet alleen afhankelijk zijn van gemeentelijke inzet?',
      'Wat gebeurt er als partners structureel onderpresteren? Kan de gemeente dan ingrijpen?',
    ],
    answer:
      'Een essentieel onderdeel van sturing is meekijken in de ‘echte werkelijkheid’ van onze inwoners en luisteren naar hun ervaringen. Alleen door dicht op de praktijk te zitten kun je beoordelen of we onze doelstellingen ook echt gaan behalen. Dat kan niet anders dan samen met partners en begint bij gezamenlijke doelen en gezamenlijke handelingsperspectieven. Daar waar we ons verhaal vertellen merken we dat iedereen zich hierin kan vinden. Bij de concrete beantwoording van hoe we onze doelen willen bereiken zit er wel eens ruimte in de mogelijke oplossingen. Dat is een continu proces van sturen en bijsturen. Waarbij we zeker niet bang moeten zijn om ook op punten in te grijpen. We zitten weliswaar nog niet in die fase maar houden hier zeker rekening mee voor de toekomst. Dat zullen we ook met alliantiepartners gaan vastleggen.',
  },
  {
    number: 5,
    theme: 'Governance en sturing',
    questions: [
      'Hoe wordt voorkomen dat de drie ambassadeursgroepen met tegengestelde belangen het programma blokkeren of vertragen?',
      'Welke formele zeggenschap heeft de raad over de koers van het programma, en blijft deze rol behouden?',
    ],
    answer: [
      'De ambassadeursgroepen gaan elkaar heel regelmatig ontmoeten en samen aan de slag met bepaalde thema’s. Op 17 april jl. hebben we al een eerste ontmoeting georganiseerd. De inwoners ambassadeurs vonden het in eerste instantie best spannend maar waren uiteindelijk volop aan het woord! In Nederland zijn er ook voorbeelden te vinden van vormen van gebiedsaanpakken die aan kunnen sluiten bij Brunssum ook daar willen we met gezamenlijk groepen gaan kijken. Eigenaarschap moet op die manier bij iedereen gevoeld worden.',
      'De Raad heeft uiteraard de rol om toe te zien op de uitvoering vanuit het college. Om dat goed te kunnen doen willen we ook in de toekomst in begrotingen en jaarstukken de programmatische aanpak een belangrijke en duidelijk plek geven, uiteraard in overleg met de raad.',
      'Iedere 4 jaar wordt de raad uitgebreid op de hoogte gesteld van de stand van zaken en de nieuwe inspanningen die we willen gaan doen.',
    ].join('\n'),
  },
  {
    number: 6,
    theme: 'Regionale en landelijke afstemming',
    questions: ['Hoe wordt overlap of versnippering voorkomen met andere programma’s in Parkstad, zoals in Heerlen-Noord?'],
    answer: [
      'We werken intensief samen met alle gemeenten in de regio. Met het programma Heerlen Noord hebben we op ambtelijk niveau heel regelmatig overleg. Zo hebben we meegekeken met de indicatoren die in Heerlen gehanteerd worden en deze ook meegenomen in ons programma. Omgekeerd is Heerlen erg geïnteresseerd in onze aanpak m.b.t. bestaanszekerheid en het stabiliteitsdenken.',
      'Voor wat betreft het onderdeel Sociaal Veilig wordt er met alle gemeenten intensief samengewerkt. We hoeven het wiel niet keer op keer opnieuw uit te vinden, we willen een waterbed voorkomen, et cetera.',
    ].join('\n'),
  },
  {
    number: 7,
    theme: 'Draagvlak en representativiteit',
    questions: [
      "Hoe is gewaarborgd dat de 'stem van de inwoner' ook echt representatief is voor alle bewoners van Noord en Oost?",
      'Hoe worden moeilijk bereikbare of minder mondige groepen betrokken?',
    ],
    answer: [
      'Het team van ambassadeurs vanuit de inwoners is een team waarbij we vooral op zoek zijn gegaan naar de stem van inwoners die we niet regelmatig horen. Dat is ons tot nu toe goed gelukt. Ook bij de initiële interviews hebben we willekeurig aangebeld in zoveel mogelijk straten om zo een representatief beeld te krijgen.',
      'Echter de stem van inwoners goed laten klinken in dit soort complexe vraagstukken vraagt ook om een variatie van instrumenten. Cijfers en bestaande vragenlijsten spelen daarin een rol (zie ook vraag 12) maar ook de ontwikkelingen binnen het gebiedsgericht werken. We willen graag dat medewerkers van de gemeente zich in kunnen leven in inwoners waarvoor ze de keuzes maken, dat vraagt om een kanteling van de organisatie, en het serieus nemen van de informatie die inwoners ons brengen.',
      'Een ander belangrijk instrument is de inzet van Ervaringswerkers in het Sociaal Domein. Ook zij hebben een schat van informatie dat ons verder kan helpen.',
      'Bij de ontwikkeling van de participatieverordening zetten we heel bewust in op het trainen van onze mensen in “Het relevante gesprek” een manier van werken waarin iedere stem telt.',
      'Kortom het gaat om het ophalen van zoveel mogelijk geluiden en het creëren van breed draagvlak vanuit heel veel verschillende instrumenten.',
    ].join('\n'),
  },
  {
    number: 8,
    theme: 'Effect op de rest van Brunssum',
    questions: [
      'Wat zijn de effecten van deze focus op Noord en Oost op de rest van Brunssum?',
      'Hoe voorkomen we dat andere wijken zich achtergesteld voelen of zelf ook extra ondersteuning gaan eisen?',
    ],
    answer:
      'Het programma is gestart in Brunssum Noord en Oost vanuit de gedachte dat daar het vraagstuk het grootste is. Echter onze inzet om systemen op alle fronten aan te pakken heeft effect op de hele gemeente. We testen onderdelen in de praktijk van Brunssum Noord en Oost maar zetten de definitieve resultaten in, in de hele gemeente. Daarnaast maken we nu bij Sociaal Veilig en het Tussen Wal en Schip budget al geen uitzonderingen ongeacht uit welk deel van Brunssum de vraag komt.',
  },
  {
    number: 9,
    theme: 'Personele capaciteit en organisatie-inrichting',
    questions: [
      'Is de gemeentelijke organisatie op dit moment voldoende toegerust om deze domein overstijgende en integrale aanpak uit te voeren?',
      'Zijn de benodigde vaardigheden en competenties bij ambtenaren aanwezig, of zijn er aanvullende opleidingen/bemensing nodig?',
    ],
    answer: [
      'Nog niet voldoende. Vandaar ook dat we gestart zijn met een uitgebreid trainingsprogramma voor de ambassadeurs. Daarbij hebben we gemerkt dat nog niet alle competenties zijn ontwikkeld maar mensen zijn wel erg enthousiast over de beweging.',
      'Dit trainingsprogramma wordt nu uitgebreid naar de medewerkers van WMO-toegang, Jeugd-Toegang, ISD-bol en betere buren. Na de zomer starten we met een trainingsprogramma waar ook de partnerorganisaties bij betrokken zijn. Over extra bemensing is in dit stadium nog niets te zeggen.',
    ].join('\n'),
  },
  {
    number: 10,
    theme: 'Externe financiering en afhankelijkheid',
    questions: ['Hoe groot is het risico dat het programma onvoldoende middelen heeft om de ambities waar te maken?'],
    answer:
      'Natuurlijk zitten daar risico’s aan. We moeten ons echter ook realiseren dat een groot deel van het programma gestoeld is op dingen anders doen en niet zozeer op meer van hetzelfde doen. Daarmee kunnen we ook heel veel bereiken binnen de voorhanden zijnde middelen en gebruiken we de aanvullende financiering vooral om de winkel te verbouwen terwijl deze open blijft.',
  },
  {
    number: 11,
    theme: 'Preventie en signalering',
    questions: ['Wordt er preventief gewerkt aan risicoprofielen en vroegsignalering, of blijven we reactief handelen op crisissituaties?'],
    answer: [
      'Preventie en vroeg signalering is een essentieel onderdeel. Dat is ook goed terug te zien in de verschillende inspanningen die we doen. Zorgzame wijk noord is daar een voorbeeld van. Voor een deel komt dit voort uit het feit dat onder andere huisartsen aangeven dat in de wachtkamer van de huisarts veel sociaal maatschappelijke problemen terecht komen die niet thuis horen in het medische circuit. Kun je deze problematiek binnen de gemeenschap al in een vroeg stadium aan de orde stellen en opvangen door onderlinge ondersteuning? Daar zijn in Nederland steeds meer voorbeelden van en dat willen we in Noord (uiteraard met inwoners) verder ontwikkelen.',
      'Bij de inspanningen rondom het Sociaal Domein willen we veel meer gaan doen met de ervaringskennis van mensen om zo erger te voorkomen of voor oplossingen te kiezen die vaak veel eenvoudiger zijn dan die we in het systeem voortdurend nastreven.',
      'We maken ook ruimte voor sociale ontmoetingen vanuit de behoefte van inwoners en met de inwoners als eigenaar. Waarom?:',
      'Sinds kort is het duidelijk dat het sociale, het mentale en het biologische in netwerken tussen bewoners op een prachtige manier samenwerken. Wetenschappelijk onderzoek heeft gewezen op de beschermende waarde van sociale netwerken voor hart- en vaatziekten, diabetes, mentale klachten, infectieziekten en ziekmakende eenzaamheid. Blootstelling aan anderen en dus aan meer gevarieerde micro-organismen leidt ook tot een sterker microbioom. Gedoseerde blootstelling aan bacteriën en virussen sterkt ons immuunsysteem omdat het door blootstelling heeft geleerd hoe het moet reageren op potentieel schadelijke micro-organismen.',
      'Eenvoudig geformuleerd — door sociaal verkeer ontstaat een betere balans tussen goeie en slechte bacteriën en een grotere weerbaarheid. Eenzaamheid is niet alleen een sociaal en mentaal fenomeen, maar het trekt ook een spoor in de darmflora. Datzelfde geldt voor blootstelling aan natuur - aan bomen, struiken, dieren en modder. Kinderen die buiten spelen en de modder niet uit de weg gaan, hebben een weerbaarder immuunsysteem. Wandelen in het bos is nuttig voor de spieren, de stemming, en de weerbaarheid.',
      'Gevarieerde contacten helpen echter niet alleen om ziektes te voorkomen. Sociale contacten maken een leven met pech — met chronische ziekten, beperkingen, of bijverschijnselen van intensieve behandelingen — ook in veel opzichten dragelijker.',
      'Sociale contacten hebben te maken vele soorten van ‘ontmoeten’. In de organisatie van ontmoetingen speelt de publiek ruimte een sleutelrol. Straten, pleinen, stadstuinen, buurtcentra, hangplekken, muurtjes, bioscopen, bibliotheken, cafés: publieke ontmoetingsplekken stimuleren verbindingen, netwerken en contact, en dus welzijn, welzijn en veerkracht in de breedste zin van het woord.',
    ].join('\n'),
  },
  {
    number: 12,
    theme: 'Meetinstrumenten en feedback',
    questions: ['Hoe meet je ‘vertrouwen’, ‘eigen regie’ of ‘gevoel van bestaanszekerheid’ in de praktijk?'],
    answer: [
      'Voor een deel wordt die meegenomen in onderzoeken die voor een belangrijk deel bestaan uit data verkregen uit vragenlijsten waarin mensen zelf aangeven hoe ze dingen ervaren (subjectieve data naast harde cijfers). Zo is eigen regie (naast de gezondheidsdata) een belangrijk item in de Gezondheidsmonitor van de GGD. Vraagt het NIBUD mensen hoe ze rond kunnen komen met hun geld en naar hun ervaringen. Dit doen ze naast harde cijfers rondom geldzaken. Het CBS neemt in veel monitoren onderdelen van Vertrouwen mee. Het is zaak om harde cijfers ook te toetsen aan de verhalen van onze inwoners.',
      'In de aanloopfase naar het programmaverhaal en het programmaplan hebben we in Oost en in Noord zo’n 250 mensen gesproken, deze gesprekken zijn ook een belangrijk onderdeel van de subjectieve data van mensen in Brunssum. Lopende het programma zullen we regelmatig met vergelijkbare grote groepen in gesprek gaan om te blijven meten welke veranderingen we op gang brengen.',
    ].join('\n'),
  },
  {
    number: 13,
    theme: 'Structurele versus incidentele hulp',
    questions: [
      'Hoe voorkomen we dat ‘het kleine zetje’ (zoals het vervangen van een dak) slechts incidentele oplossingen blijven zonder systeemaanpassing?',
      'Wordt dit gekoppeld aan structurele wijzigingen in beleidsregels of werkwijzen binnen de gemeente en ketenpartners?',
    ],
    answer:
      'Het Tussen Wal en Schip budget is een lerend systeem. Alle Casuistiek wordt gebruikt om de knelpunten uit de echte werkelijkheid van onze inwoners bloot te leggen en daarmee inzicht te krijgen in waar het systeem vaalt. Wat nu reeds opvalt is bijvoorbeeld het feit dat we bepaalde vormen van zorg zoals bemoeizorg wel inkopen (via de centrumgemeente bijvoorbeeld), maar niet voldoende sturen op dat wat we hiervan verwachten. We zetten die kennis niet alleen nu in bij de sturing op organisaties, maar gebruiken het ook bij de nieuwe inkoop en aanbestedingsronde. Op deze manier werken we door het hele programma.',
  },
];
