/** Italian strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonIt } from './common';
import type { ServerMessages } from './server';
import type { SurveyWords } from './survey-words-en';

export const serverIt: ServerMessages & SurveyWords = {
  ...commonIt,
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Apri il pannello health score',
  menuSetUp: 'Configura l’health score',
  menuTrafficLights: 'Applica i semafori',
  menuSnapshot: 'Crea subito uno snapshot',
  menuImportSurveys: 'Importa le risposte ai sondaggi',
  menuExportCrm: 'Esporta per il CRM',
  menuHelp: 'Guida',
  // What the sidebar sends, checked at the server (src/server/requests.ts)
  errorBadRequest:
    'Il pannello ha inviato un dato che il componente aggiuntivo non può usare ({field}). Chiudi il pannello, riaprilo e riprova.',
  errorBandOutOfRange:
    'Le soglie delle fasce sono punteggi da 0 a 100: {value} è fuori da questo intervallo.',
  errorBandsOrder:
    'La soglia di Sano ({healthy}) deve essere più alta della soglia di Critico ({unhealthy}).',
  alertErrorTitle: 'Customer Health Score: si è verificato un problema',
  // Surveys: the menu's import before any survey was imported
  alertNoSurveyYet:
    "Non è ancora stato importato alcun sondaggio. Apri {panel}, vai alla scheda {tab}, scegli il tuo modulo Google o il foglio con l'esportazione del tuo strumento di sondaggi e importalo una prima volta: da allora questa voce del menu importa di nuovo lo stesso sondaggio.",
  surveysTabName: 'Sondaggi',
  alertNoAccountSheet:
    'Apri il foglio con l’elenco dei tuoi account (un account per riga, intestazioni nella riga 1), poi riprova.',
  alertAddonSheet:
    '"{sheet}" è un foglio che il componente aggiuntivo usa per sé, non un elenco di account. Apri il foglio con l’elenco dei tuoi account (un account per riga, intestazioni nella riga 1) ed esegui lì "{menu}".',
  toastMetricRenamed:
    'Health Model aggiornato: la metrica "{from}" ora si chiama "{to}", come la sua colonna.',
  toastSetUpDone:
    'Health score configurato su "{sheet}" con {metrics, plural, one {# metrica} other {# metriche}}.',
  toastSetUpUnchanged: 'L’health score su "{sheet}" era già configurato: non è cambiato nulla.',
  toastSetUpOutcome:
    '“{column}” indica quali account sono stati persi: apri la scheda Backtest del pannello per vedere quanto bene il punteggio lo prevede.',
  toastTrafficLightsDone:
    'Semafori applicati su "{sheet}" ({rules, plural, one {# regola} other {# regole}}).',
  toastSnapshotDone:
    'Snapshot creato: {accounts, plural, one {# account} other {# account}}, {alerts, plural, one {# peggiorato} other {# peggiorati}}.',
  toastSurveysImported:
    'Risposte ai sondaggi importate: {added, plural, one {# aggiunta} other {# aggiunte}}, {updated, plural, one {# aggiornata} other {# aggiornate}}, {unmatched, plural, one {# non abbinata} other {# non abbinate}}.',
  toastModelSaved: 'Modello salvato nel foglio Health Model.',
  toastCrmExported:
    'Il foglio "{sheet}" è pronto da importare nel CRM ({accounts, plural, one {# account} other {# account}}).',
  modelBandThresholds: 'Soglie delle fasce',
  modelHealthyAt: 'Sano da',
  modelUnhealthyBelow: 'Critico sotto',
  modelAsOf: 'Punteggi calcolati al',
  modelBandLabels: 'Nomi delle fasce',
  bandLabelNoScore: 'Senza punteggio',
  digestSubject:
    '{count, plural, =0 {Nessun account è peggiorato} one {# account è peggiorato} other {# account sono peggiorati}} in {sheet}',
  digestIntro:
    '{count, plural, =0 {Nessun account è peggiorato} one {# account è peggiorato} other {# account sono peggiorati}} in "{sheet}" nello snapshot del {date}.',
  digestMore: '{more, plural, one {…e un altro.} other {…e altri #.}}',
  digestOpen: 'Apri il foglio di lavoro: {url}',
  digestOpenLink: 'Apri {sheet}',
  digestUnnamed: 'il tuo foglio di lavoro',
  digestBandChange: '{from} → {to}, {scores}',
  digestScores: 'punteggio {from} → {to} (−{drop})',
  digestStill: '{scores}, ancora {band}',
  digestNow: '{scores}, ora {band}',
  helpTitle: 'Customer Health Score: guida',
  helpText:
    'Un punteggio da 0 a 100 per ogni account, calcolato con le metriche e i pesi del foglio Health Model. ' +
    'Dalla soglia “sano” in su è verde, sotto la soglia “critico” è rosso, in mezzo è giallo. ' +
    'Usa =HEALTHSCORE(valori; intestazioni; HealthModel) in un foglio, oppure apri il pannello health score per regolare il modello.',
  // Survey import and preview (src/server/surveys): errors, report lines and notes
  surveyFieldAccount: 'Account',
  surveyFieldComment: 'Commento',
  surveyChooseSource:
    'Scegli il sondaggio da importare: un modulo Google (URL o ID) oppure il foglio con le risposte.',
  surveyNoSuchSheet: 'In questo foglio di lavoro non c’è un foglio chiamato "{sheet}".',
  surveyAddonSheetChosen:
    '"{sheet}" è uno dei fogli del componente aggiuntivo, non contiene risposte a un sondaggio: scegli il foglio con l’esportazione del tuo strumento di sondaggi o le risposte del modulo.',
  surveyAccountSheetChosen:
    '"{sheet}" è il tuo foglio degli account, non contiene risposte a un sondaggio: scegli il foglio con l’esportazione del tuo strumento di sondaggi o le risposte del modulo.',
  surveyNoForm:
    'Non esiste un modulo all’indirizzo "{form}" che tu possa aprire ({message}). Incolla l’URL (o l’ID) di un modulo che puoi modificare.',
  surveySheetEmpty:
    'Il foglio "{sheet}" è vuoto: incolla o importa lì le risposte al sondaggio, con le intestazioni nella prima riga.',
  // What an action refuses, named for the user (set-up, export, alerts, learned weights, snapshots)
  setUpNeedsRows: '"{sheet}" deve avere una riga di intestazione e, sotto, almeno una riga con un account.',
  chooseAccountSheet: 'Scegli il foglio con i tuoi account.',
  noSuchSheet: 'In questo foglio di lavoro non c’è un foglio chiamato "{sheet}".',
  sheetGone: 'Non c’è più un foglio chiamato "{sheet}".',
  crmExportIsExport: '"{sheet}" è l’esportazione stessa: scegli il foglio con l’elenco dei tuoi account.',
  alertNotAnEmail: '"{address}" non è un indirizzo email.',
  alertNoRecipients: 'Aggiungi almeno un indirizzo a cui inviare l’email di avviso.',
  alertTooManyRecipients:
    'Il riepilogo può andare al massimo a {limit} indirizzi (il limite di Google per una singola email); ne hai indicati {count}. Per un team più grande usa l’indirizzo di un gruppo.',
  alertNotShared:
    '{count, plural, one {Questo foglio di lavoro non è condiviso con l’indirizzo {addresses}} other {Questo foglio di lavoro non è condiviso con gli indirizzi {addresses}}}: il riepilogo va solo al team. Per abilitare un indirizzo, il proprietario può condividere con esso il foglio di lavoro (basta l’accesso come visualizzatore).',
  alertNotSharedOrDomain:
    '{count, plural, one {Questo foglio di lavoro non è condiviso con l’indirizzo {addresses}, che non appartiene nemmeno a {domain}} other {Questo foglio di lavoro non è condiviso con gli indirizzi {addresses}, che non appartengono nemmeno a {domain}}}: il riepilogo va solo al team. Per abilitare un indirizzo, il proprietario può condividere con esso il foglio di lavoro (basta l’accesso come visualizzatore).',
  learnedRunBacktestFirst: 'Esegui prima il backtest: non c’è nessun modello appreso da applicare.',
  learnedCannotApply: 'Impossibile applicare il modello appreso: {message}',
  learnedNoModelSheet: 'Non c’è nessun foglio "{sheet}" da conservare.',
  learnedNothingToRestore:
    'Non c’è nessun foglio "{sheet}" da ripristinare: non sono stati applicati pesi appresi.',
  learnedCannotRestore: 'Impossibile ripristinare "{sheet}": {message}',
  snapshotSetUpFirst: 'Configura prima l’health score sul foglio dei tuoi account (menu: "{menu}").',
  snapshotHistoryGone: 'Il foglio "{sheet}" non esiste più.',
  historyFullColumn:
    'Il foglio {sheet} ha bisogno di una colonna Computed score, ma il foglio di lavoro usa già {used} delle {limit} celle consentite da Google. Non è stato scritto nulla. Elimina le righe più vecchie dello storico o i fogli e le colonne che non usi, crea gli snapshot meno spesso oppure conserva lo storico in BigQuery.',
  historyFullRows:
    'Lo snapshot di oggi richiede {rows, plural, one {un’altra riga} other {altre # righe}} in {sheet}, ma il foglio di lavoro usa già {used} delle {limit} celle consentite da Google. Non è stato scritto nulla. Elimina le righe più vecchie dello storico o i fogli e le colonne che non usi, crea gli snapshot meno spesso oppure conserva lo storico in BigQuery.',
  modelSheetNotOurs:
    'Questo foglio di lavoro ha già un foglio chiamato "{sheet}" che non è una tabella Health Model (intestazioni Metric e Weight in A1:B1). Rinominalo, poi esegui di nuovo "{menu}".',
  someManagedColumns:
    '"{sheet}" ha già alcune delle colonne {columns}, ma non tutte. Rinominale o eliminale, poi esegui di nuovo "{menu}".',
  noScoreColumns: '"{sheet}" non ha ancora le colonne "{score}" e "{band}": esegui prima "{menu}".',
  exportMissingColumns:
    '{count, plural, one {In "{sheet}" manca la colonna {columns}} other {In "{sheet}" mancano le colonne {columns}}}: esegui prima "{menu}" su quel foglio.',
  exportSheetNotOurs:
    'Questo foglio di lavoro ha già un foglio chiamato "{sheet}" la cui prima riga è "{found}", non "{columns}". Non è un’esportazione di questo componente aggiuntivo, quindi non è stato scritto nulla: rinomina o elimina quel foglio, poi esporta di nuovo.',
  exportBlankHeader: '(vuota)',
  namedRangeTaken:
    'Questo foglio di lavoro ha già un intervallo denominato "{name}" (su "{at}"), un nome che il componente aggiuntivo usa per il suo foglio {sheet}. Rinomina il tuo (Dati ▸ Intervalli denominati), poi esegui di nuovo "{menu}".',
  modelExtrasTaken:
    'Il foglio {sheet} contiene già qualcosa in {cells}, dove la configurazione inserisce la data "{asOf}" e i nomi delle fasce. Spostalo altrove, poi esegui di nuovo "{menu}".',
  modelMissing: 'Non c’è ancora l’intervallo denominato {table}: esegui "{menu}".',
  modelTableMissing:
    'Questo foglio di lavoro ha un foglio "{sheet}" ma nessuna tabella {table}: esegui prima "{menu}" (riconosce una tabella Health Model esistente o ti dice cosa lo impedisce).',
  segmentColumnTaken:
    'I segmenti richiedono la colonna I del foglio {sheet} (una colonna Segment accanto alla tabella), ma {cell} contiene qualcosa. Spostalo altrove, poi salva di nuovo.',
  historySheetNotOurs:
    'Questo foglio di lavoro ha già un foglio chiamato "{sheet}" la cui prima riga non è {columns}. Gli snapshot scriverebbero lì: rinominalo, poi esegui di nuovo "{menu}".',
  snapshotAfterToday:
    'L’ultimo snapshot è del {day}, una data successiva a oggi ({today}): controlla il fuso orario del foglio di lavoro.',
  spreadsheetFull:
    'Il foglio di lavoro è pieno: Google consente {limit} celle in un foglio di lavoro, contando ogni cella della griglia di ogni foglio, anche quelle vuote, e questa operazione ne richiedeva di più. Nessuna delle tue celle è stata modificata. Elimina i fogli che non ti servono più, o le righe e le colonne vuote in fondo ai fogli grandi, poi riprova.',
  scheduleTooManyTriggers:
    'Non è stato pianificato nulla: Google consente a ogni persona di eseguire questo componente aggiuntivo con una pianificazione in al massimo {limit} fogli di lavoro, e tu lo fai già in {limit}. Disattiva la pianificazione in uno di essi (pannello health score, scheda Storico o Sondaggi), poi riprova qui.',
  surveyBusy:
    'Un’altra importazione di sondaggi (o un’assegnazione) sta scrivendo in questo momento nel foglio Survey Responses. Non è stato modificato nulla: riprova tra un minuto.',
  surveyNothingImportedYet:
    'Non è ancora stato importato alcun sondaggio: apri il pannello health score, scegli un modulo o un foglio di risposte nella scheda Sondaggi e importalo una prima volta. Da allora, qui viene importato di nuovo lo stesso sondaggio.',
  surveyNoFormsPermission:
    'L’importazione pianificata legge un modulo Google, ma questo account non ha autorizzato il componente aggiuntivo a leggere i moduli. Apri la scheda Sondaggi e riattiva la pianificazione (o importa una volta a mano) per concedere l’autorizzazione.',
  surveyScheduleWouldOverwrite:
    'Non è stato importato nulla: questa importazione svuoterebbe {blanked} valori e ne cambierebbe {changed} già presenti nel foglio Survey Responses. Apri la scheda Sondaggi, controlla quale domanda alimenta ciascun campo e importa da lì.',
  surveySetUpOnAddonSheet:
    'L’health score è configurato su "{sheet}", uno dei fogli del componente aggiuntivo: apri il foglio con l’elenco dei tuoi account, esegui lì {menu}, poi importa di nuovo.',
  surveySetUpFirst:
    'Configura prima l’health score sul foglio dei tuoi account ({menu}): le risposte ai sondaggi vengono abbinate agli account di quel foglio.',
  surveyChooseResponse: 'Scegli la risposta da assegnare.',
  surveyChooseAccount: 'Scegli l’account a cui assegnarla.',
  surveyNoSuchAccount: 'In "{sheet}" non c’è nessun account "{account}".',
  surveyNoSuchResponse: 'Nel foglio Survey Responses non c’è nessuna risposta "{response}".',
  surveyAlreadyMatched: 'La risposta "{response}" è già abbinata a "{account}".',
  surveyNothingToAssignBy:
    'La risposta "{response}" non ha né una risposta né un indirizzo email con cui assegnarla.',
  surveySheetNotOurs:
    'Il foglio "{sheet}" non inizia con le colonne {columns}. Rinomina quel foglio, poi importa di nuovo.',
  surveySheetNoHeader:
    'Il foglio "{sheet}" ha delle righe ma nessuna riga di intestazione: ripristina l’intestazione o rinomina il foglio.',
  surveyMappingMissing: 'Manca l’abbinamento tra domande e campi.',
  surveyNotAQuestion: '{field}: "{question}" non è una domanda di "{form}".',
  surveyScaleTop:
    'Il massimo della scala {field} deve essere un numero intero da 2 a {max} (ricevuto: {value}).',
  surveyQuestionTwice:
    '"{question}" è scelta sia per {first} sia per {second}: una domanda può alimentare un solo campo. Scegli un’altra domanda per uno dei due.',
  surveyQuestionGone:
    '{field}: la domanda "{question}" non è più presente in "{form}", quindi viene usato {now}.',
  surveyQuestionGoneReason: '"{question}" non è più presente nel modulo: {now}',
  surveyQuoted: '"{text}"',
  surveyListSeparator: ', ',
  surveyNoQuestion: 'nessuna domanda',
  surveyReplacement: '"{question}" ({reason})',
  surveyOptionsInvalid: 'Le opzioni di importazione non sono valide.',
  surveyWindowInvalid:
    'I giorni di risposte considerati dai punteggi devono essere più di 0 (ricevuto: {value}).',
  surveyAddColumnsInvalid: 'L’aggiunta delle colonne dei punteggi deve essere sì o no (ricevuto: {value}).',
  surveyTimeRanOut:
    'Tempo esaurito dopo aver letto {read} risposte su {total} (a partire dalle più vecchie): la prossima importazione riprende da lì. Importa di nuovo o lascia che se ne occupi la pianificazione.',
  surveyOldResponses:
    '{old, plural, one {# delle {total} risposte è più vecchia} other {# delle {total} risposte sono più vecchie}} dei {days} giorni considerati dai punteggi: si trovano nel foglio Survey Responses, non nelle colonne NPS e CSAT.',
  surveyNotImported: 'Non importate (nessun campo dell’health score): {questions}.',
  surveyNotImportedMore: 'Non importate (nessun campo dell’health score): {questions} e altre {more}.',
  surveyAnswerLeftBlank: '{problem} La cella è stata lasciata vuota.',
  surveyMoreLeftBlank: '…e altre {more} risposte lasciate vuote per gli stessi motivi.',
  surveyColumnsNotAdded:
    'Le risposte sono state importate, ma non è stato possibile aggiungere le colonne {columns} a "{sheet}" ({message}). Importa di nuovo per aggiungerle.',
  surveyModelNotUpdated:
    'Non è stato possibile aggiornare l’Health Model ({message}): la prossima importazione ci riprova.',
  surveyCsatScale:
    'Le risposte CSAT sono su una scala 1–{scale}, ma la colonna CSAT conta solo risposte 1–5: per questo non è stata aggiunta (le risposte sono nel foglio Survey Responses).',
  surveyAddMetricsYourself: '{why} Aggiungi tu {metrics} all’Health Model perché il punteggio le consideri.',
  surveyNoModelRange: 'Non esiste l’intervallo denominato {range}.',
  surveyModelUnreadable: 'Non è stato possibile leggere l’Health Model ({message}).',
  surveyModelFull: 'L’intervallo {range} non ha più righe vuote.',
  surveyMetricNote: 'Aggiunta dall’importazione dei sondaggi (foglio Survey Responses).',
  // Why the detector chose each question (core/survey-import/detect.ts)
  surveyWhyMentions: "il titolo contiene '{keyword}'",
  surveyWhyFitMentions: "{fit}, il titolo contiene '{keyword}'",
  surveyWhyByDomain: '{reason}: abbinamento tramite il dominio dell’email',
  surveyWhyAnswers: 'risposte {lower}–{upper}',
  surveyWhyScale: 'scala {lower}–{upper}',
  surveyWhyRating: 'valutazione {lower}–{upper}',
  surveyWhyZeroToTen: '{answers}, quindi una scala 0–10',
  surveyWhyChoice: 'domanda a scelta',
  surveyWhyParagraph: 'domanda con risposta a paragrafo',
  surveyWhyLongAnswers: 'risposte libere lunghe',
  surveyWhyFreeText: 'domanda a risposta libera',
  surveyWhyNoNps: "nessuna scala 0–10 né domanda che contenga 'consigliare'",
  surveyWhyNoCsat: "nessuna scala 1–5 o 1–7 né domanda che contenga 'soddisfatto'",
  surveyWhyNoCes: "nessuna domanda che contenga 'sforzo' o 'facile'",
  surveyWhyNoAccount: 'nessuna domanda sull’azienda o sull’account: abbinamento con l’email di chi risponde',
  surveyWhyAccountUntil: '{reason}; nel frattempo, abbinamento con l’email di chi risponde',
  surveyWhyNoComment: 'nessuna domanda a paragrafo o che chieda commenti',
  surveyWhyHalfFits:
    '"{question}" contiene \'{keyword}\', ma le sue risposte sono {seen}: lasciata senza abbinamento. Se esiste, scegli tu la domanda da usare come {field}',
  surveyWhyFieldAccount: 'account',
  surveyWhyFieldComment: 'commento',
  surveySeenCheckboxes: 'elenchi di opzioni spuntate',
  surveySeenLinks: 'link a file',
  surveySeenNumbers: 'numeri',
  surveySeenFigures: 'per lo più cifre',
  surveySeenOptions: '{count, plural, one {# opzione scelta più volte} other {# opzioni scelte più volte}}',
  surveySeenRange: 'numeri {lower}–{upper}',
  surveySeenLongText: 'testo libero lungo',
  surveySeenShortText: 'testo breve',
  // Google Moduli's names of its question types
  surveyTypeScale: 'Scala',
  surveyTypeRating: 'Valutazione',
  surveyTypeText: 'Risposta breve',
  surveyTypeParagraph: 'Paragrafo',
  surveyTypeChoice: 'Scelta multipla',
  surveyTypeList: 'Elenco a discesa',
  surveyTypeCheckboxes: 'Caselle di controllo',
  surveyTypeDate: 'Data',
  surveyTypeOther: 'Altro',
  surveyTypeColumn: 'Colonna del foglio',
  surveyTypeScaled: '{type} {lower}–{upper}',
  surveyTypeAnswers: '{type}, risposte {lower}–{upper}',
  // The starter model's Notes column (core/starter.ts returns a key, set-up writes it in the spreadsheet's language)
  starterNoteRamp: 'Red/Green dal 10° e dal 90° percentile (P10/P90) dei dati.',
  starterNoteLowerIsBetter: 'Più basso è meglio. Red/Green dal 90° e dal 10° percentile (P90/P10) dei dati.',
  starterNoteBuiltInWords: 'Parole che il componente aggiuntivo sa già valutare.',
  starterNoteCheckValues: 'Controlla Values: punteggi suggeriti in base al significato delle etichette.',
  starterNoteScoreLabels:
    'Assegna un punteggio a queste etichette in Values, poi dai un peso alla metrica: {labels}.',
  starterNoteOff:
    'Disattivata: l’importo di una fattura, da solo, non dice se il cliente è in salute. {note}',
  starterNoteNoColumn:
    'Nessuna colonna trovata per questa componente dell’health score: aggiungine una con questo nome, poi assegnale un peso.',
  // Override (src/server/overrides-api.ts)
  overridesMissing: 'La tabella degli override non esiste ancora: esegui una volta {setUp} per crearla.',
  overrideUnknownAccount:
    'Nella colonna {column} del foglio degli account non c’è nessun account "{account}".',
  overrideAlreadyActive: '"{account}" ha già un override fino al {until}: prima chiudilo.',
  overrideRowChanged:
    'La riga {row} del foglio Overrides non contiene più un override attivo di "{account}": il foglio è cambiato. Non è stato scritto nulla.',
  overrideUntilPast: 'La data di fine ({until}) è precedente a oggi ({today}).',
  overridesBusy:
    'Qualcun altro sta scrivendo nel foglio Overrides in questo momento. Non è stato modificato nulla: riprova tra poco.',
  // Override scaduti, nel digest via e-mail (src/core/history/alerts.ts)
  digestEndedSubject: '{count, plural, one {# override scaduto} other {# override scaduti}} in {sheet}',
  digestEndedIntro:
    '{count, plural, one {# override ha superato la data di fine e non è più attivo} other {# override hanno superato la data di fine e non sono più attivi}}: torna a vedersi il punteggio calcolato.',
  digestEndedItem: '{set} (autore: {by}) fino al {date}: {reason}',
  digestEndedItemNoBy: '{set} fino al {date}: {reason}',
  digestEndedScore: 'punteggio {score}',
  digestEndedBand: 'fascia {band}',
  digestEndedScoreBand: 'punteggio {score} e fascia {band}',
  // Overrides: set-up's Overrides sheet, the Until onEdit fills in, header renames
  overridesSheetNotOurs:
    'Questo foglio di lavoro ha già un foglio chiamato "{sheet}" la cui prima riga non è {columns}. La configurazione tiene lì gli override del team: rinomina il tuo foglio, poi esegui di nuovo "{menu}".',
  overridesNameTaken:
    'Questo foglio di lavoro ha già un intervallo denominato "{name}" (su "{sheet}"), un nome che il componente aggiuntivo usa per il suo foglio {target}. Rinomina il tuo (Dati ▸ Intervalli denominati), poi esegui di nuovo "{menu}".',
  toastUntilFilled:
    'Until impostato al {date}, tra {days, plural, one {# giorno} other {# giorni}}: modificalo se l’override deve finire prima o dopo.',
  toastOverridesKeyRenamed:
    'Overrides aggiornato: la colonna degli account ora si chiama "{to}", come la sua intestazione.',
  toastSegmentColumnRenamed:
    'Health Model aggiornato: i segmenti per "{from}" ora usano "{to}", come la sua colonna.',
};
