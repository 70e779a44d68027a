/**
 * Words that tell what a survey question asks, in the languages our users write forms in (English,
 * Italian, Romanian, Persian, Thai). Latin keywords are word beginnings ("satisf" covers satisfied,
 * satisfaction, satisfăcut); accents and Arabic/Persian letter variants do not matter (see foldText).
 * Add a language by adding a key.
 */
import type { KeywordTable } from './text';

/** "How likely are you to recommend us…" */
export const NPS_KEYWORDS: KeywordTable = {
  en: ['recommend', 'refer', 'net promoter', 'nps'],
  it: ['consiglier', 'consigliar', 'raccomand'],
  ro: ['recomand'],
  fa: ['توصیه', 'معرفی'],
  th: ['แนะนำ'],
};

export const CSAT_KEYWORDS: KeywordTable = {
  en: ['satisf', 'csat'],
  it: ['soddisf'],
  ro: ['satisfăc', 'satisfacți', 'mulțumit'],
  fa: ['رضایت', 'راضی'],
  th: ['พึงพอใจ', 'พอใจ'],
};

export const CES_KEYWORDS: KeywordTable = {
  en: ['effort', 'easy', 'easi', 'ease of', 'difficult', 'hassle'],
  it: ['sforzo', 'facil', 'semplic', 'difficil'],
  ro: ['efort', 'ușor', 'ușoar', 'ușurinț', 'simplu', 'dificil'],
  fa: ['تلاش', 'آسان', 'سهولت', 'راحت', 'دشوار'],
  th: ['ความพยายาม', 'ง่าย', 'สะดวก'],
};

/** The question that names the respondent's company (its answer is matched to an account). */
export const ACCOUNT_KEYWORDS: KeywordTable = {
  en: ['compan', 'account', 'organis', 'organiz', 'business name', 'employer', 'domain', 'website'],
  it: ['azienda', 'società', 'cliente', 'ditta', 'dominio', 'sito'],
  ro: ['compani', 'firmă', 'firma', 'organizați', 'client', 'domeniu'],
  fa: ['شرکت', 'سازمان', 'کسب و کار', 'دامنه', 'وب‌سایت'],
  th: ['บริษัท', 'องค์กร', 'หน่วยงาน', 'โดเมน', 'เว็บไซต์'],
};

/** A question asking for an e-mail address: used as the account key when nothing better exists. */
export const EMAIL_KEYWORDS: KeywordTable = {
  en: ['email', 'e-mail'],
  it: ['posta elettronica'],
  ro: ['adresa de e'],
  fa: ['ایمیل', 'پست الکترونیک'],
  th: ['อีเมล'],
};

export const COMMENT_KEYWORDS: KeywordTable = {
  en: ['comment', 'feedback', 'why', 'suggest', 'improve', 'reason', 'anything else', 'tell us'],
  it: ['comment', 'suggeriment', 'perché', 'motiv', 'osservazion', 'miglior'],
  ro: ['comentari', 'sugesti', 'de ce', 'motiv', 'observați', 'îmbunătăț', 'părere'],
  fa: ['نظر', 'توضیح', 'پیشنهاد', 'چرا', 'دلیل'],
  th: ['ความคิดเห็น', 'ข้อเสนอแนะ', 'ทำไม', 'เหตุผล'],
};
