/**
 * Romanian. Counted nouns take three forms (Intl.PluralRules: one / few / other): 1 cont,
 * 2–19 conturi, 20 de conturi; where a count stands before an adjective, "Label: {n}" reads better.
 */
import { commonRo } from './common';
import type { Messages } from './index';

const ACCOUNTS = '{accounts, plural, one {# cont} few {# conturi} other {# de conturi}}';
const METRICS = '{metrics, plural, one {# metrică} few {# metrici} other {# de metrici}}';

export const ro: Messages = {
  ...commonRo,

  // Sidebar: loading and sheet picker
  loading: 'Se încarcă…',
  loadFailed: 'Panoul nu a putut fi încărcat: {message}',
  retry: 'Încearcă din nou',
  languageLabel: 'Limbă',
  languageDiscard: 'Ai modificări nesalvate în model. Renunți la ele și schimbi limba?',
  sheetLabel: 'Foaia cu conturi',
  sheetRows:
    '{rows, plural, one {# cont} few {# conturi} other {# de conturi}}, {columns, plural, one {# coloană} few {# coloane} other {# de coloane}}',
  noSheets: 'Această foaie de calcul nu are încă nicio foaie cu rând de antet.',
  confirmDiscard: 'Ai modificări nesalvate în model. Renunți la ele și schimbi foaia?',
  unsavedLeave: 'Ai modificări nesalvate în Health Model.',
  modelProblem: 'Foaia Health Model nu a putut fi citită: {message}. Pornim de la un model sugerat.',
  starterNotice:
    'Încă nu există un Health Model: aceste metrici sunt sugerate pe baza coloanelor tale. Verifică-le și salvează.',

  // Sidebar: metrics
  metricsHeading: 'Metrici',
  noMetrics: 'Încă nu există metrici. Adaugă una mai jos.',
  include: 'Include',
  includeMetric: 'Include {metric}',
  weight: 'Pondere',
  weightOf: 'Ponderea pentru {metric}',
  weightSliderOf: 'Glisorul ponderii pentru {metric}',
  shareOf: '{share} din scor',
  red: 'Roșu',
  green: 'Verde',
  redOf: 'Roșu (subscor 0) pentru {metric}',
  greenOf: 'Verde (subscor 100) pentru {metric}',
  redPlaceholder: 'de ex. P10',
  greenPlaceholder: 'de ex. P90',
  suggest: 'Sugerează din date',
  suggestOf: 'Sugerează din date: Roșu și Verde pentru {metric} (P10 / P90)',
  suggestDone:
    'Roșu {red}, Verde {green}, sugerate din {count, plural, one {# valoare} few {# valori} other {# de valori}}.',
  suggestNoNumbers: 'Coloana are prea puține numere ca să sugerăm praguri.',
  more: 'Grup, valori, valoare lipsă',
  group: 'Grup',
  groupOf: 'Grupul pentru {metric}',
  values: 'Valori',
  valuesOf: 'Valorile pentru {metric}',
  valuesPlaceholder: 'Pleacă=0; Stabil=60; În creștere=100',
  missing: 'Dacă lipsește',
  missingOf: 'Dacă lipsește (subscorul folosit când celula e goală) pentru {metric}',
  missingPlaceholder: 'omite sau 0–100',
  missingSkipWord: 'omite',
  remove: 'Elimină',
  removeOf: 'Elimină {metric} din model',
  addMetric: 'Adaugă o metrică',
  addMetricChoose: 'Alege o coloană…',
  add: 'Adaugă',
  addOf: 'Adaugă coloana aleasă ca metrică',
  noColumnsLeft: 'Toate coloanele sunt deja în model.',
  notInSheet: 'Foaia nu are coloana „{metric}”.',
  // Metrics the sheet disagrees with, and advice in a CS manager's words (sidebar/metric-advice.ts)
  columnMissingClosest:
    'Coloana „{metric}” nu mai există (redenumită sau ștearsă?). Cea mai apropiată este „{column}”.',
  mapToColumn: 'Leagă de coloana „{column}”',
  thresholdSummary: 'Roșu {red} · Verde {green}',
  previewNeedsColumns: 'Leagă sau elimină metricii fără coloană ca să vezi previzualizarea.',
  adviceOutcome:
    '„{metric}” spune dacă clientul a plecat: folosită în scor, dezvăluie răspunsul. Folosește-o în fila Backtest.',
  adviceIdentifier:
    '„{metric}” identifică clienții (nume, ID, e-mail sau adresă web): nu spune nimic despre sănătatea lor.',
  advicePercentOnCount:
    '„{metric}” conține numărători, deci „{threshold}” înseamnă o fracțiune din 1. Introdu un număr, de ex. 7, nu 7%.',
  adviceWeightSpread:
    '„{large}” cântărește de peste 100 de ori mai mult decât „{small}”, care abia mișcă scorul.',
  bandOutOfRange: 'Introdu un scor de la 0 la 100.',
  lowerIsBetter: 'Mai mic e mai bine',

  // Sidebar: field validation
  weightInvalid: 'Introdu o pondere: un număr ≥ 0.',
  missingInvalid: '„Dacă lipsește” trebuie să fie gol, „omite” sau un subscor de la 0 la 100.',
  bandNumberInvalid: 'Introdu un număr.',
  bandOrderInvalid: 'Pragul Sănătos ({healthy}) trebuie să fie peste pragul Critic ({unhealthy}).',
  fixErrors: 'Corectează câmpurile marcate ca să poți salva.',

  // Sidebar: bands
  bandsHeading: 'Categorii',
  quartiles: 'Cuartile (cele mai bune 25% sănătoase, cele mai slabe 25% critice)',
  healthyAt: 'Sănătos de la',
  unhealthyBelow: 'Critic sub',

  // Sidebar: preview
  previewHeading: 'Previzualizare',
  previewFailed: 'Previzualizarea nu a putut fi calculată: {message}',
  previewEmpty: 'Niciun cont de previzualizat.',
  bandCount: '{band}: {count}',
  bandSummary: 'Sănătoase: {healthy}; la risc: {atRisk}; critice: {unhealthy}; fără scor: {noScore}.',
  distributionHeading: 'Distribuția scorurilor',
  bucket: 'Scoruri {from}–{to}: {count, plural, one {# cont} few {# conturi} other {# de conturi}}',
  lowestHeading: 'Conturile cu cel mai mic scor',
  lowestScore: 'Scor {score}',
  rowLabel: 'Rândul {row}',
  noDrivers: 'Nimic nu scade scorul.',

  // Sidebar: save
  save: 'Salvează modelul',
  saving: 'Se salvează…',
  saved: `Salvat la {time}: ${METRICS}.`,
  saveFailed: 'Nu s-a putut salva: {message}',
  unchanged: 'Nicio modificare de salvat.',
  unsaved: 'Modificări nesalvate.',
  // Sidebar: tabs and what they share
  tabsLabel: 'Secțiunile scorului de sănătate',
  tabModel: 'Model',
  tabHistory: 'Istoric',
  tabBacktest: 'Backtest',
  tabSurveys: 'Sondaje',
  tabLoadFailed: 'Fila nu a putut fi încărcată: {message}',
  refreshFailed: 'Gata, dar fila nu a putut fi actualizată: {message}',
  cancel: 'Anulează',
  scheduleOff: 'Dezactivat',
  scheduleHourly: 'Din oră în oră',
  scheduleDaily: 'Zilnic',
  scheduleFailed: 'Programarea nu a putut fi schimbată: {message}',
  jobNeverRun: 'Nu a rulat încă.',
  jobLastRun: 'Ultima rulare: {time}.',
  jobLastError: 'Ultima rulare a eșuat: {message}',

  // Sidebar: History tab
  snapshotsHeading: 'Instantanee',
  snapshotsHint:
    'Un instantaneu păstrează în foaia Health History scorul și categoria fiecărui cont din ziua respectivă.',
  snapshotNow: 'Creează un instantaneu acum',
  snapshotRunning: 'Se creează instantaneul…',
  snapshotFailed: 'Instantaneul a eșuat: {message}',
  snapshotTaken: `Instantaneul din {day}: ${ACCOUNTS}.`,
  snapshotReplaced: `Instantaneul din {day}: ${ACCOUNTS}. A înlocuit instantaneul de mai devreme de azi.`,
  snapshotSkipped: 'Omise: {count} ({reason}).',
  snapshotThinned:
    '{rows, plural, one {# rând de istoric mai vechi de 90 de zile a fost rărit} few {# rânduri de istoric mai vechi de 90 de zile au fost rărite} other {# de rânduri de istoric mai vechi de 90 de zile au fost rărite}} la unul pe săptămână.',
  snapshotColumnsAdded: 'Coloane adăugate în foaia cu conturi: {columns}.',
  snapshotAlerts: '{count, plural, one {# alertă găsită} few {# alerte găsite} other {# de alerte găsite}}.',
  snapshotNoAlerts: 'Nicio alertă.',
  snapshotEmailed:
    'E-mail de alertă trimis către {count, plural, one {# destinatar} few {# destinatari} other {# de destinatari}}.',
  snapshotNotEmailed: 'Niciun e-mail trimis.',
  snapshotDaily: 'Creează un instantaneu în fiecare zi',
  chartHeading: 'Portofoliul în timp',
  chartEmpty:
    'Graficul apare după două instantanee din zile diferite. Creează unul acum sau activează instantaneul zilnic.',
  chartSummary:
    'Conturi pe categorii în {count, plural, one {# zi cu instantaneu} few {# zile cu instantanee} other {# de zile cu instantanee}}, din {from} până pe {to}. Ultimul: sănătoase {healthy}, la risc {atRisk}, critice {unhealthy}.',
  chartDay: '{day}: sănătoase {healthy}, la risc {atRisk}, critice {unhealthy}',
  chartTableCaption: 'Conturi pe categorii în fiecare zi cu instantaneu',
  chartDayColumn: 'Ziua',
  alertsHeading: 'Alerte',
  alertsNoSnapshot: 'Încă nu există niciun instantaneu.',
  alertsNone: 'Niciun cont nu s-a înrăutățit în instantaneul din {day}.',
  alertsOf:
    '{count, plural, one {# cont s-a înrăutățit} few {# conturi s-au înrăutățit} other {# de conturi s-au înrăutățit}} în instantaneul din {day}; cele mai grave primele.',
  alertScores: '{from} → {to}',
  bandArrow: '→',
  alertRuleBand: 'schimbare de categorie',
  alertRulePoints: 'a scăzut cu {points, plural, one {# punct} few {# puncte} other {# de puncte}}',
  alertSettingsHeading: 'Setările alertelor',
  alertEmail: 'Trimite un rezumat pe e-mail când un instantaneu găsește alerte',
  alertEmailPermission: 'Activarea e-mailului cere permisiunea de a trimite e-mailuri în numele tău.',
  recipients: 'Destinatari',
  recipientsPlaceholder: 'anna@example.com, ben@example.com',
  recipientInvalid: '„{address}” nu este o adresă de e-mail.',
  recipientsMissing: 'Adaugă cel puțin un destinatar sau dezactivează e-mailul.',
  pointDropLabel: 'Alertează și când un scor scade cu mai mult de',
  pointDropPoints: 'Cu câte puncte trebuie să scadă un scor ca să declanșeze o alertă',
  pointDropUnit: 'puncte',
  pointDropInvalid: 'Introdu punctele: un număr mai mare de 0 și mai mic de 100.',
  alertSettingsSave: 'Salvează setările alertelor',
  alertSettingsSaved: 'Setările alertelor au fost salvate.',

  // Sidebar: Backtest tab
  backtestHeading: 'Backtest',
  backtestIntro: 'Cât de bine ar fi anticipat scorurile din „{sheet}” ce conturi au plecat (churn)?',
  outcomeColumn: 'Coloana cu rezultatul',
  outcomeChoose: 'Alege o coloană…',
  outcomeHint: 'Coloana care spune dacă fiecare cont a plecat (da / nu, plecat / reînnoit…).',
  outcomeMissing: 'Alege coloana care spune dacă fiecare cont a plecat.',
  backtestRun: 'Rulează backtestul',
  backtestRunning: 'Se rulează backtestul…',
  backtestFailed: 'Backtestul a eșuat: {message}',
  backtestNoModel: 'Health Model nu poate fi citit.',
  backtestNoColumn: '„{sheet}” nu are nicio coloană cu antetul „{column}” din care să învețe.',
  backtestResultsHeading: 'Modelul actual față de ponderile învățate',
  backtestCurrent: 'Modelul actual',
  backtestLearned: 'Ponderi învățate',
  backtestHeldOutAuc: 'AUC pe date de validare',
  backtestAllAuc: 'AUC, toate conturile',
  backtestAccounts: 'Conturi',
  backtestChurned: 'Plecate',
  backtestUnscored: 'Cu rezultat, dar fără scor',
  backtestChurnRate: 'Rata de churn, {band}',
  backtestLift: 'Lift, critice ÷ sănătoase',
  liftTimes: '{value}×',
  backtestCompareCaption: 'Modelul actual și ponderile învățate, comparate',
  backtestLearnedBetter:
    'Ponderile învățate deosebesc mai bine churnul: AUC pe date de validare {learned} față de {current} ({change}).',
  backtestCurrentBetter:
    'Modelul tău actual se descurcă mai bine pe conturile din care ponderile învățate nu au învățat: AUC pe date de validare {current} față de {learned} ({change}). Păstrează-l.',
  backtestSame:
    'Cele două se descurcă cam la fel: AUC pe date de validare {current} față de {learned}. Ponderile învățate ar schimba puțin.',
  backtestNoHeldOut:
    'Prea puține conturi au plecat sau prea puține au rămas ca să le comparăm pe date de validare: adaugă rezultatul la mai multe conturi.',
  backtestAucHint:
    'AUC 0,5 e ca aruncatul cu banul; 1,0 înseamnă că fiecare cont plecat a avut un scor mai mic decât fiecare cont rămas. Date de validare: conturi din care ponderile nu au fost învățate.',
  backtestOneMetric:
    'Ponderile învățate pun {share} din pondere doar pe „{metric}”: scorurile ar urma o singură coloană, iar multe conturi ar ajunge aproape de 0 sau de 100. Verifică ponderile înainte să le aplici.',
  backtestWeightsHeading: 'Ponderi învățate',
  backtestMetric: 'Metrică',
  backtestMetricAuc: 'AUC',
  backtestApply: 'Aplică ponderile învățate',
  backtestApplyConfirm:
    'Înlocuiești ponderile din Health Model cu cele învățate? Modelul actual este păstrat în altă foaie, iar modificările nesalvate din fila Model se pierd.',
  backtestApplyYes: 'Aplică',
  backtestApplying: 'Se aplică ponderile învățate…',
  backtestApplied: `Ponderile învățate au fost aplicate (${METRICS}). Modelul anterior a fost păstrat în foaia „{sheet}”.`,
  backtestApplyFailed: 'Ponderile învățate nu au putut fi aplicate: {message}',
  backtestRestore: 'Restabilește modelul anterior',
  backtestRestoring: 'Se restabilește modelul anterior…',
  backtestRestored: `Modelul anterior a fost restabilit (${METRICS}).`,
  backtestRestoreFailed: 'Modelul anterior nu a putut fi restabilit: {message}',

  // Sidebar: Surveys tab
  surveysHeading: 'Răspunsuri la sondaje',
  surveySource: 'Sursă',
  surveySourceForm: 'Formular Google',
  surveyFormLabel: 'Adresa URL sau ID-ul formularului',
  surveyFormPlaceholder: 'https://docs.google.com/forms/d/…',
  surveyFormPermission: 'Citirea unui formular cere permisiunea de a-ți vedea Formularele Google.',
  surveyFormMissing: 'Lipește adresa URL sau ID-ul formularului.',
  surveySourceSheet:
    'Foaie cu răspunsuri din această foaie de calcul (a unui formular sau exportată dintr-un instrument de sondaje)',
  surveySheetLabel: 'Foaia cu răspunsuri',
  surveySheetPermission: 'Nu cere nicio permisiune în plus.',
  surveyPreview: 'Previzualizează',
  surveyPreviewing: 'Se citesc răspunsurile…',
  surveyPreviewFailed: 'Importul nu a putut fi previzualizat: {message}',
  surveyPreviewAgain: 'Sursa s-a schimbat: previzualizeaz-o înainte de import.',
  surveyImportHeading: 'Import',
  surveyFormTitle: 'Formular: {title}',
  surveySheetTitle: 'Foaie: {title}',
  surveyRemembered: 'Asocierea pe care ai confirmat-o data trecută.',
  surveyDetected: 'Detectată din întrebări: verifică fiecare câmp înainte de import.',
  surveyCounts:
    'Răspunsuri: {responses}; noi: {newResponses}; asociate cu conturi: {matched}; neasociate: {unmatched}.',
  surveyMappingHeading: 'Întrebări',
  surveyFieldNps: 'NPS (0–10)',
  surveyFieldCsat: 'CSAT',
  surveyFieldCes: 'CES (efort)',
  surveyFieldAccount: 'Cont',
  surveyFieldComment: 'Comentariu',
  surveyNone: '— niciuna —',
  surveyNoneAccount: '— niciuna: asociază după e-mailul respondentului —',
  surveyReason: 'detectat: {reason}',
  surveyScaleOutOf: 'din',
  surveyScaleOf: 'Maximul scalei {field}',
  surveyScaleInvalid: 'Introdu maximul scalei: un număr întreg de la 2 la 100.',
  surveyAddColumns: 'Adaugă {count, plural, one {coloana} other {coloanele}} {columns} în foaia cu conturi',
  surveyWindowLabel: 'Câte zile de răspunsuri intră în scoruri',
  surveyWindowHint: 'Răspunsurile mai vechi rămân în foaia Survey Responses, dar nu mai contează.',
  surveyWindowInvalid: 'Introdu un număr întreg de zile, cel puțin 1.',
  surveyImport: 'Importă',
  surveyImporting: 'Se importă…',
  // Surveys (issue 13): what an import would write, and asking before it overwrites
  surveyFieldPreview: '{field}: {samples}… {write} de scris ({add} noi, {change} modificate, {blank} golite)',
  surveyModelRow: '{metric} cu ponderea {weight}',
  surveyModelRows:
    'Health Model primește și {rows}, ca scorul să le ia în calcul imediat. Debifează ca să nu se schimbe nici foaia, nici modelul.',
  surveyConfirmOverwrite:
    'Încă nu s-a importat nimic: importul ar goli {blanked} și ar schimba {changed} valori deja importate. Asta se întâmplă când o întrebare e aleasă pentru câmpul greșit: verifică asocierea de mai sus.',
  surveyImportAnyway: 'Importă oricum',
  unmatchedSuggested: 'Probabil {account} (o greșeală de tastare sau o abreviere): verifică, apoi Asociază.',
  surveyImportFailed: 'Importul a eșuat: {message}',
  surveyImported: 'Adăugate: {added}; actualizate: {updated}; neasociate: {unmatched}.',
  surveyColumnsAdded: 'Coloane adăugate: {columns}.',
  surveyProblems: 'Răspunsuri lăsate goale:',
  unmatchedHeading: 'Răspunsuri neasociate',
  unmatchedHint:
    'Niciun cont nu corespunde acestor respondenți. Alege contul căruia îi aparține fiecare răspuns.',
  unmatchedNone: 'Toate răspunsurile importate sunt asociate cu un cont.',
  unmatchedAnswer: 'A răspuns: {answer}',
  unmatchedChoose: 'Alege un cont…',
  unmatchedAccountOf: 'Contul pentru {respondent}',
  unmatchedAssign: 'Asociază',
  unmatchedAssignOf: 'Asociază răspunsul de la {respondent}',
  unmatchedChooseFirst: 'Alege mai întâi un cont.',
  unmatchedAssigning: 'Se asociază…',
  unmatchedAssigned: 'Răspunsul de la {respondent} contează acum pentru {account}.',
  unmatchedAssignFailed: 'Răspunsul nu a putut fi asociat: {message}',
  surveyScheduleHeading: 'Import programat',
  surveyScheduleLabel: 'Importă răspunsurile noi',
  surveyScheduleHint: 'Importă răspunsurile noi din sursa importată ultima dată, cu aceleași întrebări.',
  surveyScheduleNeedsImport: 'Importă mai întâi o dată: programarea importă din nou aceeași sursă.',

  // Sidebar: Folosește modelul în BigQuery (fila Model)
  bigQueryHeading: 'Folosește acest model în BigQuery',
  bigQueryIntro:
    'Calculează în BigQuery scorul de sănătate al acelorași conturi cu acest model, exact ca în foaie: o vizualizare adaugă scorul, categoria și factorii la tabelul tău, iar un instantaneu zilnic le păstrează istoricul. SQL-ul este scris aici, din modelul pe care îl editezi.',
  bigQueryTable: 'Tabel BigQuery',
  bigQueryTablePlaceholder: 'proiectul-meu.crm.conturi',
  bigQueryTableInvalid: 'Scrie numele tabelului ca proiect.set_de_date.tabel (sau set_de_date.tabel).',
  bigQueryIdColumn: 'Coloana cu ID-ul contului',
  bigQueryIdNone: '— niciuna: vizualizarea păstrează toate coloanele —',
  bigQueryHistory: 'Tabelul de istoric (opțional)',
  bigQueryHistoryPlaceholder: 'Implicit: history, în același set de date',
  bigQueryHistoryInvalid:
    'Scrie numele tabelului de istoric ca proiect.set_de_date.tabel (sau set_de_date.tabel) ori lasă câmpul gol.',
  bigQueryTypesHint:
    'Tipurile coloanelor sunt luate din foaie: numerele ca FLOAT64, datele calendaristice ca DATE, TRUE/FALSE ca BOOL, orice altceva ca STRING. Coloanele tabelului trebuie să poarte numele anteturilor din foaie.',
  bigQueryFixErrors: 'Corectează câmpurile marcate ca să obții SQL-ul.',
  bigQueryViewHeading: 'Vizualizarea: rulează-o o dată și din nou de fiecare dată când se schimbă modelul',
  bigQueryViewLabel: 'SQL-ul vizualizării',
  bigQueryCopyView: 'Copiază SQL-ul vizualizării',
  bigQuerySnapshotHeading: 'Instantaneul zilnic: o interogare programată la fiecare 24 de ore',
  bigQuerySnapshotLabel: 'SQL-ul instantaneului zilnic',
  bigQueryCopySnapshot: 'Copiază SQL-ul instantaneului zilnic',
  bigQuerySnapshotNeedsId: 'Alege coloana cu ID-ul contului ca să obții instantaneul zilnic.',
  bigQueryCopy: 'Copiază',
  bigQueryCopied: 'Copiat.',
  bigQuerySelected: 'Text selectat: apasă Ctrl+C (⌘C pe Mac) ca să-l copiezi.',
  bigQueryReadme:
    'Pas cu pas, de la vizualizare la instantaneul programat: vezi README, secțiunea „BigQuery and your CRM” (în engleză).',
  sqlRedGreenClose:
    'BigQuery nu poate calcula {metric}: Roșu și Verde sunt atât de apropiate încât scorul nu poate fi calculat ca în foaie. Depărtează-le mai mult.',
  sqlValuesLetter:
    'BigQuery nu poate calcula {metric}: eticheta „{label}” din Valori conține litera {letter}, pe care BigQuery o transformă în literă mică altfel decât Sheets. Scrie eticheta fără ea.',
  sqlColumnType:
    'BigQuery nu poate calcula {metric}: coloana ei are un tip pe care SQL nu îl poate citi ca pe o celulă din foaie.',
  sqlMetricProblem: 'BigQuery nu poate calcula {metric} ca în foaie: {message}',
  sqlFailed: 'SQL-ul nu a putut fi scris: {message}',

  // Sidebar: Export pentru CRM (fila Istoric)
  crmHeading: 'Export pentru CRM',
  crmHint:
    'Scrie foaia „CRM Export”: câte un rând pentru fiecare cont, cu ID-ul, scorul, categoria, factorii și data de azi, ca valori simple pe care CRM-ul tău le poate importa (Salesforce, HubSpot). Un nou export o înlocuiește.',
  crmExport: 'Exportă pentru CRM',
  crmExporting: 'Se exportă…',
  crmExported:
    '{accounts, plural, one {# cont} few {# conturi} other {# de conturi}} din „{source}” scrise în foaia „{sheet}”, cu data {day}.',
  crmReplaced: 'A înlocuit exportul anterior.',
  crmWithoutId:
    '{count, plural, one {# rând fără ID de cont a fost omis} few {# rânduri fără ID de cont au fost omise} other {# de rânduri fără ID de cont au fost omise}}.',
  crmDuplicates:
    '{count, plural, one {# rând omis} few {# rânduri omise} other {# de rânduri omise}}: ID-ul contului fusese deja exportat.',
  crmExportFailed: 'Exportul a eșuat: {message}',
};
