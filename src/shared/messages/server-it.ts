/** Italian strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonIt } from './common';
import type { ServerMessages } from './server';

export const serverIt: ServerMessages = {
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
  // Surveys (issue 13): the menu's import before any survey was imported
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
};
