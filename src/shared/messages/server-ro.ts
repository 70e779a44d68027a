/** Romanian strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonRo } from './common';
import type { ServerMessages } from './server';
import type { SurveyWords } from './survey-words-en';

export const serverRo: ServerMessages & SurveyWords = {
  ...commonRo,
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Deschide panoul scorului de sănătate',
  menuSetUp: 'Configurează scorul de sănătate',
  menuTrafficLights: 'Aplică semafoarele',
  menuSnapshot: 'Creează acum un instantaneu',
  menuImportSurveys: 'Importă răspunsurile la sondaje',
  menuExportCrm: 'Exportă pentru CRM',
  menuHelp: 'Ajutor',
  // What the sidebar sends, checked at the server (src/server/requests.ts)
  errorBadRequest:
    'Panoul a trimis o valoare pe care suplimentul nu o poate folosi ({field}). Închideți panoul, redeschideți-l și încercați din nou.',
  errorBandOutOfRange:
    'Pragurile categoriilor sunt scoruri de la 0 la 100: {value} este în afara acestui interval.',
  errorBandsOrder: 'Pragul Sănătos ({healthy}) trebuie să fie peste pragul Critic ({unhealthy}).',
  alertErrorTitle: 'Customer Health Score: a apărut o problemă',
  // Surveys: the menu's import before any survey was imported
  alertNoSurveyYet:
    'Încă nu a fost importat niciun sondaj. Deschide {panel}, mergi la fila {tab}, alege formularul Google sau foaia cu exportul din instrumentul tău de sondaje și importă-l o dată: de atunci încolo, această opțiune din meniu importă din nou același sondaj.',
  surveysTabName: 'Sondaje',
  alertNoAccountSheet:
    'Deschide foaia cu lista conturilor tale (câte un cont pe rând, anteturile pe rândul 1), apoi încearcă din nou.',
  alertAddonSheet:
    '„{sheet}” este o foaie pe care suplimentul o folosește pentru el însuși, nu o listă de conturi. Deschide foaia cu lista conturilor tale (câte un cont pe rând, anteturile pe rândul 1) și rulează acolo „{menu}”.',
  toastMetricRenamed: 'Health Model actualizat: metrica „{from}” se numește acum „{to}”, ca și coloana ei.',
  toastSetUpDone:
    'Scorul de sănătate a fost configurat în „{sheet}” cu {metrics, plural, one {# metrică} few {# metrici} other {# de metrici}}.',
  toastSetUpUnchanged: 'Scorul de sănătate din „{sheet}” era deja configurat; nu s-a schimbat nimic.',
  toastSetUpOutcome:
    '„{column}” arată ce conturi au plecat: deschide fila Backtest din panou ca să vezi cât de bine îl anticipează scorul.',
  toastTrafficLightsDone:
    'Semafoare aplicate în „{sheet}” ({rules, plural, one {# regulă} few {# reguli} other {# de reguli}}).',
  toastSnapshotDone:
    'Instantaneu creat: {accounts, plural, one {# cont} few {# conturi} other {# de conturi}}, {alerts, plural, one {# s-a înrăutățit} other {# s-au înrăutățit}}.',
  toastSurveysImported:
    'Răspunsuri la sondaje importate. Adăugate: {added}; actualizate: {updated}; neasociate: {unmatched}.',
  toastModelSaved: 'Modelul a fost salvat în foaia Health Model.',
  toastCrmExported:
    '{accounts, plural, one {# cont exportat} few {# conturi exportate} other {# de conturi exportate}} în foaia „{sheet}”, gata de importat în CRM.',
  modelBandThresholds: 'Pragurile categoriilor',
  modelHealthyAt: 'Sănătos de la',
  modelUnhealthyBelow: 'Critic sub',
  modelAsOf: 'Scoruri la data de',
  modelBandLabels: 'Denumirile categoriilor',
  bandLabelNoScore: 'Fără scor',
  digestSubject:
    '{count, plural, =0 {Niciun cont nu s-a înrăutățit} one {# cont s-a înrăutățit} few {# conturi s-au înrăutățit} other {# de conturi s-au înrăutățit}} în {sheet}',
  digestIntro:
    '{count, plural, =0 {Niciun cont nu s-a înrăutățit} one {# cont s-a înrăutățit} few {# conturi s-au înrăutățit} other {# de conturi s-au înrăutățit}} în „{sheet}” în instantaneul din {date}.',
  digestMore: '…și încă {more}.',
  digestOpen: 'Deschide foaia de calcul: {url}',
  digestOpenLink: 'Deschide {sheet}',
  digestUnnamed: 'foaia ta de calcul',
  digestBandChange: '{from} → {to}, {scores}',
  digestScores: 'scor {from} → {to} (−{drop})',
  digestStill: '{scores}, rămâne {band}',
  digestNow: '{scores}, acum {band}',
  helpTitle: 'Customer Health Score: ajutor',
  helpText:
    'Câte un scor de la 0 la 100 pentru fiecare cont, calculat din metricile și ponderile din foaia Health Model. ' +
    'De la pragul „sănătos” în sus este verde, sub pragul „critic” este roșu, între ele este galben. ' +
    'Folosește =HEALTHSCORE(valori; anteturi; HealthModel) într-o foaie sau deschide panoul scorului de sănătate ca să ajustezi modelul.',
  // Survey import and preview (src/server/surveys): errors, report lines and notes
  surveyFieldAccount: 'Cont',
  surveyFieldComment: 'Comentariu',
  surveyChooseSource:
    'Alege sondajul de importat: un formular Google (URL-ul sau ID-ul lui) sau foaia cu răspunsurile.',
  surveyNoSuchSheet: 'În această foaie de calcul nu există nicio foaie numită „{sheet}”.',
  surveyAddonSheetChosen:
    '„{sheet}” este una dintre foile suplimentului, nu conține răspunsuri la un sondaj: alege foaia cu exportul din instrumentul tău de sondaje sau cu răspunsurile formularului.',
  surveyAccountSheetChosen:
    '„{sheet}” este foaia ta de conturi, nu conține răspunsuri la un sondaj: alege foaia cu exportul din instrumentul tău de sondaje sau cu răspunsurile formularului.',
  surveyNoForm:
    'La „{form}” nu există niciun formular pe care să-l poți deschide ({message}). Lipește URL-ul (sau ID-ul) unui formular pe care îl poți edita.',
  surveySheetEmpty:
    'Foaia „{sheet}” este goală: lipește sau importă acolo răspunsurile la sondaj, cu anteturile pe primul rând.',
  // What an action refuses, named for the user (set-up, export, alerts, learned weights, snapshots)
  setUpNeedsRows: '„{sheet}” trebuie să aibă un rând de antet și, sub el, cel puțin un rând cu un cont.',
  chooseAccountSheet: 'Alege foaia cu conturile tale.',
  noSuchSheet: 'În această foaie de calcul nu există nicio foaie numită „{sheet}”.',
  sheetGone: 'Nu mai există nicio foaie numită „{sheet}”.',
  crmExportIsExport: '„{sheet}” este chiar exportul: alege foaia cu lista conturilor tale.',
  alertNotAnEmail: '„{address}” nu este o adresă de e-mail.',
  alertNoRecipients: 'Adaugă cel puțin o adresă la care să fie trimis e-mailul de alertă.',
  alertTooManyRecipients:
    'Rezumatul poate fi trimis la cel mult {limit} de adrese (limita Google pentru un e-mail); în listă sunt {count}. Pentru o echipă mai mare, folosește adresa unui grup.',
  alertNotShared:
    '{count, plural, one {Această foaie de calcul nu este partajată cu adresa {addresses}} other {Această foaie de calcul nu este partajată cu adresele {addresses}}}: rezumatul ajunge doar la echipă. Pentru ca o adresă să primească rezumatul, proprietarul poate partaja foaia de calcul cu ea (accesul de vizualizare este suficient).',
  alertNotSharedOrDomain:
    '{count, plural, one {Această foaie de calcul nu este partajată cu adresa {addresses}, care nici nu este din {domain}} other {Această foaie de calcul nu este partajată cu adresele {addresses}, care nici nu sunt din {domain}}}: rezumatul ajunge doar la echipă. Pentru ca o adresă să primească rezumatul, proprietarul poate partaja foaia de calcul cu ea (accesul de vizualizare este suficient).',
  learnedRunBacktestFirst: 'Rulează mai întâi backtestul: nu există niciun model învățat de aplicat.',
  learnedCannotApply: 'Modelul învățat nu a putut fi aplicat: {message}',
  learnedNoModelSheet: 'Nu există nicio foaie „{sheet}” de păstrat.',
  learnedNothingToRestore:
    'Nu există nicio foaie „{sheet}” de restabilit: nu au fost aplicate ponderi învățate.',
  learnedCannotRestore: 'Foaia „{sheet}” nu a putut fi restabilită: {message}',
  snapshotSetUpFirst: 'Configurează mai întâi scorul de sănătate pe foaia ta de conturi (meniu: „{menu}”).',
  snapshotHistoryGone: 'Foaia „{sheet}” nu mai există.',
  historyFullColumn:
    'Foaia {sheet} are nevoie de o coloană Computed score, dar foaia de calcul folosește deja {used} din cele {limit} de celule permise de Google. Nu s-a scris nimic. Șterge rândurile vechi din istoric sau foile și coloanele nefolosite, creează instantanee mai rar sau păstrează istoricul în BigQuery.',
  historyFullRows:
    'Instantaneul de azi are nevoie de încă {rows, plural, one {# rând} few {# rânduri} other {# de rânduri}} în {sheet}, dar foaia de calcul folosește deja {used} din cele {limit} de celule permise de Google. Nu s-a scris nimic. Șterge rândurile vechi din istoric sau foile și coloanele nefolosite, creează instantanee mai rar sau păstrează istoricul în BigQuery.',
  modelSheetNotOurs:
    'Foaia de calcul are deja o foaie numită „{sheet}” care nu este un tabel Health Model (anteturile Metric și Weight în A1:B1). Redenumește-o, apoi rulează din nou „{menu}”.',
  someManagedColumns:
    '„{sheet}” are deja unele dintre coloanele {columns}, dar nu pe toate. Redenumește-le sau elimină-le, apoi rulează din nou „{menu}”.',
  noScoreColumns: '„{sheet}” nu are încă coloanele „{score}” și „{band}”: rulează mai întâi „{menu}”.',
  exportMissingColumns:
    '{count, plural, one {„{sheet}” nu are coloana {columns}} other {„{sheet}” nu are coloanele {columns}}}: rulează mai întâi „{menu}” pe această foaie.',
  exportSheetNotOurs:
    'Foaia de calcul are deja o foaie numită „{sheet}”, al cărei prim rând este „{found}”, nu „{columns}”. Nu este un export al acestui supliment, așa că nu s-a scris nimic: redenumește sau șterge acea foaie, apoi exportă din nou.',
  exportBlankHeader: '(gol)',
  namedRangeTaken:
    'Foaia de calcul are deja un interval denumit „{name}” (în „{at}”), un nume pe care suplimentul îl folosește pentru foaia sa {sheet}. Redenumește-l pe al tău (Date ▸ Intervale denumite), apoi rulează din nou „{menu}”.',
  modelExtrasTaken:
    'Foaia {sheet} are deja ceva în {cells}, unde configurarea pune data „{asOf}” și denumirile categoriilor. Mută conținutul în altă parte, apoi rulează din nou „{menu}”.',
  modelMissing: 'Intervalul denumit {table} nu există încă: rulează „{menu}”.',
  modelTableMissing:
    'Foaia de calcul are o foaie „{sheet}”, dar fără tabelul {table}: rulează mai întâi „{menu}” (preia un tabel Health Model existent sau îți spune ce stă în cale).',
  segmentColumnTaken:
    'Segmentele au nevoie de coloana I a foii {sheet} (o coloană Segment lângă tabel), dar {cell} conține ceva. Mută conținutul în altă parte, apoi salvează din nou.',
  historySheetNotOurs:
    'Foaia de calcul are deja o foaie numită „{sheet}”, al cărei prim rând nu este {columns}. Instantaneele ar scrie în ea: redenumește-o, apoi rulează din nou „{menu}”.',
  snapshotAfterToday:
    'Cel mai recent instantaneu este din {day}, o dată de după azi ({today}): verifică fusul orar al foii de calcul.',
  spreadsheetFull:
    'Foaia de calcul este plină: Google permite {limit} de celule într-o foaie de calcul, numărând fiecare celulă din grila fiecărei foi, inclusiv pe cele goale, iar această acțiune avea nevoie de mai multe. Nicio celulă de-a ta nu a fost modificată. Șterge foile de care nu mai ai nevoie sau rândurile și coloanele goale de la finalul foilor mari, apoi încearcă din nou.',
  scheduleTooManyTriggers:
    'Nu s-a programat nimic: Google permite unei persoane să ruleze programat acest supliment în cel mult {limit} de foi de calcul, iar tu o faci deja în {limit}. Oprește programarea într-una dintre ele (panoul scorului de sănătate, fila Istoric sau Sondaje), apoi încearcă din nou aici.',
  surveyBusy:
    'Un alt import de sondaje (sau o asociere) scrie chiar acum în foaia Survey Responses. Nu s-a modificat nimic: încearcă din nou peste un minut.',
  surveyNothingImportedYet:
    'Încă nu a fost importat niciun sondaj: deschide panoul scorului de sănătate, alege un formular sau o foaie cu răspunsuri în fila Sondaje și importă-l o dată. După aceea, aici se importă din nou același sondaj.',
  surveyNoFormsPermission:
    'Importul programat citește un formular Google, dar acest cont nu a permis suplimentului să citească formulare. Deschide fila Sondaje și activează din nou programarea (sau importă o dată manual) ca să acorzi permisiunea.',
  surveyScheduleWouldOverwrite:
    'Nu s-a importat nimic: acest import ar goli {blanked} și ar modifica {changed} valori aflate deja în foaia Survey Responses. Deschide fila Sondaje, verifică ce întrebare alimentează fiecare câmp și importă de acolo.',
  surveySetUpOnAddonSheet:
    'Scorul de sănătate este configurat pe „{sheet}”, una dintre foile suplimentului: deschide foaia cu lista conturilor tale, rulează acolo {menu}, apoi importă din nou.',
  surveySetUpFirst:
    'Configurează mai întâi scorul de sănătate pe foaia ta de conturi ({menu}): răspunsurile la sondaje sunt asociate conturilor din acea foaie.',
  surveyChooseResponse: 'Alege răspunsul de asociat.',
  surveyChooseAccount: 'Alege contul căruia să-i fie asociat.',
  surveyNoSuchAccount: 'În „{sheet}” nu există niciun cont „{account}”.',
  surveyNoSuchResponse: 'În foaia Survey Responses nu există niciun răspuns „{response}”.',
  surveyAlreadyMatched: 'Răspunsul „{response}” este deja asociat contului „{account}”.',
  surveyNothingToAssignBy:
    'Răspunsul „{response}” nu are nici un răspuns, nici o adresă de e-mail după care să fie asociat.',
  surveySheetNotOurs:
    'Foaia „{sheet}” nu începe cu coloanele {columns}. Redenumește acea foaie, apoi importă din nou.',
  surveySheetNoHeader:
    'Foaia „{sheet}” are rânduri, dar nu are rând de antet: refă antetul sau redenumește foaia.',
  surveyMappingMissing: 'Lipsește corespondența dintre întrebări și câmpuri.',
  surveyNotAQuestion: '{field}: „{question}” nu este o întrebare din „{form}”.',
  surveyScaleTop:
    'Valoarea maximă a scalei {field} trebuie să fie un număr întreg între 2 și {max} (primit: {value}).',
  surveyQuestionTwice:
    '„{question}” este aleasă atât pentru {first}, cât și pentru {second}: o întrebare poate alimenta un singur câmp. Alege altă întrebare pentru unul dintre ele.',
  surveyQuestionGone:
    '{field}: întrebarea „{question}” nu mai există în „{form}”, așa că se folosește {now}.',
  surveyQuestionGoneReason: '„{question}” nu mai există în formular: {now}',
  surveyQuoted: '„{text}”',
  surveyListSeparator: ', ',
  surveyNoQuestion: 'nicio întrebare',
  surveyReplacement: '„{question}” ({reason})',
  surveyOptionsInvalid: 'Opțiunile de import nu sunt valide.',
  surveyWindowInvalid:
    'Numărul de zile de răspunsuri luate în calcul de scoruri trebuie să fie peste 0 (primit: {value}).',
  surveyAddColumnsInvalid: 'Adăugarea coloanelor de scor trebuie să fie da sau nu (primit: {value}).',
  surveyTimeRanOut:
    'Timpul s-a terminat după citirea a {read} din {total} răspunsuri (începând cu cele mai vechi): următorul import continuă de acolo. Importă din nou sau lasă programarea să o facă.',
  surveyOldResponses:
    '{old, plural, one {# din cele {total} răspunsuri este mai vechi} few {# din cele {total} răspunsuri sunt mai vechi} other {# din cele {total} de răspunsuri sunt mai vechi}} decât cele {days} zile luate în calcul de scoruri: se află în foaia Survey Responses, nu în coloanele NPS și CSAT.',
  surveyNotImported: 'Neimportate (niciun câmp al scorului de sănătate): {questions}.',
  surveyNotImportedMore: 'Neimportate (niciun câmp al scorului de sănătate): {questions} și încă {more}.',
  surveyAnswerLeftBlank: '{problem} Celula a fost lăsată goală.',
  surveyMoreLeftBlank: '…și încă {more} răspunsuri lăsate goale din aceleași motive.',
  surveyColumnsNotAdded:
    'Răspunsurile au fost importate, dar coloanele {columns} nu au putut fi adăugate în „{sheet}” ({message}). Importă din nou ca să le adaugi.',
  surveyModelNotUpdated:
    'Health Model nu a putut fi actualizat ({message}): următorul import încearcă din nou.',
  surveyCsatScale:
    'Răspunsurile CSAT sunt pe o scală 1–{scale}, dar coloana CSAT numără doar răspunsuri 1–5, așa că nu a fost adăugată nicio coloană CSAT (răspunsurile sunt în foaia Survey Responses).',
  surveyAddMetricsYourself: '{why} Adaugă tu {metrics} în Health Model, ca scorul să le ia în calcul.',
  surveyNoModelRange: 'Nu există intervalul denumit {range}.',
  surveyModelUnreadable: 'Health Model nu a putut fi citit ({message}).',
  surveyModelFull: 'Intervalul {range} nu mai are rânduri goale.',
  surveyMetricNote: 'Adăugată de importul de sondaje (foaia Survey Responses).',
  // Why the detector chose each question (core/survey-import/detect.ts)
  surveyWhyMentions: 'titlul conține „{keyword}”',
  surveyWhyFitMentions: '{fit}, titlul conține „{keyword}”',
  surveyWhyByDomain: '{reason}: asociere după domeniul adresei de e-mail',
  surveyWhyAnswers: 'răspunsuri {lower}–{upper}',
  surveyWhyScale: 'scară {lower}–{upper}',
  surveyWhyRating: 'evaluare {lower}–{upper}',
  surveyWhyZeroToTen: '{answers}, deci o scară 0–10',
  surveyWhyChoice: 'întrebare cu variante de răspuns',
  surveyWhyParagraph: 'întrebare cu răspuns de tip paragraf',
  surveyWhyLongAnswers: 'răspunsuri libere lungi',
  surveyWhyFreeText: 'întrebare cu răspuns liber',
  surveyWhyNoNps: 'nicio scară 0–10 și nicio întrebare care să conțină „recomanda”',
  surveyWhyNoCsat: 'nicio scară 1–5 sau 1–7 și nicio întrebare care să conțină „mulțumit”',
  surveyWhyNoCes: 'nicio întrebare care să conțină „efort” sau „ușor”',
  surveyWhyNoAccount: 'nicio întrebare despre companie sau cont: asociere după e-mailul respondentului',
  surveyWhyAccountUntil: '{reason}; până atunci, asociere după e-mailul respondentului',
  surveyWhyNoComment: 'nicio întrebare de tip paragraf sau care să ceară comentarii',
  surveyWhyHalfFits:
    '„{question}” conține „{keyword}”, dar răspunsurile ei sunt {seen}: a rămas neasociată. Dacă există, alege tu întrebarea pentru {field}',
  surveyWhyFieldAccount: 'cont',
  surveyWhyFieldComment: 'comentariu',
  surveySeenCheckboxes: 'liste de opțiuni bifate',
  surveySeenLinks: 'linkuri către fișiere',
  surveySeenNumbers: 'numere',
  surveySeenFigures: 'mai ales cifre',
  surveySeenOptions:
    '{count, plural, one {# opțiune aleasă iar și iar} few {# opțiuni alese iar și iar} other {# de opțiuni alese iar și iar}}',
  surveySeenRange: 'numere {lower}–{upper}',
  surveySeenLongText: 'text liber lung',
  surveySeenShortText: 'text scurt',
  // Google Formulare's names of its question types
  surveyTypeScale: 'Scară',
  surveyTypeRating: 'Evaluare',
  surveyTypeText: 'Răspuns scurt',
  surveyTypeParagraph: 'Paragraf',
  surveyTypeChoice: 'Alegere multiplă',
  surveyTypeList: 'Meniu drop-down',
  surveyTypeCheckboxes: 'Casete de selectare',
  surveyTypeDate: 'Dată',
  surveyTypeOther: 'Altele',
  surveyTypeColumn: 'Coloană din foaie',
  surveyTypeScaled: '{type} {lower}–{upper}',
  surveyTypeAnswers: '{type}, răspunsuri {lower}–{upper}',
  // The starter model's Notes column (core/starter.ts returns a key, set-up writes it in the spreadsheet's language)
  starterNoteRamp: 'Red/Green din percentilele P10/P90 ale datelor.',
  starterNoteLowerIsBetter: 'Mai mic înseamnă mai bine. Red/Green din percentilele P90/P10 ale datelor.',
  starterNoteBuiltInWords: 'Cuvinte pe care suplimentul știe deja să le evalueze.',
  starterNoteCheckValues: 'Verifică Values: scoruri sugerate după sensul etichetelor.',
  starterNoteScoreLabels: 'Acordă scoruri acestor etichete în Values, apoi dă metricii o pondere: {labels}.',
  starterNoteOff: 'Dezactivată: valoarea unei facturi nu arată, singură, sănătatea clientului. {note}',
  starterNoteNoColumn:
    'Nicio coloană găsită pentru această componentă a scorului: adaugă una cu acest nume, apoi dă-i o pondere.',
  // Suprascrieri (src/server/overrides-api.ts)
  overridesMissing: 'Tabelul de suprascrieri nu există încă: rulează o dată {setUp} ca să-l creezi.',
  overrideUnknownAccount: 'Nu există niciun cont „{account}” în coloana {column} a foii de conturi.',
  overrideAlreadyActive: '„{account}” are deja o suprascriere până la {until}: încheie-o mai întâi.',
  overrideRowChanged:
    'Rândul {row} din foaia Overrides nu mai conține o suprascriere activă pentru „{account}”: foaia s-a schimbat. Nu s-a scris nimic.',
  overrideUntilPast: 'Data de sfârșit ({until}) este înainte de azi ({today}).',
  overridesBusy:
    'Altcineva scrie chiar acum în foaia Overrides. Nu s-a modificat nimic: încearcă din nou peste puțin timp.',
  // Suprascrieri expirate, în e-mailul de rezumat (src/core/history/alerts.ts)
  digestEndedSubject:
    '{count, plural, one {# suprascriere a expirat} few {# suprascrieri au expirat} other {# de suprascrieri au expirat}} în {sheet}',
  digestEndedIntro:
    '{count, plural, one {# suprascriere a depășit data de încheiere și nu se mai aplică} few {# suprascrieri au depășit data de încheiere și nu se mai aplică} other {# de suprascrieri au depășit data de încheiere și nu se mai aplică}}: se vede din nou scorul calculat.',
  digestEndedItem: '{set} (autor: {by}) până la {date}: {reason}',
  digestEndedItemNoBy: '{set} până la {date}: {reason}',
  digestEndedScore: 'scor {score}',
  digestEndedBand: 'categoria {band}',
  digestEndedScoreBand: 'scor {score} și categoria {band}',
  // Overrides: set-up's Overrides sheet, the Until onEdit fills in, header renames
  overridesSheetNotOurs:
    'Foaia de calcul are deja o foaie numită „{sheet}”, al cărei prim rând nu este {columns}. Configurarea păstrează acolo override-urile echipei: redenumește foaia ta, apoi rulează din nou „{menu}”.',
  overridesNameTaken:
    'Foaia de calcul are deja un interval denumit „{name}” (în „{sheet}”), un nume pe care suplimentul îl folosește pentru foaia sa {target}. Redenumește-l pe al tău (Date ▸ Intervale denumite), apoi rulează din nou „{menu}”.',
  toastUntilFilled:
    'Until a fost setat la {date}, peste {days, plural, one {# zi} few {# zile} other {# de zile}}: modifică-l dacă override-ul trebuie să se încheie mai devreme sau mai târziu.',
  toastOverridesKeyRenamed:
    'Overrides actualizat: coloana conturilor se numește acum „{to}”, ca și antetul ei.',
  toastSegmentColumnRenamed:
    'Health Model actualizat: segmentele după „{from}” folosesc acum „{to}”, ca și coloana.',
};
