/** Romanian messages of the custom functions (see errors-en.ts); argument and model column names stay as Sheets shows them. */
import type { ErrorMessages } from './errors-en';

export const errorsRo: ErrorMessages = {
  cellText: '„{text}”',
  cellDate: 'data {date}',
  cellBadDate: 'o dată nevalidă',
  place: '{name}, rândul {row}, coloana {column}',
  listJoin: ', ',
  nothing: 'nimic',
  modelRow: 'Health Model, rândul {row} („{metric}”)',
  modelField: '{row}: {column}',
  driverLoss: '{metric} {points}',
  driversMissing: 'fără date: {metrics}',
  driversJoin: '; ',
  notCell: '{name} trebuie să fie o singură celulă, nu un interval de {rows}×{columns}.',
  notRow: '{name} trebuie să fie un singur rând, dar are {rows}.',
  notList: '{name} trebuie să fie o singură coloană sau un singur rând, nu un interval de {rows}×{columns}.',
  asOf: 'as_of {cell} nu este o dată: indică o celulă cu o dată (configurarea folosește celula AsOf) sau DATE(2024; 5; 1).',
  top: 'top {cell} trebuie să fie un număr întreg ≥ 0.',
  minCoverage: 'min_coverage {cell} trebuie să fie între 0 și 1 (sau între 0% și 100%).',
  noModel: 'Lipsește model: indică intervalul Health Model, de ex. HealthModel.',
  modelCell:
    "model trebuie să fie intervalul Health Model (de ex. HealthModel sau 'Health Model'!A1:H10), nu o singură celulă.",
  width:
    'values are {width, plural, one {# coloană} few {# coloane} other {# de coloane}}, iar {name} are {other}; trebuie să fie la fel de late.',
  headerTwice: 'headers: „{header}” apare în coloanele {first} și {second}; redenumește una dintre ele.',
  metricFound: '„{metric}”',
  metricClose: '„{metric}” (cel mai apropiat antet: „{header}”)',
  noColumn:
    'Metrica {metric} din Health Model nu se potrivește cu niciun antet de coloană. Redă coloanei numele vechi sau schimbă metrica în Health Model.',
  noColumns:
    'Metricile {metrics} din Health Model nu se potrivesc cu niciun antet de coloană. Redă coloanelor numele vechi sau schimbă metricile în Health Model.',
  inlineWeight: 'weights, coloana {column}, are valoarea {weight}; ponderile trebuie să fie ≥ 0.',
  inlineZero: 'Toate ponderile din weights sunt 0: dă cel puțin unei coloane o pondere peste 0.',
  inlineScore: '{place} este {cell}; în forma directă subscorurile sunt între 0 și 100.',
  modelEmpty: 'Health Model: nicio metrică sub rândul de antet.',
  modelProblem: 'Health Model: {problem}',
  modelRowProblem: '{row}: {problem}',
  headerDouble: 'Antetul Health Model: „{name}” apare de două ori (coloanele {first} și {second}).',
  headerMissing:
    'Health Model: rândul de antet nu are coloana „{name}” (găsit: {found}). Primul rând al intervalului modelului trebuie să fie antetul lui.',
  metricTwice: 'metrica „{metric}” apare de două ori; păstrează un singur rând.',
  redGreenPair: 'completează și Red, și Green, sau lasă-le pe amândouă goale (P0 și P100).',
  redGreenEqual: 'Red și Green sunt amândouă {value}; trebuie să difere.',
  weightsZero: 'toate metricile au pondere 0; dă cel puțin uneia o pondere peste 0.',
  weightBlank: '{row}: Weight este gol. Introdu un număr ≥ 0 (0 dezactivează metrica).',
  weightNaN: '{row}: Weight {cell} nu este un număr.',
  weightNegative: '{row}: Weight {weight} este negativ; ponderile trebuie să fie ≥ 0.',
  missingCell: '{row}: Missing {cell} trebuie să fie gol, „skip” sau un subscor de la 0 la 100.',
  thresholdLarge: '{what} {cell} este prea mare: pragurile sunt între -1e15 și 1e15.',
  percentile: '{what} {cell}: un percentil este între P0 și P100.',
  threshold: '{what} {cell} nu este nici număr, nici percentil precum P10.',
  thresholdDate:
    '{what} {cell} nu este nici număr, nici percentil precum P10 (celula are format de dată: formateaz-o ca număr).',
  valuesEntry:
    '{what}: „{entry}” ar trebui să arate ca Etichetă=scor, de ex. Pleacă=0; Stabil=60; În creștere=100.',
  valuesScore: '{what}: scorul lui „{label}” este {score}; scorurile sunt între 0 și 100.',
  valuesTwice: '{what}: eticheta „{label}” apare de două ori.',
  noGroups:
    'Health Model: nicio metrică nu are Group. Completează coloana Group (de ex. Sentiment, Adopție) ca să folosești HEALTHGROUPS.',
  labelsCount:
    'labels are {count} celule: dă trei (sănătos, la risc, critic) și, opțional, a patra pentru „fără scor”.',
  labelsTwice:
    'Etichetele {first} și {second} din labels sunt amândouă „{label}”: fiecare categorie are nevoie de eticheta ei.',
  bandOrder: 'healthy_at ({healthy}) trebuie să fie peste unhealthy_below ({unhealthy}).',
  healthyNaN: 'healthy_at {cell} trebuie să fie un număr sau cuvântul „quartiles”.',
  unhealthyNaN: 'unhealthy_below {cell} trebuie să fie un număr.',
  scoreRange:
    'scores conține {score}, dar scorul de sănătate este între 0 și 100. Îndreaptă HEALTHBAND spre o coloană HEALTHSCORE.',
  scoreRangeAt:
    'scores (rândul {row}, coloana {column}) conține {score}, dar scorul de sănătate este între 0 și 100. Îndreaptă HEALTHBAND spre o coloană HEALTHSCORE.',
  answer: '{where} este {cell}: răspunsurile {kind} sunt numere întregi de la {min} la {max}.',
  scale: 'scale {cell} trebuie să fie un număr întreg, cel puțin 2.',
  kind: 'kind {cell} trebuie să fie unul dintre {kinds}.',
  days: '{name} {cell} trebuie să fie un număr de zile ≥ 0.',
  needsDates: '{need} are nevoie de response_dates ca să știe {why}.',
  needsLast: 'SURVEYSCORE cu kind LAST',
  whyLast: 'care este cel mai recent răspuns',
  whyWithin: 'cât de vechi este fiecare răspuns',
  responseRows:
    'Coloanele de răspunsuri trebuie să aibă același număr de rânduri: response_accounts are {accounts}, response_values {values}.',
  responseRowsDates:
    'Coloanele de răspunsuri trebuie să aibă același număr de rânduri: response_accounts are {accounts}, response_values {values}, response_dates {dates}.',
  responseNaN: 'response_values, rândul {row}, este {cell}, nu un număr.',
  historyRows:
    'Coloanele istoricului trebuie să aibă același număr de rânduri: history_accounts are {accounts}, history_dates {dates}, history_scores {scores}.',
  surveyAnswerOf: 'Răspunsul la „{question}” din trimiterea {response}',
  surveyNoResponseId: 'Un răspuns trimis la {submitted} nu are ID de răspuns.',
  argRow: '{name}, rândul {row}',
  lengths: 'Coloanele trebuie să aibă aceeași lungime (sau să fie valori unice): rânduri {sizes}.',
  nameCount: '{name} {count}',
  argBlank: '{arg} este gol.',
  argNaN: '{arg} este {cell}, nu un număr.',
  positive: '{arg} este {value}: trebuie să fie peste 0.',
  nonNegative: '{arg} este {value}: nu poate fi negativ.',
  fraction: '{arg} este {value}: trebuie să fie o fracție de la 0 la 1 (de ex. 0,75 sau 75%).',
  rowNote: ' (rândul {row})',
  lossesOver:
    'contraction + churned ({lost}) depășesc start_mrr {start}{where}: se poate pierde doar MRR-ul cu care a început perioada (MRR-ul nou pierdut în perioadă se scade din expansion).',
  lostOver:
    'customers_lost {lost} depășește customers_at_start {start}{where}: o perioadă nu poate pierde mai mulți clienți decât avea la început.',
  neverPaid: '{arg} este 0: costul de achiziție nu se recuperează niciodată.',
  segmentCell:
    'Segment {cell} ar trebui să arate ca Coloană = valoare, de ex. Tier = Enterprise (mai multe valori: Tier = Enterprise, Strategic).',
  segmentColumns:
    'Segment folosește coloana „{column}”, dar rândurile de mai sus folosesc „{first}”; toate segmentele unui model trebuie să folosească aceeași coloană din foaia cu conturi.',
  segmentValueTwice:
    'valoarea „{value}” aparține deja segmentului {first}; pune fiecare valoare într-un singur segment.',
  segmentWeightsZero:
    'toate metricile segmentului {segment} au pondere 0; dă cel puțin uneia o pondere peste 0.',
  segmentHeader:
    'Segmentele din Health Model folosesc coloana „{column}”, care nu se potrivește cu niciun antet de coloană{closest}. Redă coloanei numele vechi sau schimbă celulele Segment din Health Model.',
  closestHeader: ' (cel mai apropiat antet: „{header}”)',
  driversNoSegment: 'niciun model pentru {column} = {value}',
  driversOverride: 'setat manual de {by}: {reason}, până la {until}',
  driversOverrideAnonymous: 'setat manual: {reason}, până la {until}',
  driversModelScore: '{score} conform modelului',
  overridesRange:
    'overrides trebuie să fie intervalul Overrides (de ex. Overrides), cu rândul de antet primul, nu o singură celulă.',
  overridesKeyHeader:
    'Overrides: primul antet (A1) trebuie să fie numele coloanei cu conturi, de ex. Cont, ca în foaia cu conturi.',
  overridesHeader: 'Overrides: rândul de antet nu are coloana „{name}” (găsit: {found}).',
  overridesKey:
    'Overrides: prima coloană are antetul „{header}”, care nu se potrivește cu niciun antet de coloană{closest}. Numește-o la fel ca pe coloana cu conturi.',
  overrideEmpty: 'Overrides, rândul {row} ({account}): completează Score sau Band.',
  overrideScore: 'Overrides, rândul {row} ({account}): Score {cell} trebuie să fie un număr de la 0 la 100.',
  overrideReason:
    'Overrides, rândul {row} ({account}): Reason este gol; scrie de ce scorul este setat manual.',
  overrideUntil:
    'Overrides, rândul {row} ({account}): Until {cell} trebuie să fie o dată, ultima zi în care se aplică valoarea setată manual (panoul propune 30 de zile de azi).',
  overrideTwice:
    'Rândurile {first} și {second} din Overrides setează amândouă {account} pentru azi; încheie-l pe unul dintre ele (schimbă-i data din Until).',
  overrideBand: 'Overrides, rândul {row} ({account}): Band {cell} nu este una dintre categoriile {labels}.',
  overrideAccounts:
    'Coloanele trebuie să aibă același număr de rânduri: accounts are {accounts}, scores {scores}.',
  outcomeRows: 'Coloanele trebuie să aibă același număr de rânduri: {name} are {rows}, outcomes {outcomes}.',
  outcomeWord:
    '{where} este {cell}: scrie TRUE/1/yes/churned/lost/cancelled pentru un cont plecat sau FALSE/0/no/retained/renewed/active pentru unul rămas.',
  weightsFew:
    'Ca să învețe ceva, HEALTHWEIGHTS are nevoie de cel puțin {min} conturi din fiecare rezultat (conturi plecate: {churned}, rămase: {retained}): cu mai puține, ponderile ar urma întâmplarea (2 conturi se „separă” mereu perfect).',
  aucFew:
    'HEALTHAUC are nevoie de cel puțin un cont plecat și unul rămas care au scor (conturi plecate: {churned}, rămase: {retained}).',
  backtestRows:
    'Tabelul conturilor și {name} trebuie să aibă același număr de rânduri: tabelul are {rows}, {name} are {outcomes}.',
  backtestBlank:
    '{name} nu are nicio valoare pe niciun rând: ca să rulezi backtestul modelului, marchează conturile plecate (TRUE, yes, churned…) și pe cele rămase (FALSE, no, retained…).',
  backtestFew:
    'Backtestul are nevoie în {name} de cel puțin {min} conturi plecate și {min} rămase (conturi plecate: {churned}, rămase: {retained}): cu mai puține, orice model le separă din întâmplare.',
  backtestNoSignal:
    'HEALTHWEIGHTS nu a găsit nicio metrică ce deosebește conturile plecate de cele rămase (toate ponderile învățate sunt 0), așa că nu există un model învățat de comparat.',
};
