/** Persian strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonFa } from './common';
import type { ServerMessages } from './server';
import type { SurveyWords } from './survey-words-en';

export const serverFa: ServerMessages & SurveyWords = {
  ...commonFa,
  addonName: 'Customer Health Score',
  menuOpenPanel: 'باز کردن پنل سلامت مشتری',
  menuSetUp: 'راه‌اندازی امتیاز سلامت مشتری',
  menuTrafficLights: 'اعمال چراغ‌های وضعیت',
  menuSnapshot: 'ثبت اسنپ‌شات سلامت همین حالا',
  menuImportSurveys: 'درون‌ریزی پاسخ‌های نظرسنجی',
  menuExportCrm: 'خروجی برای CRM',
  menuHelp: 'راهنما',
  // What the sidebar sends, checked at the server (src/server/requests.ts)
  errorBadRequest:
    'پنل چیزی فرستاد که افزونه نمی‌تواند از آن استفاده کند ({field}). پنل را ببندید، دوباره باز کنید و دوباره امتحان کنید.',
  errorBandOutOfRange: 'آستانه‌های دسته‌ها امتیازهایی از ۰ تا ۱۰۰ هستند: {value} خارج از این بازه است.',
  errorBandsOrder: 'آستانه سالم ({healthy}) باید بالاتر از آستانه بحرانی ({unhealthy}) باشد.',
  alertErrorTitle: 'Customer Health Score: مشکلی پیش آمد',
  // Surveys: the menu's import before any survey was imported
  alertNoSurveyYet:
    'هنوز هیچ نظرسنجی‌ای درون‌ریزی نشده است. {panel} را باز کنید، به زبانهٔ {tab} بروید، فرم گوگل خود یا برگه‌ای را که خروجی ابزار نظرسنجی‌تان در آن است انتخاب کنید و یک بار آن را درون‌ریزی کنید: از آن پس این گزینهٔ منو همان نظرسنجی را دوباره درون‌ریزی می‌کند.',
  surveysTabName: 'نظرسنجی‌ها',
  alertNoAccountSheet:
    'برگه‌ای را باز کنید که فهرست حساب‌هایتان در آن است (هر حساب در یک ردیف و سرستون‌ها در ردیف ۱)، سپس دوباره امتحان کنید.',
  alertAddonSheet:
    '«{sheet}» برگه‌ای است که افزونه برای کار خودش نگه می‌دارد، نه فهرست حساب‌ها. برگه‌ای را باز کنید که فهرست حساب‌هایتان در آن است (هر حساب در یک ردیف و سرستون‌ها در ردیف ۱) و «{menu}» را همان‌جا اجرا کنید.',
  toastMetricRenamed: 'Health Model به‌روز شد: نام شاخص «{from}» اکنون «{to}» است، همان نام ستونش.',
  toastSetUpDone: 'امتیاز سلامت مشتری در «{sheet}» با {metrics} شاخص راه‌اندازی شد.',
  toastSetUpUnchanged: 'امتیاز سلامت مشتری در «{sheet}» از قبل راه‌اندازی شده بود؛ چیزی تغییر نکرد.',
  toastSetUpOutcome:
    '«{column}» نشان می‌دهد کدام حساب‌ها ریزش کرده‌اند: بخش Backtest پنل را باز کنید تا ببینید امتیاز چقدر خوب آن را پیش‌بینی می‌کند.',
  toastTrafficLightsDone: 'چراغ‌های وضعیت در «{sheet}» اعمال شد ({rules} قاعده).',
  toastSnapshotDone: 'اسنپ‌شات ثبت شد: {accounts} حساب، {alerts} حساب با وضعیت بدتر.',
  toastSurveysImported:
    'پاسخ‌های نظرسنجی درون‌ریزی شد: {added} مورد جدید، {updated} مورد به‌روزشده، {unmatched} مورد بدون تطبیق.',
  toastModelSaved: 'مدل در برگه Health Model ذخیره شد.',
  toastCrmExported: '{accounts} حساب در برگه «{sheet}» خروجی گرفته شد و آماده درون‌ریزی در CRM است.',
  modelBandThresholds: 'آستانه‌های رده',
  modelHealthyAt: 'سالم از',
  modelUnhealthyBelow: 'بحرانی زیر',
  modelAsOf: 'امتیازها در تاریخ',
  modelBandLabels: 'نام رده‌ها',
  bandLabelNoScore: 'بدون امتیاز',
  digestSubject:
    '{count, plural, =0 {هیچ حسابی در {sheet} بدتر نشد} other {وضعیت # حساب در {sheet} بدتر شد}}',
  digestIntro:
    '{count, plural, =0 {در اسنپ‌شات {date} هیچ حسابی در «{sheet}» بدتر نشد.} other {در اسنپ‌شات {date} وضعیت # حساب در «{sheet}» بدتر شد.}}',
  digestMore: '…و {more} حساب دیگر.',
  digestOpen: 'باز کردن صفحه‌گسترده: {url}',
  digestOpenLink: 'باز کردن {sheet}',
  digestUnnamed: 'صفحه‌گسترده شما',
  digestBandChange: '{from} ← {to}، {scores}',
  digestScores: 'امتیاز {from} ← {to} (−{drop})',
  digestStill: '{scores}، همچنان {band}',
  digestNow: '{scores}، اکنون {band}',
  helpTitle: 'Customer Health Score: راهنما',
  helpText:
    'برای هر حساب یک امتیاز از ۰ تا ۱۰۰ که از شاخص‌ها و وزن‌های برگه Health Model ساخته می‌شود. ' +
    'از آستانه «سالم» به بالا سبز، زیر آستانه «بحرانی» قرمز و میان این دو زرد است. ' +
    'در برگه از \u200e=HEALTHSCORE(values, headers, HealthModel)\u200e استفاده کنید یا پنل سلامت مشتری را باز کنید تا مدل را تنظیم کنید.',
  // Survey import and preview (src/server/surveys): errors, report lines and notes
  surveyFieldAccount: 'حساب',
  surveyFieldComment: 'نظر',
  surveyChooseSource:
    'نظرسنجی‌ای را که می‌خواهید درون‌ریزی شود انتخاب کنید: یک فرم گوگل (نشانی یا شناسهٔ آن) یا برگه‌ای که پاسخ‌ها در آن است.',
  surveyNoSuchSheet: 'در این صفحه‌گسترده برگه‌ای با نام «{sheet}» وجود ندارد.',
  surveyAddonSheetChosen:
    '«{sheet}» یکی از برگه‌های خود افزونه است، نه پاسخ‌های نظرسنجی: برگه‌ای را انتخاب کنید که خروجی ابزار نظرسنجی یا پاسخ‌های فرم شما در آن است.',
  surveyAccountSheetChosen:
    '«{sheet}» برگهٔ حساب‌های شماست، نه پاسخ‌های نظرسنجی: برگه‌ای را انتخاب کنید که خروجی ابزار نظرسنجی یا پاسخ‌های فرم شما در آن است.',
  surveyNoForm:
    'در «{form}» فرمی نیست که بتوانید آن را باز کنید ({message}). نشانی (یا شناسهٔ) فرمی را بچسبانید که اجازهٔ ویرایش آن را دارید.',
  surveySheetEmpty:
    'برگهٔ «{sheet}» خالی است: پاسخ‌های نظرسنجی را با سرستون‌ها در ردیف اول در آن بچسبانید یا درون‌ریزی کنید.',
  // What an action refuses, named for the user (set-up, export, alerts, learned weights, snapshots)
  setUpNeedsRows: '«{sheet}» به یک ردیف سرستون و دست‌کم یک ردیف حساب زیر آن نیاز دارد.',
  chooseAccountSheet: 'برگه‌ای را انتخاب کنید که فهرست حساب‌هایتان در آن است.',
  noSuchSheet: 'در این صفحه‌گسترده برگه‌ای با نام «{sheet}» وجود ندارد.',
  sheetGone: 'دیگر برگه‌ای با نام «{sheet}» وجود ندارد.',
  crmExportIsExport: '«{sheet}» خودِ خروجی است: برگه‌ای را انتخاب کنید که فهرست حساب‌هایتان در آن است.',
  alertNotAnEmail: '«{address}» نشانی ایمیل نیست.',
  alertNoRecipients: 'دست‌کم یک نشانی بیفزایید تا ایمیل هشدار برای آن فرستاده شود.',
  alertTooManyRecipients:
    'ایمیل خلاصه را حداکثر می‌توان برای {limit} نشانی فرستاد (محدودیت Google برای یک ایمیل)؛ {count} نشانی وارد شده است. برای تیم بزرگ‌تر از نشانی یک گروه استفاده کنید.',
  alertNotShared:
    '{count, plural, one {{addresses} با این صفحه‌گسترده هم‌رسانی نشده است} other {{addresses} با این صفحه‌گسترده هم‌رسانی نشده‌اند}}: ایمیل خلاصه فقط برای اعضای تیم فرستاده می‌شود. برای مجاز کردن یک نشانی، مالک صفحه‌گسترده می‌تواند صفحه‌گسترده را با آن هم‌رسانی کند (دسترسی مشاهده کافی است).',
  alertNotSharedOrDomain:
    '{count, plural, one {{addresses} با این صفحه‌گسترده هم‌رسانی نشده و در {domain} هم نیست} other {{addresses} با این صفحه‌گسترده هم‌رسانی نشده‌اند و در {domain} هم نیستند}}: ایمیل خلاصه فقط برای اعضای تیم فرستاده می‌شود. برای مجاز کردن یک نشانی، مالک صفحه‌گسترده می‌تواند صفحه‌گسترده را با آن هم‌رسانی کند (دسترسی مشاهده کافی است).',
  learnedRunBacktestFirst: 'ابتدا بک‌تست را اجرا کنید: مدل آموخته‌شده‌ای برای اعمال وجود ندارد.',
  learnedCannotApply: 'مدل آموخته‌شده را نمی‌توان اعمال کرد: {message}',
  learnedNoModelSheet: 'برگه‌ای به نام «{sheet}» وجود ندارد که نگه داشته شود.',
  learnedNothingToRestore:
    'برگه‌ای به نام «{sheet}» برای بازگرداندن وجود ندارد: هیچ وزن آموخته‌شده‌ای اعمال نشده است.',
  learnedCannotRestore: '«{sheet}» را نمی‌توان بازگرداند: {message}',
  snapshotSetUpFirst: 'ابتدا امتیاز سلامت مشتری را روی برگهٔ حساب‌هایتان راه‌اندازی کنید (منو: «{menu}»).',
  snapshotHistoryGone: 'برگهٔ «{sheet}» دیگر وجود ندارد.',
  historyFullColumn:
    'برگهٔ {sheet} به ستون Computed score نیاز دارد، اما صفحه‌گسترده همین حالا {used} خانه از {limit} خانهٔ مجاز Google را به کار برده است. چیزی نوشته نشد. ردیف‌های قدیمی تاریخچه یا برگه‌ها و ستون‌های بی‌استفاده را حذف کنید، اسنپ‌شات‌ها را کمتر ثبت کنید یا تاریخچه را در BigQuery نگه دارید.',
  historyFullRows:
    'اسنپ‌شات امروز به {rows} ردیف دیگر در {sheet} نیاز دارد، اما صفحه‌گسترده همین حالا {used} خانه از {limit} خانهٔ مجاز Google را به کار برده است. چیزی نوشته نشد. ردیف‌های قدیمی تاریخچه یا برگه‌ها و ستون‌های بی‌استفاده را حذف کنید، اسنپ‌شات‌ها را کمتر ثبت کنید یا تاریخچه را در BigQuery نگه دارید.',
  modelSheetNotOurs:
    'این صفحه‌گسترده از قبل برگه‌ای به نام «{sheet}» دارد که جدول Health Model نیست (سرستون‌های Metric و Weight در A1:B1). نام آن را تغییر دهید، سپس «{menu}» را دوباره اجرا کنید.',
  someManagedColumns:
    '«{sheet}» برخی از ستون‌های {columns} را دارد، اما نه همه را. نام آن‌ها را تغییر دهید یا حذفشان کنید، سپس «{menu}» را دوباره اجرا کنید.',
  noScoreColumns: '«{sheet}» هنوز ستون‌های «{score}» و «{band}» را ندارد: ابتدا «{menu}» را اجرا کنید.',
  exportMissingColumns:
    '{count, plural, one {«{sheet}» ستون {columns} را ندارد} other {«{sheet}» ستون‌های {columns} را ندارد}}: ابتدا «{menu}» را روی آن اجرا کنید.',
  exportSheetNotOurs:
    'این صفحه‌گسترده از قبل برگه‌ای به نام «{sheet}» دارد که ردیف اولش «{found}» است، نه «{columns}». این برگه خروجی این افزونه نیست، بنابراین چیزی نوشته نشد: نام آن برگه را تغییر دهید یا آن را حذف کنید، سپس دوباره خروجی بگیرید.',
  exportBlankHeader: '(خالی)',
  namedRangeTaken:
    'این صفحه‌گسترده از قبل محدودهٔ نام‌گذاری‌شده‌ای به نام «{name}» (در «{at}») دارد، نامی که افزونه برای برگهٔ {sheet} خود به کار می‌برد. نام محدودهٔ خودتان را عوض کنید (داده‌ها ▸ محدوده‌های نام‌گذاری‌شده)، سپس «{menu}» را دوباره اجرا کنید.',
  modelExtrasTaken:
    'برگهٔ {sheet} از قبل در {cells} چیزی دارد، همان‌جا که راه‌اندازی تاریخ «{asOf}» و نام رده‌ها را می‌نویسد. آن را به جای دیگری ببرید، سپس «{menu}» را دوباره اجرا کنید.',
  modelMissing: 'هنوز محدودهٔ نام‌گذاری‌شدهٔ {table} وجود ندارد: «{menu}» را اجرا کنید.',
  modelTableMissing:
    'این صفحه‌گسترده برگهٔ «{sheet}» را دارد، اما جدول {table} در آن نیست: ابتدا «{menu}» را اجرا کنید (جدول Health Model موجود را به کار می‌گیرد، یا می‌گوید چه چیزی سر راه است).',
  segmentColumnTaken:
    'بخش‌ها به ستون I برگهٔ {sheet} نیاز دارند (ستون Segment کنار جدول)، اما خانهٔ {cell} چیزی دارد. آن را به جای دیگری ببرید، سپس دوباره ذخیره کنید.',
  historySheetNotOurs:
    'این صفحه‌گسترده از قبل برگه‌ای به نام «{sheet}» دارد که ردیف اولش {columns} نیست. اسنپ‌شات‌ها در آن نوشته می‌شدند: نام آن را تغییر دهید، سپس «{menu}» را دوباره اجرا کنید.',
  snapshotAfterToday:
    'تاریخ آخرین اسنپ‌شات {day} است، یعنی بعد از امروز ({today}): منطقهٔ زمانی صفحه‌گسترده را بررسی کنید.',
  spreadsheetFull:
    'صفحه‌گسترده پر است: Google در هر صفحه‌گسترده {limit} خانه را مجاز می‌داند، با شمردن همهٔ خانه‌های شبکهٔ هر برگه، حتی خانه‌های خالی، و این کار به خانه‌های بیشتری نیاز داشت. هیچ‌یک از خانه‌های شما تغییر نکرد. برگه‌هایی را که دیگر لازم ندارید، یا ردیف‌ها و ستون‌های خالی انتهای برگه‌های بزرگ را حذف کنید و دوباره امتحان کنید.',
  scheduleTooManyTriggers:
    'چیزی زمان‌بندی نشد: Google به هر نفر اجازه می‌دهد این افزونه را حداکثر در {limit} صفحه‌گسترده به‌صورت زمان‌بندی‌شده اجرا کند و شما همین حالا در {limit} صفحه‌گسترده این کار را می‌کنید. زمان‌بندی را در یکی از آن‌ها خاموش کنید (پنل سلامت مشتری، زبانهٔ تاریخچه یا نظرسنجی‌ها) و سپس اینجا دوباره امتحان کنید.',
  surveyBusy:
    'درون‌ریزی دیگری از نظرسنجی (یا یک تخصیص) همین حالا در حال نوشتن در برگهٔ Survey Responses است. چیزی تغییر نکرد: یک دقیقهٔ دیگر دوباره امتحان کنید.',
  surveyNothingImportedYet:
    'هنوز هیچ نظرسنجی‌ای درون‌ریزی نشده است: پنل سلامت مشتری را باز کنید، در زبانهٔ نظرسنجی‌ها یک فرم یا برگهٔ پاسخ‌ها را انتخاب کنید و یک بار آن را درون‌ریزی کنید. از آن پس، همین‌جا همان نظرسنجی دوباره درون‌ریزی می‌شود.',
  surveyNoFormsPermission:
    'درون‌ریزی زمان‌بندی‌شده یک فرم گوگل را می‌خواند، اما این حساب کاربری به افزونه اجازهٔ خواندن فرم‌ها را نداده است. برای دادن این اجازه، زبانهٔ نظرسنجی‌ها را باز کنید و زمان‌بندی را دوباره روشن کنید (یا یک بار دستی درون‌ریزی کنید).',
  surveyScheduleWouldOverwrite:
    'چیزی درون‌ریزی نشد: این درون‌ریزی {blanked} مقدار موجود در برگهٔ Survey Responses را پاک و {changed} مقدار را تغییر می‌داد. زبانهٔ نظرسنجی‌ها را باز کنید، بررسی کنید هر فیلد از کدام پرسش پر می‌شود و از همان‌جا درون‌ریزی کنید.',
  surveySetUpOnAddonSheet:
    'امتیاز سلامت مشتری روی «{sheet}» راه‌اندازی شده که یکی از برگه‌های خود افزونه است: برگه‌ای را باز کنید که فهرست حساب‌هایتان در آن است، {menu} را همان‌جا اجرا کنید و سپس دوباره درون‌ریزی کنید.',
  surveySetUpFirst:
    'ابتدا امتیاز سلامت مشتری را روی برگهٔ حساب‌هایتان راه‌اندازی کنید ({menu}): پاسخ‌های نظرسنجی با حساب‌های همان برگه تطبیق داده می‌شوند.',
  surveyChooseResponse: 'پاسخی را که باید تخصیص داده شود انتخاب کنید.',
  surveyChooseAccount: 'حسابی را که پاسخ باید به آن تخصیص داده شود انتخاب کنید.',
  surveyNoSuchAccount: 'در «{sheet}» حسابی با نام «{account}» وجود ندارد.',
  surveyNoSuchResponse: 'در برگهٔ Survey Responses پاسخی با شناسهٔ «{response}» وجود ندارد.',
  surveyAlreadyMatched: 'پاسخ «{response}» پیش‌تر با «{account}» تطبیق داده شده است.',
  surveyNothingToAssignBy: 'پاسخ «{response}» نه جوابی دارد و نه ایمیلی که بتوان آن را بر اساسش تخصیص داد.',
  surveySheetNotOurs:
    'برگهٔ «{sheet}» با ستون‌های {columns} شروع نمی‌شود. نام آن برگه را تغییر دهید و سپس دوباره درون‌ریزی کنید.',
  surveySheetNoHeader:
    'برگهٔ «{sheet}» ردیف دارد اما ردیف سرستون ندارد: سرستون‌ها را برگردانید یا نام برگه را تغییر دهید.',
  surveyMappingMissing: 'نگاشت پرسش‌ها به فیلدها مشخص نشده است.',
  surveyNotAQuestion: '{field}: «{question}» یکی از پرسش‌های «{form}» نیست.',
  surveyScaleTop: 'بیشینهٔ مقیاس {field} باید عددی صحیح از ۲ تا {max} باشد (مقدار دریافتی: {value}).',
  surveyQuestionTwice:
    '«{question}» هم برای {first} و هم برای {second} انتخاب شده است: هر پرسش فقط یک فیلد را پر می‌کند. برای یکی از آن دو پرسش دیگری انتخاب کنید.',
  surveyQuestionGone: '{field}: پرسش «{question}» دیگر در «{form}» نیست، بنابراین {now} به کار می‌رود.',
  surveyQuestionGoneReason: '«{question}» دیگر در فرم نیست: {now}',
  surveyQuoted: '«{text}»',
  surveyListSeparator: '، ',
  surveyNoQuestion: 'هیچ پرسشی',
  surveyReplacement: '«{question}» ({reason})',
  surveyOptionsInvalid: 'گزینه‌های درون‌ریزی معتبر نیستند.',
  surveyWindowInvalid:
    'تعداد روزهایی که امتیازها پاسخ‌های آن را حساب می‌کنند باید بیشتر از ۰ باشد (مقدار دریافتی: {value}).',
  surveyAddColumnsInvalid: 'افزودن ستون‌های امتیاز باید بله یا خیر باشد (مقدار دریافتی: {value}).',
  surveyTimeRanOut:
    'زمان پس از خواندن {read} پاسخ از {total} پاسخ (از قدیمی‌ترین) به پایان رسید: درون‌ریزی بعدی از همان‌جا ادامه می‌دهد. دوباره درون‌ریزی کنید یا بگذارید زمان‌بندی این کار را انجام دهد.',
  surveyOldResponses:
    '{old} پاسخ از {total} پاسخ قدیمی‌تر از {days} روزی است که امتیازها حساب می‌کنند: این پاسخ‌ها در برگهٔ Survey Responses هستند، نه در ستون‌های NPS و CSAT.',
  surveyNotImported: 'درون‌ریزی نشد (فیلدی از امتیاز سلامت مشتری نیست): {questions}.',
  surveyNotImportedMore: 'درون‌ریزی نشد (فیلدی از امتیاز سلامت مشتری نیست): {questions} و {more} پرسش دیگر.',
  surveyAnswerLeftBlank: '{problem} این خانه خالی گذاشته شد.',
  surveyMoreLeftBlank: '…و {more} پاسخ دیگر به همین دلایل خالی گذاشته شد.',
  surveyColumnsNotAdded:
    'پاسخ‌ها درون‌ریزی شدند، اما ستون‌های {columns} به «{sheet}» افزوده نشدند ({message}). برای افزودن آن‌ها دوباره درون‌ریزی کنید.',
  surveyModelNotUpdated: 'Health Model به‌روز نشد ({message}): درون‌ریزی بعدی دوباره تلاش می‌کند.',
  surveyCsatScale:
    'پاسخ‌های CSAT روی مقیاس ۱ تا {scale} هستند، اما ستون CSAT فقط پاسخ‌های ۱ تا ۵ را حساب می‌کند؛ بنابراین ستون CSAT افزوده نشد (پاسخ‌ها در برگهٔ Survey Responses هستند).',
  surveyAddMetricsYourself: '{why} خودتان {metrics} را به Health Model بیفزایید تا امتیاز آن‌ها را حساب کند.',
  surveyNoModelRange: 'محدودهٔ نام‌گذاری‌شدهٔ {range} وجود ندارد.',
  surveyModelUnreadable: 'Health Model خوانده نشد ({message}).',
  surveyModelFull: 'محدودهٔ {range} دیگر ردیف خالی ندارد.',
  surveyMetricNote: 'افزوده‌شده به‌دست درون‌ریزی نظرسنجی (برگهٔ Survey Responses).',
  // Why the detector chose each question (core/survey-import/detect.ts)
  surveyWhyMentions: 'عنوانش «{keyword}» دارد',
  surveyWhyFitMentions: '{fit}، عنوانش «{keyword}» دارد',
  surveyWhyByDomain: '{reason}: تطبیق با دامنهٔ ایمیل',
  surveyWhyAnswers: 'پاسخ‌های {lower} تا {upper}',
  surveyWhyScale: 'مقیاس {lower} تا {upper}',
  surveyWhyRating: 'رتبه‌بندی {lower} تا {upper}',
  surveyWhyZeroToTen: '{answers}، یعنی مقیاس ۰ تا ۱۰',
  surveyWhyChoice: 'پرسش چندگزینه‌ای',
  surveyWhyParagraph: 'پرسش با پاسخ پاراگرافی',
  surveyWhyLongAnswers: 'پاسخ‌های متنی بلند',
  surveyWhyFreeText: 'پرسش با پاسخ متنی آزاد',
  surveyWhyNoNps: 'نه مقیاس ۰ تا ۱۰ هست و نه پرسشی که «توصیه» در آن آمده باشد',
  surveyWhyNoCsat: 'نه مقیاس ۱ تا ۵ یا ۱ تا ۷ هست و نه پرسشی که «رضایت» در آن آمده باشد',
  surveyWhyNoCes: 'پرسشی نیست که «تلاش» یا «آسان» در آن آمده باشد',
  surveyWhyNoAccount: 'پرسشی دربارهٔ شرکت یا حساب نیست: تطبیق با ایمیل پاسخ‌دهنده',
  surveyWhyAccountUntil: '{reason}؛ تا آن زمان تطبیق با ایمیل پاسخ‌دهنده',
  surveyWhyNoComment: 'نه پرسش پاراگرافی هست و نه پرسشی که نظر بخواهد',
  surveyWhyHalfFits:
    '«{question}» واژهٔ «{keyword}» را دارد، اما پاسخ‌هایش از این دست‌اند: {seen}. بدون نگاشت ماند؛ اگر پرسشی برای {field} هست، خودتان آن را انتخاب کنید',
  surveyWhyFieldAccount: 'حساب',
  surveyWhyFieldComment: 'نظر',
  surveySeenCheckboxes: 'فهرست گزینه‌های تیک‌خورده',
  surveySeenLinks: 'پیوند به فایل',
  surveySeenNumbers: 'عدد',
  surveySeenFigures: 'بیشتر رقم',
  surveySeenOptions:
    '{count, plural, one {# گزینه که بارها انتخاب شده} other {# گزینه که بارها انتخاب شده‌اند}}',
  surveySeenRange: 'عددهای {lower} تا {upper}',
  surveySeenLongText: 'متن آزاد بلند',
  surveySeenShortText: 'متن کوتاه',
  // Google Forms' names of its question types, as its Persian interface reads
  surveyTypeScale: 'مقیاس',
  surveyTypeRating: 'رتبه‌بندی',
  surveyTypeText: 'پاسخ کوتاه',
  surveyTypeParagraph: 'پاراگراف',
  surveyTypeChoice: 'چندگزینه‌ای',
  surveyTypeList: 'فهرست کشویی',
  surveyTypeCheckboxes: 'کادرهای انتخاب',
  surveyTypeDate: 'تاریخ',
  surveyTypeOther: 'سایر',
  surveyTypeColumn: 'ستون برگه',
  surveyTypeScaled: '{type} {lower} تا {upper}',
  surveyTypeAnswers: '{type}، پاسخ‌های {lower} تا {upper}',
  // The starter model's Notes column (core/starter.ts returns a key, set-up writes it in the spreadsheet's language)
  starterNoteRamp: 'Red/Green از صدک‌های P10/P90 داده‌ها.',
  starterNoteLowerIsBetter: 'کمتر بهتر است. Red/Green از صدک‌های P90/P10 داده‌ها.',
  starterNoteBuiltInWords: 'واژه‌هایی که افزونه از پیش امتیازشان را می‌داند.',
  starterNoteCheckValues: 'ستون Values را بررسی کنید: امتیازها از معنای برچسب‌ها پیشنهاد شده‌اند.',
  starterNoteScoreLabels: 'به این برچسب‌ها در Values امتیاز دهید و سپس به شاخص وزن بدهید: {labels}.',
  starterNoteOff: 'خاموش: مبلغ یک صورت‌حساب به‌تنهایی نشانهٔ سلامت مشتری نیست. {note}',
  starterNoteNoColumn:
    'ستونی برای این مؤلفهٔ امتیاز سلامت پیدا نشد: ستونی با همین نام بیفزایید و سپس به آن وزن بدهید.',
  // بازنویسی‌ها (src/server/overrides-api.ts)
  overridesMissing: 'هنوز جدول بازنویسی‌ها وجود ندارد: یک بار {setUp} را اجرا کنید تا ساخته شود.',
  overrideUnknownAccount: 'حسابی به نام «{account}» در ستون {column} برگهٔ حساب‌ها نیست.',
  overrideAlreadyActive: '«{account}» از قبل تا {until} بازنویسی دارد: اول آن را پایان دهید.',
  overrideRowChanged:
    'ردیف {row} برگهٔ Overrides دیگر بازنویسی فعالِ «{account}» را ندارد: برگه تغییر کرده است. چیزی نوشته نشد.',
  overrideUntilPast: 'تاریخ پایان ({until}) پیش از امروز ({today}) است.',
  overridesBusy: 'کس دیگری همین حالا در برگهٔ Overrides می‌نویسد. چیزی تغییر نکرد: کمی بعد دوباره تلاش کنید.',
  // بازنویسی‌های پایان‌یافته در ایمیل خلاصه (src/core/history/alerts.ts)
  digestEndedSubject: '{count, plural, other {# بازنویسی در {sheet} پایان یافت}}',
  digestEndedIntro:
    '{count, plural, other {تاریخ پایان # بازنویسی گذشت و دیگر اعمال نمی‌شود}}: امتیاز محاسبه‌شده دوباره نمایش داده می‌شود.',
  digestEndedItem: '{set}، تنظیم‌شده توسط {by} تا {date}: {reason}',
  digestEndedItemNoBy: '{set} تا {date}: {reason}',
  digestEndedScore: 'امتیاز {score}',
  digestEndedBand: 'رده {band}',
  digestEndedScoreBand: 'امتیاز {score} و رده {band}',
  // Overrides: set-up's Overrides sheet, the Until onEdit fills in, header renames
  overridesSheetNotOurs:
    'این صفحه‌گسترده از قبل برگه‌ای به نام «{sheet}» دارد که ردیف اولش {columns} نیست. راه‌اندازی، بازنویسی‌های دستی تیم را در آن برگه نگه می‌دارد: نام برگهٔ خودتان را عوض کنید، سپس «{menu}» را دوباره اجرا کنید.',
  overridesNameTaken:
    'این صفحه‌گسترده از قبل محدودهٔ نام‌گذاری‌شده‌ای به نام «{name}» (در «{sheet}») دارد، نامی که افزونه برای برگهٔ {target} خود به کار می‌برد. نام محدودهٔ خودتان را عوض کنید (داده‌ها ▸ محدوده‌های نام‌گذاری‌شده)، سپس «{menu}» را دوباره اجرا کنید.',
  toastUntilFilled:
    'Until روی {date} تنظیم شد، {days} روز از امروز: اگر بازنویسی دستی باید زودتر یا دیرتر تمام شود، آن را تغییر دهید.',
  toastOverridesKeyRenamed: 'Overrides به‌روز شد: نام ستون حساب‌ها اکنون «{to}» است، همان نام سرستونش.',
  toastSegmentColumnRenamed:
    'Health Model به‌روز شد: بخش‌های «{from}» اکنون «{to}» را می‌خوانند، همان نام ستونش.',
};
