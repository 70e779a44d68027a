/**
 * Column names the starter model recognises, in the five product languages (en, it, ro, fa, th),
 * each with the ingredient it belongs to and which way it points. Headers are compared after
 * {@link headerWords}: "DaySinceLastOrder", "days_since_last_order" and "Days since last order"
 * read alike.
 */

export type Ingredient =
  | 'CSM sentiment'
  | 'Customer sentiment'
  | 'Engagement'
  | 'Advocacy'
  | 'Adoption'
  | 'Outcomes'
  | 'Support'
  | 'Commercial';

/** How a text column of few distinct values is scored (starter-values.ts). */
export type WordScale = 'contract' | 'plan' | 'payment' | 'words';

export interface Signal {
  ingredient: Ingredient;
  /** More of it is worse (complaints, days since last login, days late). */
  lowerIsBetter: boolean;
  /**
   * Shown but off (weight 0): the size of a bill says how big an account is, not how healthy
   * (higher charges churn more in one market and less in another); the user or the learning
   * turns it on.
   */
  off: boolean;
  scale: WordScale;
  pattern: RegExp;
}

/** Share of the total weight (of 100) each ingredient gets, split among its metrics. */
export const INGREDIENT_SHARES: Readonly<Record<Ingredient, number>> = {
  'CSM sentiment': 15,
  'Customer sentiment': 20,
  Engagement: 15,
  Advocacy: 10,
  Adoption: 20,
  Outcomes: 10,
  Support: 10,
  Commercial: 15,
};

/** Lower-cased words of a header: camelCase, snake_case and punctuation split into spaces. */
export function headerWords(header: unknown): string {
  return String(header)
    .normalize('NFKC')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .toLowerCase()
    .replace(/[_\-.:/()[\]#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Positional, so the sidebar bundle does not carry every property name sixteen times. */
const signal = (
  ingredient: Ingredient,
  lowerIsBetter: boolean,
  scale: WordScale,
  pattern: RegExp,
  off = false,
): Signal => ({ ingredient, lowerIsBetter, scale, pattern, off });

// Order matters: the first signal a header matches wins ("last login" is recency, not usage;
// "support calls" is support, "support plan" a plan).
export const SIGNALS: readonly Signal[] = [
  // recency
  signal(
    'Adoption',
    true,
    'words',
    /days? since|\blast (login|log in|seen|activity|active|order|purchase|interaction|contact|visit|session|use)|\brecency\b|inactive days|days inactive|giorni dall|ultim[oa] (accesso|ordine|acquisto|interazione|contatto|attivit)|zile de la|ultima (autentificare|conectare|comand|interac|activitate|vizit)|روز از آخرین|آخرین (ورود|سفارش|خرید|تعامل|تماس|فعالیت|بازدید)|วันนับจาก|(เข้าสู่ระบบ|สั่งซื้อ|ติดต่อ|ใช้งาน)ล่าสุด/u,
  ),
  // payment delay
  signal(
    'Engagement',
    true,
    'words',
    /days? (late|overdue|past due)|invoices? (late|overdue|unpaid)|\blate\b|payment (delay|late)|late payment|overdue|past due|unpaid|\bdso\b|ritard|scadut|insolut|întârzier|restan|neplătit|تأخیر|تاخیر|معوق|ล่าช้า|ค้างชำระ/u,
  ),
  // payment method
  signal(
    'Engagement',
    false,
    'payment',
    /payment (method|mode|type)|pay(ment)? by|billing method|metodo di pagamento|modalità di pagamento|metod(a|ă) de plat|modalitate de plat|روش پرداخت|نحوه پرداخت|วิธี(การ)?ชำระ|ช่องทาง(การ)?ชำระ/u,
  ),
  // complaints
  signal('Support', true, 'words', /complain|escalat|reclam|lamentel|plânger|شکایت|ร้องเรียน/u),
  // support contacts
  signal(
    'Support',
    true,
    'words',
    /(support|service|helpdesk|help desk) (calls|tickets|requests|cases|contacts)|tickets?\b|\bincidents?\b|\bbugs?\b|first response|resolution time|chiamate (all\W?)?assistenza|richieste di assistenza|segnalazion|tichete|apeluri|solicitări de suport|تیکت|تماس با پشتیبانی|درخواست پشتیبانی|ทิกเก็ต|แจ้งปัญหา|โทรหาฝ่าย/u,
  ),
  // effort
  signal('Customer sentiment', true, 'words', /\bces\b|customer effort|sforzo|efort|تلاش مشتری|ความพยายาม/u),
  // satisfaction
  signal(
    'Customer sentiment',
    false,
    'words',
    /\bnps\b|net promoter|\bcsat\b|satisf|rating|review score|soddisfazione|valutazione|satisfac|mulțumire|رضایت|ความพึงพอใจ/u,
  ),
  // csm sentiment
  signal(
    'CSM sentiment',
    false,
    'words',
    /\bcsm\b|sentiment|\brag\b|traffic light|health status|semaforo|semafor|احساس|ความรู้สึก/u,
  ),
  // tenure
  signal(
    'Commercial',
    false,
    'words',
    /\btenure\b|(customer|client|member|subscriber) since|account (length|age)|(months|years) (as|with)|sign ?up date|anzianit|cliente (da|dal)|mesi di permanenza|vechime|client (din|de la)|سابقه|مدت عضویت|مشتری از|อายุ(การเป็น)?สมาชิก|ระยะเวลา(การ)?เป็นลูกค้า|ลูกค้าตั้งแต่/u,
  ),
  // contract
  signal('Commercial', false, 'contract', /contract|commitment|term length|contratto|قرارداد|สัญญา/u),
  // plan
  signal(
    'Commercial',
    false,
    'plan',
    /\bplan\b|(?<!city )\btier\b|subscription (type|plan|level)|\bedition\b|\bpiano\b|abbonamento|livello|abonament|\bnivel\b|اشتراک|سطح|แพ็กเกจ|แผน|ระดับ/u,
  ),
  // revenue
  signal(
    'Commercial',
    false,
    'words',
    /\bmrr\b|\barr\b|\bacv\b|\barpu\b|charges?\b|(?<!hours? )\bspend\b|revenue|contract value|billing amount|fatturato|spesa|canone|ricavi|venit|cheltuiel|valoare (contract|lunar|anual)|درآمد|هزینه|مبلغ|รายได้|ยอดใช้จ่าย|ค่าบริการ/u,
    true,
  ),
  // usage
  signal(
    'Adoption',
    false,
    'words',
    /usage|sessions?\b|logins?\b|active (users|members?|seats)|is active|adoption|features?\b|seats?\b|licen[cs]|\b[dwm]au\b|minutes|hours? (spen[dt]|on)|(order|purchase) count|number of (orders|purchases|products)|num of products|frequenza|utilizz|sessioni|accessi|utenti attivi|frecven|utilizare|sesiuni|autentificări|utilizatori activi|استفاده|جلسات|کاربران فعال|การใช้งาน|เซสชัน|ผู้ใช้ที่ใช้งาน/u,
  ),
  // engagement
  signal(
    'Engagement',
    false,
    'words',
    /meeting|engage|open rate|training|\bqbr\b|riunion|formazione|întâlnir|instruir|جلسه|آموزش|การประชุม|การอบรม/u,
  ),
  // advocacy
  signal(
    'Advocacy',
    false,
    'words',
    /advoca|referr|case stud|reference|testimonial|champion|referenz|recomand|معرفی|แนะนำ/u,
  ),
  // outcomes
  signal(
    'Outcomes',
    false,
    'words',
    /goal|\bkpi|\broi\b|success plan|value reali[sz]|obiettiv|obiectiv|هدف|เป้าหมาย/u,
  ),
];

/** The signal a header names, or null. */
export function signalOf(header: unknown): Signal | null {
  const key = headerWords(header);
  if (key === '') return null;
  return SIGNALS.find(({ pattern }) => pattern.test(key)) ?? null;
}
