/** Romanian strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonRo } from './common';
import type { ServerMessages } from './server';

export const serverRo: ServerMessages = {
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
  // Surveys (issue 13): the menu's import before any survey was imported
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
};
