/** Italian messages of the custom functions (see errors-en.ts); argument and model column names stay as Sheets shows them. */
import type { ErrorMessages } from './errors-en';

export const errorsIt: ErrorMessages = {
  cellText: '"{text}"',
  cellDate: 'la data {date}',
  cellBadDate: 'una data non valida',
  place: '{name} riga {row}, colonna {column}',
  listJoin: ', ',
  nothing: 'niente',
  modelRow: 'Health Model, riga {row} ("{metric}")',
  modelField: '{row}: {column}',
  driverLoss: '{metric} {points}',
  driversMissing: 'dati mancanti: {metrics}',
  driversJoin: '; ',
  notCell: '{name} deve essere una sola cella, non un intervallo {rows}×{columns}.',
  notRow: '{name} deve essere una sola riga, ma ne ha {rows}.',
  notList: '{name} deve essere una sola colonna o riga, non un intervallo {rows}×{columns}.',
  asOf: 'as_of {cell} non è una data: indica una cella che contiene una data (la configurazione usa la cella AsOf) oppure DATA(2024; 5; 1).',
  top: 'top {cell} deve essere un numero intero ≥ 0.',
  minCoverage: 'min_coverage {cell} deve essere tra 0 e 1 (oppure tra 0% e 100%).',
  noModel: 'Manca model: indica l’intervallo del Health Model, ad es. HealthModel.',
  modelCell:
    "model deve essere l’intervallo del Health Model (ad es. HealthModel o 'Health Model'!A1:H10), non una sola cella.",
  width:
    'values è largo {width, plural, one {# colonna} other {# colonne}}, {name} invece {other}: devono coincidere.',
  headerTwice: 'headers: "{header}" compare nelle colonne {first} e {second}; rinominane una.',
  metricFound: '"{metric}"',
  metricClose: '"{metric}" (l’intestazione più simile è "{header}")',
  noColumn:
    'La metrica {metric} del Health Model non corrisponde a nessuna intestazione di colonna. Ridai alla colonna il suo nome oppure cambia la metrica nel Health Model.',
  noColumns:
    'Le metriche {metrics} del Health Model non corrispondono a nessuna intestazione di colonna. Ridai alle colonne il loro nome oppure cambia le metriche nel Health Model.',
  inlineWeight: 'weights, colonna {column}, vale {weight}; i pesi devono essere ≥ 0.',
  inlineZero: 'I pesi di weights sono tutti 0: dai ad almeno una colonna un peso maggiore di 0.',
  inlineScore: '{place} vale {cell}; nella forma in linea i sotto-punteggi vanno da 0 a 100.',
  modelEmpty: 'Health Model: nessuna metrica sotto la riga di intestazione.',
  modelProblem: 'Health Model: {problem}',
  modelRowProblem: '{row}: {problem}',
  headerDouble: 'Intestazione del Health Model: "{name}" compare due volte (colonne {first} e {second}).',
  headerMissing:
    'Health Model: la riga di intestazione non ha la colonna "{name}" (trovato: {found}). La prima riga dell’intervallo del modello deve essere la sua intestazione.',
  metricTwice: 'la metrica "{metric}" compare due volte; tienine una sola riga.',
  redGreenPair: 'compila sia Red sia Green, oppure lasciali vuoti entrambi (P0 e P100).',
  redGreenEqual: 'Red e Green valgono entrambi {value}; devono essere diversi.',
  weightsZero: 'tutte le metriche hanno peso 0; dai ad almeno una un peso maggiore di 0.',
  weightBlank: '{row}: Weight è vuoto. Inserisci un numero ≥ 0 (0 disattiva la metrica).',
  weightNaN: '{row}: Weight {cell} non è un numero.',
  weightNegative: '{row}: Weight {weight} è negativo; i pesi devono essere ≥ 0.',
  missingCell: '{row}: Missing {cell} deve essere vuoto, "skip" oppure un sotto-punteggio da 0 a 100.',
  thresholdLarge: '{what} {cell} è troppo grande: le soglie vanno da -1e15 a 1e15.',
  percentile: '{what} {cell}: un percentile va da P0 a P100.',
  threshold: '{what} {cell} non è né un numero né un percentile come P10.',
  thresholdDate:
    '{what} {cell} non è né un numero né un percentile come P10 (la cella è formattata come data: formattala come numero).',
  valuesEntry:
    '{what}: "{entry}" dovrebbe avere la forma Etichetta=punteggio, ad es. In abbandono=0; Stabile=60; In crescita=100.',
  valuesScore: '{what}: il punteggio di "{label}" è {score}; i punteggi vanno da 0 a 100.',
  valuesTwice: '{what}: l’etichetta "{label}" compare due volte.',
  noGroups:
    'Health Model: nessuna metrica ha un Group. Compila la colonna Group (ad es. Sentiment, Adozione) per usare HEALTHGROUPS.',
  labelsCount:
    'labels ha {count} celle: indicane tre (sano, a rischio, critico) e, se serve, una quarta per chi non ha punteggio.',
  labelsTwice: 'Le etichette {first} e {second} di labels sono entrambe "{label}": ogni fascia vuole la sua.',
  bandOrder: 'healthy_at ({healthy}) deve essere maggiore di unhealthy_below ({unhealthy}).',
  healthyNaN: 'healthy_at {cell} deve essere un numero oppure la parola "quartiles".',
  unhealthyNaN: 'unhealthy_below {cell} deve essere un numero.',
  scoreRange:
    'scores contiene {score}, ma un health score va da 0 a 100. Fai puntare HEALTHBAND a una colonna di HEALTHSCORE.',
  scoreRangeAt:
    'scores (riga {row}, colonna {column}) contiene {score}, ma un health score va da 0 a 100. Fai puntare HEALTHBAND a una colonna di HEALTHSCORE.',
  answer: '{where} è {cell}: le risposte {kind} sono numeri interi da {min} a {max}.',
  scale: 'scale {cell} deve essere un numero intero pari almeno a 2.',
  kind: 'kind {cell} deve essere uno tra {kinds}.',
  days: '{name} {cell} deve essere un numero di giorni ≥ 0.',
  needsDates: '{need} richiede response_dates per sapere {why}.',
  needsLast: 'SURVEYSCORE con kind LAST',
  whyLast: 'qual è la risposta più recente',
  whyWithin: 'quanto è vecchia ogni risposta',
  responseRows:
    'Le colonne delle risposte devono avere lo stesso numero di righe: response_accounts ne ha {accounts}, response_values {values}.',
  responseRowsDates:
    'Le colonne delle risposte devono avere lo stesso numero di righe: response_accounts ne ha {accounts}, response_values {values}, response_dates {dates}.',
  responseNaN: 'response_values riga {row} è {cell}, non un numero.',
  historyRows:
    'Le colonne dello storico devono avere lo stesso numero di righe: history_accounts ne ha {accounts}, history_dates {dates}, history_scores {scores}.',
  surveyAnswerOf: 'La risposta a "{question}" nell’invio {response}',
  surveyNoResponseId: 'Una risposta inviata il {submitted} non ha un ID di risposta.',
  argRow: '{name} riga {row}',
  lengths: 'Le colonne devono avere la stessa lunghezza (o essere valori singoli): righe {sizes}.',
  nameCount: '{name} {count}',
  argBlank: '{arg} è vuoto.',
  argNaN: '{arg} è {cell}, non un numero.',
  positive: '{arg} vale {value}: deve essere maggiore di 0.',
  nonNegative: '{arg} vale {value}: non può essere negativo.',
  fraction: '{arg} vale {value}: deve essere una frazione da 0 a 1 (ad es. 0,75 o 75%).',
  rowNote: ' (riga {row})',
  lossesOver:
    'contraction + churned ({lost}) supera start_mrr {start}{where}: si può perdere solo l’MRR con cui il periodo è iniziato (l’MRR nuovo perso nel periodo va tolto dall’expansion).',
  lostOver:
    'customers_lost {lost} supera customers_at_start {start}{where}: un periodo non può perdere più clienti di quanti ne aveva all’inizio.',
  neverPaid: '{arg} è 0: il costo di acquisizione non viene mai recuperato.',
  segmentCell:
    'Segment {cell} dovrebbe avere la forma Colonna = valore, ad es. Tier = Enterprise (più valori: Tier = Enterprise, Strategic).',
  segmentColumns:
    'Segment usa la colonna "{column}", ma le righe precedenti usano "{first}"; tutti i segmenti di un modello devono usare la stessa colonna del foglio degli account.',
  segmentValueTwice:
    'il valore "{value}" appartiene già al segmento {first}; assegna ogni valore a un solo segmento.',
  segmentWeightsZero:
    'tutte le metriche del segmento {segment} hanno peso 0; dai ad almeno una un peso maggiore di 0.',
  segmentHeader:
    'I segmenti del Health Model usano la colonna "{column}", che non corrisponde a nessuna intestazione di colonna{closest}. Ridai alla colonna il suo nome oppure cambia le celle Segment nel Health Model.',
  closestHeader: ' (l’intestazione più simile è "{header}")',
  driversNoSegment: 'nessun modello per {column} = {value}',
  driversOverride: 'impostato a mano da {by}: {reason}, fino al {until}',
  driversOverrideAnonymous: 'impostato a mano: {reason}, fino al {until}',
  driversModelScore: '{score} secondo il modello',
  overridesRange:
    'overrides deve essere l’intervallo Overrides (ad es. Overrides), con la riga di intestazione per prima, non una sola cella.',
  overridesKeyHeader:
    'Overrides: la prima intestazione (A1) deve essere il nome della colonna degli account, ad es. Account, come nel foglio degli account.',
  overridesHeader: 'Overrides: la riga di intestazione non ha la colonna "{name}" (trovato: {found}).',
  overridesKey:
    'Overrides: la prima colonna si chiama "{header}", ma nessuna intestazione di colonna ha questo nome{closest}. Chiamala come la colonna degli account.',
  overrideEmpty: 'Overrides, riga {row} ({account}): compila Score oppure Band.',
  overrideScore: 'Overrides, riga {row} ({account}): Score {cell} deve essere un numero da 0 a 100.',
  overrideReason:
    'Overrides, riga {row} ({account}): Reason è vuoto; scrivi perché il punteggio è impostato a mano.',
  overrideUntil:
    'Overrides, riga {row} ({account}): Until {cell} deve essere una data, l’ultimo giorno in cui vale l’impostazione manuale (il pannello propone 30 giorni da oggi).',
  overrideTwice:
    'Le righe {first} e {second} di Overrides impostano entrambe {account} per oggi; chiudine una (cambia la sua data in Until).',
  overrideBand: 'Overrides, riga {row} ({account}): Band {cell} non è una delle fasce {labels}.',
  overrideAccounts:
    'Le colonne devono avere lo stesso numero di righe: accounts ne ha {accounts}, scores {scores}.',
  outcomeRows: 'Le colonne devono avere lo stesso numero di righe: {name} ne ha {rows}, outcomes {outcomes}.',
  outcomeWord:
    '{where} è {cell}: scrivi TRUE/1/yes/churned/lost/cancelled per un account perso oppure FALSE/0/no/retained/renewed/active per uno rimasto.',
  weightsFew:
    'Per imparare qualcosa HEALTHWEIGHTS vuole almeno {min} account per ciascun esito (account persi: {churned}, rimasti: {retained}): con meno, i pesi seguirebbero il caso (2 account si "separano" sempre alla perfezione).',
  aucFew:
    'HEALTHAUC vuole almeno un account perso e uno rimasto con un punteggio (account persi: {churned}, rimasti: {retained}).',
  backtestRows:
    'La tabella degli account e {name} devono avere lo stesso numero di righe: la tabella ne ha {rows}, {name} {outcomes}.',
  backtestBlank:
    '{name} non ha un valore in nessuna riga: per il backtest del modello indica gli account andati in churn (TRUE, yes, churned…) e quelli rimasti (FALSE, no, retained…).',
  backtestFew:
    'Il backtest vuole in {name} almeno {min} account persi e {min} rimasti (account persi: {churned}, rimasti: {retained}): con meno, qualsiasi modello li separa per caso.',
  backtestNoSignal:
    'HEALTHWEIGHTS non ha trovato nessuna metrica che distingua gli account persi da quelli rimasti (tutti i pesi appresi sono 0), quindi non c’è un modello appreso da confrontare.',
};
