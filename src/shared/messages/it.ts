/** Italian, as an Italian customer-success team says it ("health score", "churn", "snapshot" included). */
import { commonIt } from './common';
import type { Messages } from './index';

export const it: Messages = {
  ...commonIt,

  // Sidebar: loading and sheet picker
  loading: 'Caricamento…',
  loadFailed: 'Impossibile caricare il pannello: {message}',
  retry: 'Riprova',
  languageLabel: 'Lingua',
  languageDiscard: 'Hai modifiche al modello non salvate. Vuoi scartarle e cambiare lingua?',
  sheetLabel: 'Foglio degli account',
  sheetRows:
    '{rows, plural, one {# account} other {# account}}, {columns, plural, one {# colonna} other {# colonne}}',
  noSheets: 'Questo foglio di lavoro non ha ancora un foglio con una riga di intestazione.',
  confirmDiscard: 'Hai modifiche al modello non salvate. Vuoi scartarle e cambiare foglio?',
  unsavedLeave: 'Hai modifiche non salvate all’Health Model.',
  modelProblem: 'Impossibile leggere il foglio Health Model: {message}. Si parte da un modello suggerito.',
  starterNotice:
    'Non c’è ancora un Health Model: queste metriche sono suggerite in base alle tue colonne. Controllale e salva.',

  // Sidebar: metrics
  metricsHeading: 'Metriche',
  noMetrics: 'Ancora nessuna metrica. Aggiungine una qui sotto.',
  include: 'Includi',
  includeMetric: 'Includi {metric}',
  weight: 'Peso',
  weightOf: 'Peso di {metric}',
  weightSliderOf: 'Cursore del peso di {metric}',
  shareOf: '{share} del punteggio',
  red: 'Rosso',
  green: 'Verde',
  redOf: 'Rosso (sotto-punteggio 0) di {metric}',
  greenOf: 'Verde (sotto-punteggio 100) di {metric}',
  redPlaceholder: 'es. P10',
  greenPlaceholder: 'es. P90',
  suggest: 'Suggerisci dai dati',
  suggestOf: 'Suggerisci dai dati: Rosso e Verde di {metric} (P10 / P90)',
  suggestDone: 'Rosso {red}, Verde {green}: suggeriti da {count, plural, one {# valore} other {# valori}}.',
  suggestNoNumbers: 'Questa colonna ha troppi pochi numeri per suggerire le soglie.',
  more: 'Gruppo, valori, dato mancante',
  group: 'Gruppo',
  groupOf: 'Gruppo di {metric}',
  values: 'Valori',
  valuesOf: 'Valori di {metric}',
  valuesPlaceholder: 'In abbandono=0; Stabile=60; In crescita=100',
  missing: 'Se manca',
  missingOf: 'Se manca (sotto-punteggio usato quando la cella è vuota) di {metric}',
  missingPlaceholder: 'salta o 0–100',
  missingSkipWord: 'salta',
  remove: 'Rimuovi',
  removeOf: 'Rimuovi {metric} dal modello',
  addMetric: 'Aggiungi metrica',
  addMetricChoose: 'Scegli una colonna…',
  add: 'Aggiungi',
  addOf: 'Aggiungi la colonna scelta come metrica',
  noColumnsLeft: 'Tutte le colonne sono già nel modello.',
  notInSheet: 'Questo foglio non ha la colonna "{metric}".',
  // Metrics the sheet disagrees with, and advice in a CS manager's words (sidebar/metric-advice.ts)
  columnMissingClosest:
    'La colonna "{metric}" non c’è più (rinominata o eliminata?). La più simile è "{column}".',
  mapToColumn: 'Collega alla colonna "{column}"',
  thresholdSummary: 'Rosso {red} · Verde {green}',
  previewNeedsColumns: 'Collega o rimuovi le metriche senza colonna per vedere l’anteprima.',
  adviceOutcome:
    '"{metric}" dice se il cliente se n’è andato: usarla nel punteggio svela la risposta. Usala nella scheda Backtest.',
  adviceIdentifier:
    '"{metric}" identifica i clienti (nome, ID, e-mail o indirizzo web): non dice nulla sulla loro salute.',
  advicePercentOnCount:
    '"{metric}" contiene conteggi, quindi "{threshold}" vale una frazione di 1. Inserisci un conteggio, es. 7, non 7%.',
  adviceWeightSpread: '"{large}" pesa più di 100 volte "{small}", che così quasi non sposta il punteggio.',
  bandOutOfRange: 'Inserisci un punteggio da 0 a 100.',
  lowerIsBetter: 'Più basso è meglio',

  // Sidebar: field validation
  weightInvalid: 'Inserisci un peso: un numero ≥ 0.',
  missingInvalid: '“Se manca” deve essere vuoto, “salta” oppure un sotto-punteggio da 0 a 100.',
  bandNumberInvalid: 'Inserisci un numero.',
  bandOrderInvalid:
    'La soglia di Sano ({healthy}) deve essere più alta della soglia di Critico ({unhealthy}).',
  fixErrors: 'Correggi i campi evidenziati per salvare.',

  // Sidebar: bands
  bandsHeading: 'Fasce',
  quartiles: 'Quartili (il 25% migliore è sano, il 25% peggiore è critico)',
  healthyAt: 'Sano da',
  unhealthyBelow: 'Critico sotto',

  // Sidebar: preview
  previewHeading: 'Anteprima',
  previewFailed: 'Impossibile calcolare l’anteprima: {message}',
  previewEmpty: 'Nessun account da mostrare in anteprima.',
  bandCount: '{band}: {count}',
  bandSummary: 'Sani {healthy}, a rischio {atRisk}, critici {unhealthy}, senza punteggio {noScore}.',
  distributionHeading: 'Distribuzione dei punteggi',
  bucket: 'Punteggi {from}–{to}: {count, plural, one {# account} other {# account}}',
  lowestHeading: 'Account con il punteggio più basso',
  lowestScore: 'Punteggio {score}',
  rowLabel: 'Riga {row}',
  noDrivers: 'Nessun fattore toglie punti.',

  // Sidebar: save
  save: 'Salva modello',
  saving: 'Salvataggio…',
  saved: '{metrics, plural, one {# metrica salvata} other {# metriche salvate}} alle {time}.',
  saveFailed: 'Impossibile salvare: {message}',
  unchanged: 'Nessuna modifica da salvare.',
  unsaved: 'Modifiche non salvate.',
  // Sidebar: tabs and what they share
  tabsLabel: 'Sezioni dell’health score',
  tabModel: 'Modello',
  tabHistory: 'Storico',
  tabBacktest: 'Backtest',
  tabSurveys: 'Sondaggi',
  tabLoadFailed: 'Impossibile caricare questa scheda: {message}',
  refreshFailed: 'Fatto, ma non è stato possibile aggiornare la scheda: {message}',
  cancel: 'Annulla',
  scheduleOff: 'Disattivata',
  scheduleHourly: 'Ogni ora',
  scheduleDaily: 'Ogni giorno',
  scheduleFailed: 'Impossibile modificare la pianificazione: {message}',
  jobNeverRun: 'Non ancora eseguito.',
  jobLastRun: 'Ultima esecuzione: {time}.',
  jobLastError: 'L’ultima esecuzione non è riuscita: {message}',

  // Sidebar: History tab
  snapshotsHeading: 'Snapshot',
  snapshotsHint:
    'Uno snapshot registra nel foglio Health History il punteggio e la fascia di ogni account per quel giorno.',
  snapshotNow: 'Crea snapshot ora',
  snapshotRunning: 'Creazione dello snapshot…',
  snapshotFailed: 'Lo snapshot non è riuscito: {message}',
  snapshotTaken: 'Snapshot del {day}: {accounts, plural, one {# account} other {# account}}.',
  snapshotReplaced:
    'Snapshot del {day}: {accounts, plural, one {# account} other {# account}}. Ha sostituito lo snapshot creato oggi in precedenza.',
  snapshotSkipped: '{count, plural, one {# escluso} other {# esclusi}}: {reason}.',
  snapshotThinned:
    '{rows, plural, one {# riga dello storico più vecchia di 90 giorni sfoltita} other {# righe dello storico più vecchie di 90 giorni sfoltite}}: ne resta una a settimana.',
  snapshotColumnsAdded: 'Colonne aggiunte al foglio degli account: {columns}.',
  snapshotAlerts: '{count, plural, one {# avviso trovato} other {# avvisi trovati}}.',
  snapshotNoAlerts: 'Nessun avviso.',
  snapshotEmailed: 'Email di avviso inviata a {count, plural, one {# destinatario} other {# destinatari}}.',
  snapshotNotEmailed: 'Nessuna email inviata.',
  snapshotDaily: 'Crea uno snapshot ogni giorno',
  chartHeading: 'Portafoglio nel tempo',
  chartEmpty:
    'Il grafico compare dopo due snapshot in giorni diversi. Creane uno ora, oppure attiva lo snapshot giornaliero.',
  chartSummary:
    'Account per fascia in {count, plural, one {# giorno di snapshot} other {# giorni di snapshot}}, dal {from} al {to}. Ultimo: sani {healthy}, a rischio {atRisk}, critici {unhealthy}.',
  chartDay: '{day}: sani {healthy}, a rischio {atRisk}, critici {unhealthy}',
  chartTableCaption: 'Account per fascia in ogni giorno di snapshot',
  chartDayColumn: 'Giorno',
  alertsHeading: 'Avvisi',
  alertsNoSnapshot: 'Ancora nessuno snapshot.',
  alertsNone: 'Nessun account è peggiorato nello snapshot del {day}.',
  alertsOf:
    '{count, plural, one {# account è peggiorato} other {# account sono peggiorati}} nello snapshot del {day}; prima i più gravi.',
  alertScores: '{from} → {to}',
  bandArrow: '→',
  alertRuleBand: 'cambio di fascia',
  alertRulePoints: 'calo di {points, plural, one {# punto} other {# punti}}',
  alertSettingsHeading: 'Impostazioni degli avvisi',
  alertEmail: 'Invia un riepilogo via email quando uno snapshot trova avvisi',
  alertEmailPermission: 'Per attivare l’email ti verrà chiesta l’autorizzazione a inviare email a tuo nome.',
  recipients: 'Destinatari',
  recipientsPlaceholder: 'anna@example.com, ben@example.com',
  recipientInvalid: '"{address}" non è un indirizzo email.',
  recipientsMissing: 'Aggiungi almeno un destinatario oppure disattiva l’email.',
  pointDropLabel: 'Avvisa anche quando un punteggio scende di più di',
  pointDropPoints: 'Punti di calo di un punteggio che fanno scattare un avviso',
  pointDropUnit: 'punti',
  pointDropInvalid: 'Inserisci i punti: un numero maggiore di 0 e minore di 100.',
  alertSettingsSave: 'Salva impostazioni avvisi',
  alertSettingsSaved: 'Impostazioni degli avvisi salvate.',

  // Sidebar: Backtest tab
  backtestHeading: 'Backtest',
  backtestIntro: 'Quanto bene avrebbero previsto il churn i punteggi di "{sheet}"?',
  outcomeColumn: 'Colonna dell’esito',
  outcomeChoose: 'Scegli una colonna…',
  outcomeHint: 'La colonna che dice se ogni account è andato in churn (sì / no, perso / rinnovato…).',
  outcomeMissing: 'Scegli la colonna che dice se ogni account è andato in churn.',
  backtestRun: 'Esegui backtest',
  backtestRunning: 'Backtest in corso…',
  backtestFailed: 'Il backtest non è riuscito: {message}',
  backtestNoModel: 'Impossibile leggere l’Health Model.',
  backtestNoColumn: '"{sheet}" non ha una colonna intitolata "{column}" da cui imparare.',
  backtestResultsHeading: 'Modello attuale e pesi appresi a confronto',
  backtestCurrent: 'Modello attuale',
  backtestLearned: 'Pesi appresi',
  backtestHeldOutAuc: 'AUC fuori campione',
  backtestAllAuc: 'AUC, tutti gli account',
  backtestAccounts: 'Account',
  backtestChurned: 'Account persi',
  backtestUnscored: 'Con esito ma senza punteggio',
  backtestChurnRate: 'Tasso di churn, {band}',
  backtestLift: 'Lift, critici ÷ sani',
  liftTimes: '{value}×',
  backtestCompareCaption: 'Il modello attuale e i pesi appresi a confronto',
  backtestLearnedBetter:
    'I pesi appresi distinguono meglio il churn: AUC fuori campione {learned} contro {current} ({change}).',
  backtestCurrentBetter:
    'Il tuo modello attuale funziona meglio sugli account da cui i pesi appresi non hanno imparato: AUC fuori campione {current} contro {learned} ({change}). Tienilo.',
  backtestSame:
    'I due si equivalgono: AUC fuori campione {current} contro {learned}. Applicare i pesi appresi cambierebbe poco.',
  backtestNoHeldOut:
    'Troppo pochi account sono andati in churn, o troppo pochi sono rimasti, per confrontare i due fuori campione: aggiungi l’esito a più account.',
  backtestAucHint:
    'AUC 0,5 equivale a tirare una moneta; 1,0 vuol dire che ogni account perso aveva un punteggio più basso di ogni account rimasto. Fuori campione: misurata sugli account da cui i pesi non sono stati appresi.',
  backtestOneMetric:
    'Con i pesi appresi, la sola metrica “{metric}” riceve {share} del peso totale: i punteggi seguirebbero quell’unica colonna e molti account finirebbero vicino a 0 o a 100. Controlla i pesi prima di applicarli.',
  backtestWeightsHeading: 'Pesi appresi',
  backtestMetric: 'Metrica',
  backtestMetricAuc: 'AUC',
  backtestApply: 'Applica i pesi appresi',
  backtestApplyConfirm:
    'Sostituire i pesi dell’Health Model con quelli appresi? Il modello attuale viene conservato in un altro foglio e le modifiche non salvate nella scheda Modello vanno perse.',
  backtestApplyYes: 'Applica',
  backtestApplying: 'Applicazione dei pesi appresi…',
  backtestApplied:
    'Pesi appresi applicati ({metrics, plural, one {# metrica} other {# metriche}}). Il modello precedente è conservato nel foglio "{sheet}".',
  backtestApplyFailed: 'Impossibile applicare i pesi appresi: {message}',
  backtestRestore: 'Ripristina il modello precedente',
  backtestRestoring: 'Ripristino del modello precedente…',
  backtestRestored:
    'Modello precedente ripristinato ({metrics, plural, one {# metrica} other {# metriche}}).',
  backtestRestoreFailed: 'Impossibile ripristinare il modello precedente: {message}',

  // Sidebar: Surveys tab
  surveysHeading: 'Risposte ai sondaggi',
  surveySource: 'Origine',
  surveySourceForm: 'Modulo Google',
  surveyFormLabel: 'URL o ID del modulo',
  surveyFormPlaceholder: 'https://docs.google.com/forms/d/…',
  surveyFormPermission:
    'Per leggere un modulo ti verrà chiesta l’autorizzazione a vedere i tuoi Moduli Google.',
  surveyFormMissing: 'Incolla l’URL o l’ID del modulo.',
  surveySourceSheet:
    'Foglio di risposte in questo foglio di lavoro (di un modulo, o esportato da uno strumento di sondaggi)',
  surveySheetLabel: 'Foglio delle risposte',
  surveySheetPermission: 'Non serve nessuna autorizzazione in più.',
  surveyPreview: 'Anteprima',
  surveyPreviewing: 'Lettura delle risposte…',
  surveyPreviewFailed: 'Impossibile mostrare l’anteprima dell’importazione: {message}',
  surveyPreviewAgain: 'L’origine è cambiata: guarda l’anteprima prima di importare.',
  surveyImportHeading: 'Importazione',
  surveyFormTitle: 'Modulo: {title}',
  surveySheetTitle: 'Foglio: {title}',
  surveyRemembered: 'L’abbinamento che hai confermato l’ultima volta.',
  surveyDetected: 'Rilevato dalle domande: controlla ogni campo prima di importare.',
  surveyCounts:
    '{responses, plural, one {# risposta} other {# risposte}}: {newResponses, plural, one {# nuova} other {# nuove}}, {matched, plural, one {# abbinata a un account} other {# abbinate ad account}}, {unmatched, plural, one {# non abbinata} other {# non abbinate}}.',
  surveyMappingHeading: 'Domande',
  surveyFieldNps: 'NPS (0–10)',
  surveyFieldCsat: 'CSAT',
  surveyFieldCes: 'CES (sforzo)',
  surveyFieldAccount: 'Account',
  surveyFieldComment: 'Commento',
  surveyNone: '— nessuna —',
  surveyNoneAccount: '— nessuna: abbina con l’email di chi risponde —',
  surveyReason: 'rilevata: {reason}',
  surveyScaleOutOf: 'su',
  surveyScaleOf: 'Valore massimo della scala {field}',
  surveyScaleInvalid: 'Inserisci il massimo della scala: un numero intero da 2 a 100.',
  surveyAddColumns:
    'Aggiungi {count, plural, one {la colonna} other {le colonne}} {columns} al foglio degli account',
  surveyWindowLabel: 'Giorni di risposte che contano nei punteggi',
  surveyWindowHint: 'Le risposte più vecchie restano nel foglio Survey Responses ma non contano più.',
  surveyWindowInvalid: 'Inserisci un numero intero di giorni, 1 o più.',
  surveyImport: 'Importa',
  surveyImporting: 'Importazione…',
  // Surveys (issue 13): what an import would write, and asking before it overwrites
  surveyFieldPreview:
    '{field}: {samples}… {write} da scrivere ({add} nuovi, {change} modificati, {blank} svuotati)',
  surveyModelRow: '{metric} con peso {weight}',
  surveyModelRows:
    'Anche l’Health Model riceve {rows}, così il punteggio ne tiene conto subito. Togli la spunta per non modificare né il foglio né il modello.',
  surveyConfirmOverwrite:
    'Non è stato ancora importato nulla: questa importazione svuoterebbe {blanked} valori e ne modificherebbe {changed} già importati. Succede quando una domanda è scelta per il campo sbagliato: controlla l’abbinamento qui sopra.',
  surveyImportAnyway: 'Importa comunque',
  unmatchedSuggested: 'Probabilmente {account} (un refuso o un’abbreviazione): verifica, poi Assegna.',
  surveyImportFailed: 'L’importazione non è riuscita: {message}',
  surveyImported:
    '{added, plural, one {# aggiunta} other {# aggiunte}}, {updated, plural, one {# aggiornata} other {# aggiornate}}, {unmatched, plural, one {# non abbinata} other {# non abbinate}}.',
  surveyColumnsAdded: 'Colonne aggiunte: {columns}.',
  surveyProblems: 'Risposte lasciate vuote:',
  unmatchedHeading: 'Risposte non abbinate',
  unmatchedHint:
    'Nessun account corrisponde a queste persone. Scegli l’account a cui appartiene ogni risposta.',
  unmatchedNone: 'Tutte le risposte importate sono abbinate a un account.',
  unmatchedAnswer: 'Ha risposto: {answer}',
  unmatchedChoose: 'Scegli un account…',
  unmatchedAccountOf: 'Account di {respondent}',
  unmatchedAssign: 'Assegna',
  unmatchedAssignOf: 'Assegna la risposta di {respondent}',
  unmatchedChooseFirst: 'Scegli prima un account.',
  unmatchedAssigning: 'Assegnazione…',
  unmatchedAssigned: 'La risposta di {respondent} ora conta per {account}.',
  unmatchedAssignFailed: 'Impossibile assegnare la risposta: {message}',
  surveyScheduleHeading: 'Importazione pianificata',
  surveyScheduleLabel: 'Importa le nuove risposte',
  surveyScheduleHint: 'Importa le nuove risposte dall’ultima origine importata, con le stesse domande.',
  surveyScheduleNeedsImport: 'Prima importa una volta: la pianificazione importa di nuovo la stessa origine.',

  // Sidebar: Usa questo modello in BigQuery (scheda Modello)
  bigQueryHeading: 'Usa questo modello in BigQuery',
  bigQueryIntro:
    'Calcola in BigQuery l’health score degli stessi account con questo modello, esattamente come nel foglio: una vista aggiunge punteggio, fascia e fattori alla tua tabella e uno snapshot giornaliero ne conserva lo storico. L’SQL viene scritto qui, dal modello che stai modificando.',
  bigQueryTable: 'Tabella BigQuery',
  bigQueryTablePlaceholder: 'mio-progetto.crm.account',
  bigQueryTableInvalid: 'Indica la tabella come progetto.dataset.tabella (oppure dataset.tabella).',
  bigQueryIdColumn: 'Colonna con l’ID account',
  bigQueryIdNone: '— nessuna: la vista mantiene tutte le colonne —',
  bigQueryHistory: 'Tabella dello storico (facoltativa)',
  bigQueryHistoryPlaceholder: 'Predefinita: history, nello stesso dataset',
  bigQueryHistoryInvalid:
    'Indica la tabella dello storico come progetto.dataset.tabella (oppure dataset.tabella), o lascia il campo vuoto.',
  bigQueryTypesHint:
    'I tipi delle colonne vengono dal foglio: i numeri come FLOAT64, le date come DATE, VERO/FALSO come BOOL, tutto il resto come STRING. Le colonne della tabella devono chiamarsi come le intestazioni del foglio.',
  bigQueryFixErrors: 'Correggi i campi evidenziati per ottenere l’SQL.',
  bigQueryViewHeading: 'La vista: eseguila una volta, e di nuovo ogni volta che cambi il modello',
  bigQueryViewLabel: 'SQL della vista',
  bigQueryCopyView: 'Copia l’SQL della vista',
  bigQuerySnapshotHeading: 'Lo snapshot giornaliero: una query pianificata ogni 24 ore',
  bigQuerySnapshotLabel: 'SQL dello snapshot giornaliero',
  bigQueryCopySnapshot: 'Copia l’SQL dello snapshot giornaliero',
  bigQuerySnapshotNeedsId: 'Scegli la colonna con l’ID account per ottenere lo snapshot giornaliero.',
  bigQueryCopy: 'Copia',
  bigQueryCopied: 'Copiato.',
  bigQuerySelected: 'Testo selezionato: premi Ctrl+C (⌘C su Mac) per copiarlo.',
  bigQueryReadme:
    'Passo per passo, dalla vista allo snapshot pianificato: vedi il README, sezione “BigQuery and your CRM” (in inglese).',
  sqlRedGreenClose:
    'BigQuery non può calcolare {metric}: Rosso e Verde sono così vicini che il punteggio non si può calcolare come nel foglio. Allontanali di più.',
  sqlValuesLetter:
    'BigQuery non può calcolare {metric}: l’etichetta "{label}" nei Valori contiene la lettera {letter}, che BigQuery trasforma in minuscolo in modo diverso da Fogli. Scrivi l’etichetta senza quella lettera.',
  sqlColumnType:
    'BigQuery non può calcolare {metric}: la sua colonna è di un tipo che l’SQL non sa leggere come una cella del foglio.',
  sqlMetricProblem: 'BigQuery non può calcolare {metric} come nel foglio: {message}',
  sqlFailed: 'Impossibile scrivere l’SQL: {message}',

  // Sidebar: Esporta per il CRM (scheda Storico)
  crmHeading: 'Esporta per il CRM',
  crmHint:
    'Scrive il foglio “CRM Export”: una riga per account con ID, punteggio, fascia, fattori e la data di oggi, come semplici valori che il tuo CRM può importare (Salesforce, HubSpot). Ogni nuova esportazione lo sostituisce.',
  crmExport: 'Esporta per il CRM',
  crmExporting: 'Esportazione in corso…',
  crmExported:
    '{accounts, plural, one {# account} other {# account}} di "{source}" scritti nel foglio "{sheet}", con data {day}.',
  crmReplaced: 'Ha sostituito l’esportazione precedente.',
  crmWithoutId:
    '{count, plural, one {# riga senza ID account esclusa} other {# righe senza ID account escluse}}.',
  crmDuplicates:
    '{count, plural, one {# riga esclusa} other {# righe escluse}}: l’ID account era già stato esportato.',
  crmExportFailed: 'L’esportazione non è riuscita: {message}',
};
