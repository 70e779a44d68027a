/** Italian strings of the server: menu, alerts and toasts (see server-en.ts). */
import type { ServerMessages } from './server';

export const serverIt: ServerMessages = {
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Apri il pannello health score',
  menuSetUp: 'Configura l’health score',
  menuTrafficLights: 'Applica i semafori',
  menuSnapshot: 'Crea subito uno snapshot',
  menuImportSurveys: 'Importa le risposte ai sondaggi',
  menuExportCrm: 'Esporta per il CRM',
  menuHelp: 'Guida',
  sidebarTitle: 'Health score',
  alertErrorTitle: 'Customer Health Score: si è verificato un problema',
  alertNoAccountSheet:
    'Apri il foglio con l’elenco dei tuoi account (un account per riga, intestazioni nella riga 1), poi riprova.',
  toastSetUpDone:
    'Health score configurato su "{sheet}" con {metrics, plural, one {# metrica} other {# metriche}}.',
  toastSetUpUnchanged: 'L’health score su "{sheet}" era già configurato: non è cambiato nulla.',
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
  bandHealthy: 'Sano',
  bandAtRisk: 'A rischio',
  bandUnhealthy: 'Critico',
  bandNoScore: 'Senza punteggio',
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
