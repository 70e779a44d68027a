/**
 * Persian messages of the custom functions (see errors-en.ts). Argument and model column names
 * stay in Latin as Sheets shows them; inserted text is bidi-isolated by the renderer, and Latin
 * code with punctuation in a template sits between LRI and PDI so it keeps its order.
 */
import type { ErrorMessages } from './errors-en';

export const errorsFa: ErrorMessages = {
  cellText: '«{text}»',
  cellDate: 'تاریخ {date}',
  cellBadDate: 'یک تاریخ نامعتبر',
  place: '{name} ردیف {row}، ستون {column}',
  listJoin: '، ',
  nothing: 'هیچ',
  modelRow: 'ردیف {row} از Health Model («{metric}»)',
  modelField: '{row}: {column}',
  driverLoss: '{metric} {points}',
  driversMissing: 'بدون داده: {metrics}',
  driversJoin: '؛ ',
  notCell: '{name} باید یک خانه باشد، نه محدوده‌ای {rows}×{columns}.',
  notRow: '{name} باید یک ردیف باشد، اما {rows} ردیف دارد.',
  notList: '{name} باید یک ستون یا یک ردیف باشد، نه محدوده‌ای {rows}×{columns}.',
  asOf: 'as_of {cell} تاریخ نیست: خانه‌ای را بدهید که تاریخ دارد (راه‌اندازی از خانه نام‌دار AsOf استفاده می‌کند) یا \u2066DATE(2024, 5, 1)\u2069.',
  top: 'top {cell} باید عدد صحیحی بزرگ‌تر یا مساوی ۰ باشد.',
  minCoverage: 'min_coverage {cell} باید بین ۰ و ۱ (یا ۰٪ و ۱۰۰٪) باشد.',
  noModel: 'model داده نشده است: محدوده Health Model را بدهید، مثلاً HealthModel.',
  modelCell:
    "model باید محدوده Health Model باشد (مثلاً HealthModel یا \u2066'Health Model'!A1:H10\u2069)، نه یک خانه.",
  width: 'values {width} ستون پهنا دارد اما {name} {other} ستون؛ پهنای آن‌ها باید برابر باشد.',
  headerTwice: 'headers: «{header}» در ستون‌های {first} و {second} آمده است؛ نام یکی را عوض کنید.',
  metricFound: '«{metric}»',
  metricClose: '«{metric}» (نزدیک‌ترین سرستون: «{header}»)',
  noColumn:
    'شاخص {metric} از Health Model با هیچ سرستونی جور نیست. نام ستون را به حالت قبل برگردانید یا شاخص را در Health Model تغییر دهید.',
  noColumns:
    'شاخص‌های {metrics} از Health Model با هیچ سرستونی جور نیستند. نام ستون‌ها را به حالت قبل برگردانید یا شاخص‌ها را در Health Model تغییر دهید.',
  inlineWeight: 'weights در ستون {column} برابر {weight} است؛ وزن‌ها باید بزرگ‌تر یا مساوی ۰ باشند.',
  inlineZero: 'همه وزن‌های weights صفر است: دست‌کم به یک ستون وزنی بیشتر از ۰ بدهید.',
  inlineScore: '{place} برابر {cell} است؛ در حالت درون‌خطی زیرامتیازها باید بین ۰ و ۱۰۰ باشند.',
  modelEmpty: 'Health Model: زیر ردیف سرستون‌ها هیچ شاخصی نیست.',
  modelProblem: 'Health Model: {problem}',
  modelRowProblem: '{row}: {problem}',
  headerDouble: 'سرستون‌های Health Model: «{name}» دو بار آمده است (ستون‌های {first} و {second}).',
  headerMissing:
    'Health Model: ردیف سرستون‌ها ستون «{name}» را ندارد (یافته‌ها: {found}). ردیف اول محدوده مدل باید سرستون‌های آن باشد.',
  metricTwice: 'شاخص «{metric}» دو بار آمده است؛ فقط یک ردیف را نگه دارید.',
  redGreenPair: 'هم Red و هم Green را پر کنید، یا هر دو را خالی بگذارید (P0 و P100).',
  redGreenEqual: 'Red و Green هر دو {value} هستند؛ باید با هم فرق داشته باشند.',
  weightsZero: 'وزن همه شاخص‌ها ۰ است؛ دست‌کم به یکی وزنی بیشتر از ۰ بدهید.',
  weightBlank: '{row}: Weight خالی است. عددی بزرگ‌تر یا مساوی ۰ وارد کنید (۰ شاخص را خاموش می‌کند).',
  weightNaN: '{row}: Weight {cell} عدد نیست.',
  weightNegative: '{row}: Weight {weight} منفی است؛ وزن‌ها باید بزرگ‌تر یا مساوی ۰ باشند.',
  missingCell: '{row}: Missing {cell} باید خالی، «skip» یا زیرامتیازی از ۰ تا ۱۰۰ باشد.',
  thresholdLarge:
    '{what} {cell} بیش از حد بزرگ است: آستانه‌ها از \u2066-1e15\u2069 تا \u20661e15\u2069 هستند.',
  percentile: '{what} {cell}: صدک از P0 تا P100 است.',
  threshold: '{what} {cell} نه عدد است و نه صدکی مانند P10.',
  thresholdDate: '{what} {cell} نه عدد است و نه صدکی مانند P10 (قالب خانه تاریخ است: قالب آن را عدد کنید).',
  valuesEntry:
    '{what}: «{entry}» باید به شکل برچسب=امتیاز باشد، مثلاً در حال ریزش=۰; پایدار=۶۰; در حال رشد=۱۰۰.',
  valuesScore: '{what}: امتیاز «{label}» برابر {score} است؛ امتیازها از ۰ تا ۱۰۰ هستند.',
  valuesTwice: '{what}: برچسب «{label}» دو بار آمده است.',
  noGroups:
    'Health Model: هیچ شاخصی Group ندارد. برای استفاده از HEALTHGROUPS ستون Group را پر کنید (مثلاً احساس مشتری، میزان استفاده).',
  labelsCount:
    'labels {count} خانه دارد: سه برچسب بدهید (سالم، در معرض خطر، بحرانی) و در صورت نیاز چهارمی برای «بدون امتیاز».',
  labelsTwice: 'برچسب‌های {first} و {second} در labels هر دو «{label}» هستند: هر رده برچسب خودش را می‌خواهد.',
  bandOrder: 'healthy_at ({healthy}) باید بیشتر از unhealthy_below ({unhealthy}) باشد.',
  healthyNaN: 'healthy_at {cell} باید عدد یا واژه «quartiles» باشد.',
  unhealthyNaN: 'unhealthy_below {cell} باید عدد باشد.',
  scoreRange:
    'scores مقدار {score} دارد، اما امتیاز سلامت مشتری بین ۰ و ۱۰۰ است. HEALTHBAND را به ستونی از HEALTHSCORE ارجاع دهید.',
  scoreRangeAt:
    'scores (ردیف {row}، ستون {column}) مقدار {score} دارد، اما امتیاز سلامت مشتری بین ۰ و ۱۰۰ است. HEALTHBAND را به ستونی از HEALTHSCORE ارجاع دهید.',
  answer: '{where} برابر {cell} است: پاسخ‌های {kind} عدد صحیحی از {min} تا {max} هستند.',
  scale: 'scale {cell} باید عدد صحیحی دست‌کم ۲ باشد.',
  kind: 'kind {cell} باید یکی از این‌ها باشد: {kinds}.',
  days: '{name} {cell} باید تعداد روزهایی بزرگ‌تر یا مساوی ۰ باشد.',
  needsDates: '{need} به response_dates نیاز دارد تا بداند {why}.',
  needsLast: 'SURVEYSCORE با kind برابر LAST',
  whyLast: 'کدام پاسخ تازه‌ترین است',
  whyWithin: 'هر پاسخ چقدر قدیمی است',
  responseRows:
    'ستون‌های پاسخ باید هم‌تعداد ردیف باشند: response_accounts {accounts} ردیف دارد و response_values {values} ردیف.',
  responseRowsDates:
    'ستون‌های پاسخ باید هم‌تعداد ردیف باشند: response_accounts {accounts}، response_values {values} و response_dates {dates} ردیف دارند.',
  responseNaN: 'response_values در ردیف {row} برابر {cell} است، نه عدد.',
  historyRows:
    'ستون‌های تاریخچه باید هم‌تعداد ردیف باشند: history_accounts {accounts}، history_dates {dates} و history_scores {scores} ردیف دارند.',
  surveyAnswerOf: 'پاسخ به «{question}» در پاسخ‌نامهٔ {response}',
  surveyNoResponseId: 'پاسخ‌نامه‌ای که در {submitted} فرستاده شده شناسهٔ پاسخ ندارد.',
  argRow: '{name} در ردیف {row}',
  lengths: 'ستون‌ها باید هم‌اندازه (یا تک‌مقدار) باشند؛ تعداد ردیف‌ها: {sizes}.',
  nameCount: '{name} {count}',
  argBlank: '{arg} خالی است.',
  argNaN: '{arg} برابر {cell} است، نه عدد.',
  positive: '{arg} برابر {value} است: باید بیشتر از ۰ باشد.',
  nonNegative: '{arg} برابر {value} است: نباید منفی باشد.',
  fraction: '{arg} برابر {value} است: باید کسری از ۰ تا ۱ باشد (مثلاً ۰٫۷۵ یا ۷۵٪).',
  rowNote: ' (ردیف {row})',
  lossesOver:
    'contraction + churned ({lost}) از start_mrr {start}{where} بیشتر است: فقط MRR آغاز دوره می‌تواند از دست برود (MRR تازه‌ای که در همان دوره از دست رفته از expansion کم می‌شود).',
  lostOver:
    'customers_lost {lost} از customers_at_start {start}{where} بیشتر است: هیچ دوره‌ای بیش از مشتریان آغاز خود را از دست نمی‌دهد.',
  neverPaid: '{arg} برابر ۰ است: هزینه جذب مشتری هرگز برنمی‌گردد.',
  segmentCell:
    'Segment {cell} باید به شکل ستون = مقدار باشد، مثلاً \u2066Tier = Enterprise\u2069 (برای چند مقدار: \u2066Tier = Enterprise, Strategic\u2069).',
  segmentColumns:
    'Segment از ستون «{column}» استفاده می‌کند اما ردیف‌های پیشین از «{first}»؛ همه بخش‌های یک مدل باید از یک ستون برگه حساب‌ها استفاده کنند.',
  segmentValueTwice: 'مقدار «{value}» از پیش به بخش {first} تعلق دارد؛ هر مقدار را فقط در یک بخش بگذارید.',
  segmentWeightsZero: 'وزن همه شاخص‌های بخش {segment} ۰ است؛ دست‌کم به یکی وزنی بیشتر از ۰ بدهید.',
  segmentHeader:
    'بخش‌های Health Model از ستون «{column}» استفاده می‌کنند که با هیچ سرستونی جور نیست{closest}. نام ستون را به حالت قبل برگردانید یا خانه‌های Segment را در Health Model تغییر دهید.',
  closestHeader: ' (نزدیک‌ترین سرستون: «{header}»)',
  driversNoSegment: 'مدلی برای \u2066{column} = {value}\u2069 نیست',
  driversOverride: 'تعیین دستی توسط {by}: {reason}، تا {until}',
  driversOverrideAnonymous: 'تعیین دستی: {reason}، تا {until}',
  driversModelScore: '{score} طبق مدل',
  overridesRange:
    'overrides باید محدوده Overrides باشد (مثلاً Overrides) که ردیف اولش سرستون‌هاست، نه یک خانه.',
  overridesKeyHeader:
    'Overrides: سرستون اول (A1) باید نام ستون حساب‌ها باشد، همان‌طور که در برگه حساب‌ها آمده است، مثلاً «حساب».',
  overridesHeader: 'Overrides: ردیف سرستون‌ها ستون «{name}» را ندارد (یافته‌ها: {found}).',
  overridesKey:
    'Overrides: ستون اول آن «{header}» است که با هیچ سرستونی جور نیست{closest}. نام آن را همان نام ستون حساب‌ها بگذارید.',
  overrideEmpty: 'ردیف {row} از Overrides ({account}): Score یا Band را پر کنید.',
  overrideScore: 'ردیف {row} از Overrides ({account}): Score {cell} باید عددی از ۰ تا ۱۰۰ باشد.',
  overrideReason:
    'ردیف {row} از Overrides ({account}): Reason خالی است؛ بنویسید چرا امتیاز به‌صورت دستی تعیین شده است.',
  overrideUntil:
    'ردیف {row} از Overrides ({account}): Until {cell} باید تاریخ باشد، یعنی آخرین روزی که مقدار دستی اعمال می‌شود (پنل ۳۰ روز بعد را پیشنهاد می‌دهد).',
  overrideTwice:
    'ردیف‌های {first} و {second} از Overrides هر دو برای امروز مقدار {account} را تعیین می‌کنند؛ به یکی پایان دهید (تاریخ Until آن را تغییر دهید).',
  overrideBand: 'ردیف {row} از Overrides ({account}): Band {cell} یکی از رده‌های {labels} نیست.',
  overrideAccounts: 'accounts {accounts} ردیف دارد اما scores {scores} ردیف؛ تعداد ردیف‌ها باید برابر باشد.',
  outcomeRows: '{name} {rows} ردیف دارد اما outcomes {outcomes} ردیف؛ تعداد ردیف‌ها باید برابر باشد.',
  outcomeWord:
    '{where} برابر {cell} است: برای حساب ریزش‌کرده \u2066TRUE/1/yes/churned/lost/cancelled\u2069 و برای حساب ماندگار \u2066FALSE/0/no/retained/renewed/active\u2069 بنویسید.',
  weightsFew:
    'HEALTHWEIGHTS برای آموختن دست‌کم {min} حساب از هر دو نتیجه لازم دارد ({churned} ریزش‌کرده و {retained} ماندگار یافت شد): با تعداد کمتر، وزن‌ها از تصادف پیروی می‌کنند (۲ حساب همیشه کاملاً «جدا» می‌شوند).',
  aucFew:
    'HEALTHAUC دست‌کم یک حساب ریزش‌کرده و یک حساب ماندگار با امتیاز لازم دارد ({churned} ریزش‌کرده و {retained} ماندگار یافت شد).',
  backtestRows: 'جدول حساب‌ها {rows} ردیف دارد اما {name} {outcomes} ردیف؛ تعداد ردیف‌ها باید برابر باشد.',
  backtestBlank:
    '{name} در همه ردیف‌ها خالی است: برای بک‌تست مدل، حساب‌های ریزش‌کرده (\u2066TRUE, yes, churned…\u2069) و حساب‌های ماندگار (\u2066FALSE, no, retained…\u2069) را مشخص کنید.',
  backtestFew:
    'بک‌تست دست‌کم {min} حساب ریزش‌کرده و {min} حساب ماندگار در {name} لازم دارد ({churned} ریزش‌کرده و {retained} ماندگار یافت شد): با تعداد کمتر، هر مدلی آن‌ها را به تصادف از هم جدا می‌کند.',
  backtestNoSignal:
    'HEALTHWEIGHTS هیچ شاخصی نیافت که حساب‌های ریزش‌کرده را از ماندگار جدا کند (همه وزن‌های آموخته‌شده ۰ است)، پس مدل آموخته‌شده‌ای برای مقایسه وجود ندارد.',
};
