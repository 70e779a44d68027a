/** Persian strings of the server: menu, alerts and toasts (see server-en.ts). */
import type { ServerMessages } from './server';

export const serverFa: ServerMessages = {
  addonName: 'Customer Health Score',
  menuOpenPanel: 'باز کردن پنل سلامت مشتری',
  menuSetUp: 'راه‌اندازی امتیاز سلامت مشتری',
  menuTrafficLights: 'اعمال چراغ‌های وضعیت',
  menuSnapshot: 'ثبت اسنپ‌شات سلامت همین حالا',
  menuImportSurveys: 'درون‌ریزی پاسخ‌های نظرسنجی',
  menuExportCrm: 'خروجی برای CRM',
  menuHelp: 'راهنما',
  sidebarTitle: 'امتیاز سلامت مشتری',
  alertErrorTitle: 'Customer Health Score: مشکلی پیش آمد',
  alertNoAccountSheet:
    'برگه‌ای را باز کنید که فهرست حساب‌هایتان در آن است (هر حساب در یک ردیف و سرستون‌ها در ردیف ۱)، سپس دوباره امتحان کنید.',
  toastSetUpDone: 'امتیاز سلامت مشتری در «{sheet}» با {metrics} شاخص راه‌اندازی شد.',
  toastSetUpUnchanged: 'امتیاز سلامت مشتری در «{sheet}» از قبل راه‌اندازی شده بود؛ چیزی تغییر نکرد.',
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
  bandHealthy: 'سالم',
  bandAtRisk: 'در معرض خطر',
  bandUnhealthy: 'بحرانی',
  bandNoScore: 'بدون امتیاز',
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
