/**
 * Words that tell what a survey question asks, in the languages our users write forms in (English,
 * Italian, Romanian, Persian, Thai) and those survey tools' templates come in (Spanish, French,
 * German, Portuguese). Latin keywords are word beginnings ("satisf" covers satisfied,
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
  es: ['recomend', 'recomiend'],
  fr: ['recommand'],
  de: ['empfehl', 'weiterempf'],
  pt: ['recomend', 'indicar'],
};

export const CSAT_KEYWORDS: KeywordTable = {
  en: ['satisf', 'csat'],
  it: ['soddisf'],
  ro: ['satisfăc', 'satisfacți', 'mulțumit'],
  fa: ['رضایت', 'راضی'],
  th: ['พึงพอใจ', 'พอใจ'],
  es: ['satisf'],
  fr: ['satisf'],
  de: ['zufrieden'],
  pt: ['satisf'],
};

export const CES_KEYWORDS: KeywordTable = {
  en: ['effort', 'easy', 'easi', 'ease of', 'difficult', 'hassle'],
  it: ['sforzo', 'facil', 'semplic', 'difficil'],
  ro: ['efort', 'ușor', 'ușoar', 'ușurinț', 'simplu', 'dificil'],
  fa: ['تلاش', 'آسان', 'سهولت', 'راحت', 'دشوار'],
  th: ['ความพยายาม', 'ง่าย', 'สะดวก'],
  es: ['esfuerzo', 'fácil', 'facilidad', 'difícil'],
  fr: ['effort', 'facile', 'facilité', 'difficile'],
  de: ['aufwand', 'einfach', 'leicht', 'schwierig', 'mühe'],
  pt: ['esforço', 'fácil', 'facilidade', 'difícil'],
};

/** The question that names the respondent's company (its answer is matched to an account). */
export const ACCOUNT_KEYWORDS: KeywordTable = {
  en: [
    'compan',
    'customer',
    'account',
    'organis',
    'organiz',
    'business name',
    'employer',
    'domain',
    'website',
  ],
  it: ['azienda', 'società', 'cliente', 'ditta', 'dominio', 'sito'],
  ro: ['compani', 'firmă', 'firma', 'organizați', 'client', 'domeniu'],
  fa: ['شرکت', 'سازمان', 'کسب و کار', 'دامنه', 'وب‌سایت'],
  th: ['บริษัท', 'องค์กร', 'หน่วยงาน', 'โดเมน', 'เว็บไซต์'],
  es: ['empresa', 'compañía', 'organización', 'cliente'],
  fr: ['entreprise', 'société', 'organisation', 'client'],
  de: ['firma', 'unternehmen', 'organisation', 'kunde'],
  pt: ['empresa', 'companhia', 'organização', 'cliente'],
};

/** A question asking for an e-mail address: used as the account key when nothing better exists. */
export const EMAIL_KEYWORDS: KeywordTable = {
  en: ['email', 'e-mail'],
  it: ['posta elettronica'],
  ro: ['adresa de e'],
  fa: ['ایمیل', 'پست الکترونیک'],
  th: ['อีเมล'],
  es: ['correo'],
  fr: ['courriel', 'adresse e-mail'],
  de: ['e-mail-adresse'],
  pt: ['correio eletrônico'],
};

export const COMMENT_KEYWORDS: KeywordTable = {
  en: ['comment', 'feedback', 'why', 'suggest', 'improve', 'reason', 'anything else', 'tell us'],
  it: ['comment', 'suggeriment', 'perché', 'motiv', 'osservazion', 'miglior'],
  ro: ['comentari', 'sugesti', 'de ce', 'motiv', 'observați', 'îmbunătăț', 'părere'],
  fa: ['نظر', 'توضیح', 'پیشنهاد', 'چرا', 'دلیل'],
  th: ['ความคิดเห็น', 'ข้อเสนอแนะ', 'ทำไม', 'เหตุผล'],
  es: ['comentario', 'sugerencia', 'por qué', 'motivo', 'mejorar', 'opinión'],
  fr: ['commentaire', 'suggestion', 'pourquoi', 'raison', 'améliorer', 'avis'],
  de: ['kommentar', 'anmerkung', 'vorschlag', 'warum', 'grund', 'verbesser', 'feedback'],
  pt: ['comentário', 'sugest', 'por que', 'porque', 'motivo', 'melhorar', 'opinião'],
};

/**
 * (Latin keywords start a word, so each is a word beginning that no other question word shares:
 * 'age' would find "agency".) A question asking for a count or an amount ("How many people…"): its numbers are no scale and
 * its answers no account.
 */
export const COUNT_KEYWORDS: KeywordTable = {
  en: ['how many', 'number of', 'how much', 'how long', 'how old', 'years', 'size', 'headcount'],
  it: ['quanti', 'quante', 'numero di', 'dimension'],
  ro: ['câți', 'câte', 'numărul de', 'vârst', 'dimensiun', 'mărime'],
  fa: ['چند نفر', 'چند سال', 'تعداد', 'اندازه'],
  th: ['กี่คน', 'กี่ปี', 'จำนวน', 'อายุ', 'ขนาด'],
  es: ['cuántos', 'cuántas', 'número de', 'edad', 'tamaño'],
  fr: ['combien', 'taille'],
  de: ['wie viele', 'wie viel', 'anzahl', 'größe', 'mitarbeiterzahl'],
  pt: ['quantos', 'quantas', 'número de', 'idade', 'tamanho'],
};

/**
 * Words of a question about one of the company's traits rather than its name ("Which plan is your
 * company on?", "Company size"): such a title mentions the company, but its answers name no account.
 */
export const COMPANY_TRAIT_KEYWORDS: KeywordTable = {
  en: ['plan', 'tier', 'size', 'industry', 'sector', 'reseller', 'partner', 'type of', 'role', 'country'],
  it: ['piano', 'dimension', 'settore', 'rivenditor', 'ruolo', 'paese', 'tipo di'],
  ro: ['plan', 'dimensiun', 'mărime', 'sector', 'industri', 'revânzător', 'rol', 'țar', 'tipul'],
  fa: ['طرح', 'اندازه', 'صنعت', 'نقش', 'کشور', 'نوع'],
  th: ['แผน', 'ขนาด', 'อุตสาหกรรม', 'ตัวแทน', 'บทบาท', 'ประเทศ', 'ประเภท'],
  es: ['plan', 'tamaño', 'sector', 'industria', 'revendedor', 'rol', 'país', 'tipo de'],
  fr: ['forfait', 'offre', 'taille', 'secteur', 'revendeur', 'rôle', 'pays', 'type de'],
  de: ['tarif', 'größe', 'branche', 'wiederverkäufer', 'rolle', 'land', 'art der'],
  pt: ['plano', 'tamanho', 'setor', 'revendedor', 'papel', 'país', 'tipo de'],
};

/**
 * Words of a question asking for a file ("Upload your company logo", "Company website
 * screenshot"): its title may mention the company, but its answers are links to files. A column
 * with answers shows its links; one without answers yet has only its title to go by.
 */
export const UPLOAD_KEYWORDS: KeywordTable = {
  en: ['upload', 'screenshot', 'screen shot', 'logo', 'attach', 'file', 'image', 'photo', 'picture'],
  it: ['carica', 'screenshot', 'logo', 'allega', 'file', 'immagin', 'foto'],
  ro: ['încărca', 'încarc', 'captur', 'logo', 'atașa', 'fișier', 'imagin', 'fotografi'],
  fa: ['بارگذاری', 'آپلود', 'لوگو', 'تصویر', 'پیوست', 'فایل', 'عکس'],
  th: ['อัปโหลด', 'โลโก้', 'ภาพหน้าจอ', 'แนบ', 'ไฟล์', 'รูปภาพ'],
  es: ['sube', 'subir', 'captura', 'logo', 'adjunt', 'archivo', 'imagen', 'foto'],
  fr: [
    'télévers',
    'télécharg',
    "capture d'écran",
    'logo',
    'joindre',
    'pièce jointe',
    'fichier',
    'image',
    'photo',
  ],
  // Not 'bild' ("Name der Bildungseinrichtung") nor 'envie' ("Envie o nome da empresa"): names.
  de: ['hochlad', 'screenshot', 'bildschirmfoto', 'logo', 'anhang', 'anhäng', 'datei', 'foto'],
  pt: ['carregar', 'carregue', 'captura', 'logo', 'anex', 'arquivo', 'ficheiro', 'imagem', 'foto'],
};

/**
 * A title that names a score without saying which ("Score", "Rating"): Delighted's NPS export calls
 * its 0–10 answers "Score". With answers spread over 0–10 it is NPS; without a title, no guess.
 */
export const RATING_KEYWORDS: KeywordTable = {
  en: ['score', 'rating'],
  it: ['punteggio', 'voto', 'valutazion'],
  ro: ['scor', 'notă', 'evaluar'],
  fa: ['امتیاز', 'نمره'],
  th: ['คะแนน'],
  es: ['puntuación', 'puntaje', 'calificación'],
  fr: ['note', 'score'],
  de: ['bewertung', 'punktzahl'],
  pt: ['pontuação', 'nota', 'avaliação'],
};
