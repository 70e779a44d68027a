/** Persian strings of the server: menu, alerts and toasts (see server-en.ts). */
import { commonFa } from './common';
import type { ServerMessages } from './server';

export const serverFa: ServerMessages = {
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
  // Surveys (issue 13): the menu's import before any survey was imported
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
};
