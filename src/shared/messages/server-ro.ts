/** Romanian strings of the server: menu, alerts and toasts (see server-en.ts). */
import type { ServerMessages } from './server';

export const serverRo: ServerMessages = {
  addonName: 'Customer Health Score',
  menuOpenPanel: 'Deschide panoul scorului de sănătate',
  menuSetUp: 'Configurează scorul de sănătate',
  menuTrafficLights: 'Aplică semafoarele',
  menuSnapshot: 'Creează acum un instantaneu',
  menuImportSurveys: 'Importă răspunsurile la sondaje',
  menuExportCrm: 'Exportă pentru CRM',
  menuHelp: 'Ajutor',
  sidebarTitle: 'Scor de sănătate',
  alertErrorTitle: 'Customer Health Score: a apărut o problemă',
  alertNoAccountSheet:
    'Deschide foaia cu lista conturilor tale (câte un cont pe rând, anteturile pe rândul 1), apoi încearcă din nou.',
  toastSetUpDone:
    'Scorul de sănătate a fost configurat în „{sheet}” cu {metrics, plural, one {# metrică} few {# metrici} other {# de metrici}}.',
  toastSetUpUnchanged: 'Scorul de sănătate din „{sheet}” era deja configurat; nu s-a schimbat nimic.',
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
  bandHealthy: 'Sănătos',
  bandAtRisk: 'La risc',
  bandUnhealthy: 'Critic',
  bandNoScore: 'Fără scor',
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
};
