import { describe, expect, it } from 'vitest';
import {
  describeQuestion,
  detectQuestions,
  type FormQuestion,
  foldText,
  inferScale,
  NPS_KEYWORDS,
} from '../../src/core/survey-import';
import { ENGLISH } from '../../src/shared/messages/server';
import { type KeyedText, renderKeyed } from '../../src/shared/messages/server-keyed';

/** A reason or question type as an English user reads it. */
const english = (text: KeyedText) => renderKeyed(text, ENGLISH);

const scale = (title: string, lower: number, upper: number): FormQuestion => ({
  title,
  type: 'SCALE',
  lower,
  upper,
});
const text = (title: string): FormQuestion => ({ title, type: 'TEXT' });
const paragraph = (title: string): FormQuestion => ({ title, type: 'PARAGRAPH_TEXT' });
const column = (title: string, ...samples: unknown[]): FormQuestion => ({ title, type: 'UNKNOWN', samples });

describe('foldText', () => {
  it('drops Latin accents, Romanian comma and cedilla forms alike', () => {
    expect(foldText('Recomandați ȘI ş ț ţ ă â î')).toBe('recomandati si s t t a a i');
    expect(foldText('Società SODDISFAZIONE perché')).toBe('societa soddisfazione perche');
  });

  it('keeps Thai vowel and tone marks and Persian letters', () => {
    expect(foldText('พึงพอใจ')).toBe('พึงพอใจ');
    expect(foldText('ความคิดเห็น')).toBe('ความคิดเห็น');
    expect(foldText('توصیه')).toBe('توصیه');
  });

  it('writes Arabic yeh and kaf as Persian letters and drops zero-width non-joiners', () => {
    expect(foldText('توصيه')).toBe(foldText('توصیه'));
    expect(foldText('كيفيت')).toBe('کیفیت');
    expect(foldText('وب‌سایت')).toBe('وبسایت');
  });
});

describe('inferScale', () => {
  it('reads scale bounds, with Forms defaults 1–5', () => {
    expect(inferScale(scale('x', 0, 10))).toEqual({ lower: 0, upper: 10, exact: true });
    expect(inferScale({ title: 'x', type: 'SCALE' })).toEqual({ lower: 1, upper: 5, exact: true });
  });

  it('reads choice lists of whole numbers, not other choices', () => {
    const choices = ['1', '2', '3', '4', '5', '6', '7'];
    expect(inferScale({ title: 'x', type: 'LIST', choices })).toEqual({ lower: 1, upper: 7, exact: true });
    expect(inferScale({ title: 'x', type: 'MULTIPLE_CHOICE', choices: ['Yes', 'No'] })).toBeNull();
  });

  it('bounds a linked-sheet column by its whole-number samples, ignoring blanks', () => {
    expect(inferScale(column('x', 9, '10', '', 7))).toEqual({ lower: 7, upper: 10, exact: false });
    expect(inferScale(column('x', 9, 'ten'))).toBeNull();
    expect(inferScale(column('x', 4.5))).toBeNull();
    expect(inferScale(column('x', 42))).toBeNull();
    expect(inferScale(column('x', ''))).toBeNull();
  });

  it('describes questions for the sidebar', () => {
    expect(english(describeQuestion(scale('x', 0, 10)))).toBe('Scale 0–10');
    expect(english(describeQuestion(paragraph('x')))).toBe('Paragraph');
    expect(english(describeQuestion(column('x', 2, 4)))).toBe('Sheet column, answers 2–4');
  });
});

describe('detectQuestions: scales', () => {
  it('maps a typical English form with reasons', () => {
    const { mapping, reasons } = detectQuestions([
      text('Company name'),
      scale('How likely are you to recommend us to a friend?', 0, 10),
      scale('How satisfied are you with our support?', 1, 5),
      scale('How easy was it to get your issue resolved?', 1, 7),
      paragraph('Anything else you would like to tell us?'),
    ]);
    expect(mapping).toEqual({
      nps: 'How likely are you to recommend us to a friend?',
      csat: 'How satisfied are you with our support?',
      csatScale: 5,
      ces: 'How easy was it to get your issue resolved?',
      cesScale: 7,
      account: 'Company name',
      comment: 'Anything else you would like to tell us?',
    });
    expect(english(reasons.nps)).toBe("0–10 scale, title mentions 'recommend'");
    expect(english(reasons.csat)).toBe("1–5 scale, title mentions 'satisfied'");
    expect(english(reasons.ces)).toBe("1–7 scale, title mentions 'easy'");
    expect(english(reasons.account)).toBe("title mentions 'Company'");
    expect(english(reasons.comment)).toContain('paragraph question');
  });

  it('takes an untitled 0–10 scale as NPS and an untitled 1–5 scale as CSAT', () => {
    const { mapping, reasons } = detectQuestions([scale('Rate us', 1, 5), scale('Your score', 0, 10)]);
    expect(mapping.nps).toBe('Your score');
    expect(english(reasons.nps)).toBe('0–10 scale');
    expect(mapping.csat).toBe('Rate us');
    expect(mapping.csatScale).toBe(5);
    expect(english(reasons.csat)).toBe('1–5 scale');
  });

  it('prefers a 0–10 scale over a 1–5 "recommend" question, which is not NPS', () => {
    const { mapping } = detectQuestions([
      scale('Would you recommend our webinar?', 1, 5),
      scale('Overall score', 0, 10),
    ]);
    expect(mapping.nps).toBe('Overall score');
    // A 1–5 recommend question is neither NPS nor an anonymous CSAT scale.
    expect(mapping.csat).toBeNull();
  });

  it('a "recommend" question on a 1–5 scale alone is not NPS', () => {
    const { mapping, reasons } = detectQuestions([scale('How likely are you to recommend us?', 1, 5)]);
    expect(mapping.nps).toBeNull();
    expect(english(reasons.nps)).toContain('no 0–10 scale');
  });

  it('prefers the 0–10 scale that mentions recommend over an earlier 0–10 scale', () => {
    const { mapping } = detectQuestions([
      scale('How would you rate the product?', 0, 10),
      scale('How likely are you to recommend us?', 0, 10),
    ]);
    expect(mapping.nps).toBe('How likely are you to recommend us?');
  });

  it('does not take a 0–10 satisfaction scale for NPS', () => {
    const { mapping } = detectQuestions([scale('How satisfied are you, 0–10?', 0, 10)]);
    expect(mapping.nps).toBeNull();
    expect(mapping.csat).toBeNull();
  });

  it('uses each question once: a "satisfied … recommend" 0–10 scale is NPS only', () => {
    const { mapping } = detectQuestions([scale('Satisfied enough to recommend us?', 0, 10)]);
    expect(mapping.nps).toBe('Satisfied enough to recommend us?');
    expect(mapping.csat).toBeNull();
  });

  it('keeps CES scales 1–7 by default and 1–5 when stated, CSAT 1–7 when stated', () => {
    const five = detectQuestions([scale('How much effort did it take?', 1, 5)]).mapping;
    expect(five.ces).toBe('How much effort did it take?');
    expect(five.cesScale).toBe(5);
    const seven = detectQuestions([scale('Satisfaction', 1, 7), scale('Effort', 1, 7)]).mapping;
    expect(seven).toMatchObject({ csat: 'Satisfaction', csatScale: 7, ces: 'Effort', cesScale: 7 });
  });

  it('does not let the untitled-CSAT rule steal the effort question', () => {
    const { mapping } = detectQuestions([scale('Was it easy?', 1, 7), scale('Rate us', 1, 5)]);
    expect(mapping.ces).toBe('Was it easy?');
    expect(mapping.csat).toBe('Rate us');
  });

  it('does not read "please" as "ease"', () => {
    const { mapping } = detectQuestions([scale('Please rate us', 1, 7)]);
    expect(mapping.ces).toBeNull();
    expect(mapping.csat).toBe('Please rate us');
  });

  it('reads choice lists of digits as scales', () => {
    const digits = (n: number, from = 0) => Array.from({ length: n - from + 1 }, (_, i) => String(i + from));
    const { mapping } = detectQuestions([
      { title: 'Recommend us?', type: 'MULTIPLE_CHOICE', choices: digits(10) },
      { title: 'Satisfied?', type: 'LIST', choices: digits(5, 1) },
    ]);
    expect(mapping).toMatchObject({ nps: 'Recommend us?', csat: 'Satisfied?', csatScale: 5 });
  });

  it('ignores checkbox, date and other questions', () => {
    const { mapping } = detectQuestions([
      { title: 'Which company features do you use?', type: 'CHECKBOX', choices: ['A', 'B'] },
      { title: 'Date of your comment', type: 'DATE' },
    ]);
    expect(mapping.account).toBeNull();
    expect(mapping.comment).toBeNull();
  });
});

describe('detectQuestions: linked sheet columns (samples only)', () => {
  it('infers NPS, CSAT and CES from sample answers', () => {
    const { mapping, reasons } = detectQuestions([
      column('Company', 'Acme', 'Globex'),
      column('How likely are you to recommend us?', 9, '10', 6),
      column('How satisfied are you?', 4, 5, 3),
      column('How easy was it?', 2, 6),
      column('Why?', 'Because', 'Great support\nand docs'),
    ]);
    expect(mapping).toEqual({
      nps: 'How likely are you to recommend us?',
      csat: 'How satisfied are you?',
      csatScale: 5,
      ces: 'How easy was it?',
      cesScale: 7,
      account: 'Company',
      comment: 'Why?',
    });
    expect(english(reasons.nps)).toBe("answers 6–10, title mentions 'recommend'");
  });

  it('reads CSAT answers above 5 as a 1–7 scale', () => {
    expect(detectQuestions([column('Satisfaction', 6, 7)]).mapping.csatScale).toBe(7);
  });

  it('takes answers above 7 under a "Score" title for a 0–10 scale, but never guesses an untitled column', () => {
    const { mapping, reasons } = detectQuestions([column('Q1', 3, 5), column('Score', 0, 8, 10)]);
    expect(mapping.nps).toBe('Score');
    expect(english(reasons.nps)).toBe("answers 0–10, a 0–10 scale, title mentions 'Score'");
    expect(mapping.csat).toBeNull();
    const untitled = detectQuestions([column('Q1', 3, 5), column('Q2', 0, 8, 10)]);
    expect(untitled.mapping.nps).toBeNull();
    expect(untitled.confidence.nps).toBe('none');
  });

  it('trusts the title of a column without answers yet', () => {
    const { mapping, reasons } = detectQuestions([
      column('Would you recommend us?'),
      column('Are you satisfied?'),
      column('Was it easy?'),
      column('Your company'),
      column('Comments'),
    ]);
    expect(mapping).toMatchObject({
      nps: 'Would you recommend us?',
      csat: 'Are you satisfied?',
      csatScale: 5,
      ces: 'Was it easy?',
      cesScale: 7,
      account: 'Your company',
      comment: 'Comments',
    });
    expect(english(reasons.nps)).toBe("title mentions 'recommend'");
  });

  // Found by the generated sheets: with no answer to show its links, an upload question's title
  // mentioning the company was taken for the account.
  it('does not take a file question without answers for the account, in any language', () => {
    const titles = [
      'Company website screenshot',
      'Upload your company logo',
      'Carica il logo della tua azienda',
      'Încărcați sigla companiei',
      'لوگوی شرکت را بارگذاری کنید',
      'อัปโหลดโลโก้บริษัท',
      'Sube el logo de tu empresa',
      "Capture d'écran du site de votre entreprise",
      'Laden Sie das Logo Ihres Unternehmens hoch',
      'Envie o logotipo da sua empresa',
    ];
    // Names whose words start like a file's in another language stay account questions.
    for (const title of ['Organisation (Bildungsträger)', 'Envie o nome da sua empresa'])
      expect(detectQuestions([column(title), column('Comments')]).mapping.account, title).toBe(title);
    for (const title of titles) {
      expect(detectQuestions([column(title), column('Comments')]).mapping.account, title).toBeNull();
      expect(detectQuestions([column(title), column('Company name')]).mapping.account, title).toBe(
        'Company name',
      );
    }
  });

  it('does not take a company column with numbers for a scale', () => {
    expect(detectQuestions([column('Company', 'Acme', 3)]).mapping.account).toBe('Company');
  });
});

describe('detectQuestions: account and comment', () => {
  it('falls back to the e-mail when no question names the company', () => {
    const { mapping, reasons } = detectQuestions([scale('Recommend?', 0, 10)]);
    expect(mapping.account).toBeNull();
    expect(english(reasons.account)).toContain("respondent's e-mail");
  });

  it('prefers a company question over an e-mail question, and uses the e-mail question otherwise', () => {
    expect(detectQuestions([text('Work e-mail'), text('Organisation')]).mapping.account).toBe('Organisation');
    const { mapping, reasons } = detectQuestions([text('Your work email')]);
    expect(mapping.account).toBe('Your work email');
    expect(english(reasons.account)).toContain('matched by its domain');
  });

  it('accepts a dropdown of companies after free-text questions', () => {
    const { mapping, reasons } = detectQuestions([
      { title: 'Select your account', type: 'LIST', choices: ['Acme', 'Globex'] },
    ]);
    expect(mapping.account).toBe('Select your account');
    expect(english(reasons.account)).toBe("choice question, title mentions 'account'");
  });

  it('takes a paragraph question for the comment before a short "why" question', () => {
    expect(detectQuestions([text('Why?'), paragraph('Notes')]).mapping.comment).toBe('Notes');
    expect(detectQuestions([text('Why that score?')]).mapping.comment).toBe('Why that score?');
    expect(detectQuestions([text('Your role')]).mapping.comment).toBeNull();
  });

  it('prefers the paragraph that asks for comments', () => {
    const { mapping } = detectQuestions([paragraph('Your address'), paragraph('Any feedback?')]);
    expect(mapping.comment).toBe('Any feedback?');
  });
});

describe('detectQuestions: titles in Italian, Romanian, Persian and Thai', () => {
  const form = (nps: string, csat: string, ces: string, account: string, comment: string) =>
    detectQuestions([scale(csat, 1, 5), scale(ces, 1, 7), scale(nps, 0, 10), text(comment), text(account)])
      .mapping;

  it.each([
    [
      'it',
      'Quanto è probabile che ci consiglieresti a un amico?',
      'Quanto sei soddisfatto del servizio?',
      'Quanto è stato facile risolvere il problema?',
      'Nome della tua azienda',
      'Commenti e suggerimenti',
    ],
    [
      'it (raccomanderesti, soddisfazione, sforzo, società)',
      'Ci raccomanderesti ai colleghi?',
      'Livello di soddisfazione',
      'Quanto sforzo hai dovuto fare?',
      'La tua società',
      'Perché?',
    ],
    [
      'ro',
      'Cât de probabil este să ne recomandați unui prieten?',
      'Cât de satisfăcut sunteți de serviciu?',
      'Cât de ușor a fost să rezolvați problema?',
      'Numele companiei',
      'Comentarii sau sugestii',
    ],
    [
      'ro without diacritics',
      'Cat de probabil este sa ne recomandati unui prieten?',
      'Gradul de satisfactie',
      'Cat efort ati depus?',
      'Firma',
      'Sugestii',
    ],
    [
      'ro with cedillas (ş ţ)',
      'Ne-aţi recomanda?',
      'Cât de mulţumit sunteţi?',
      'A fost uşor?',
      'Organizaţie',
      'Comentariu',
    ],
    [
      'fa',
      'چقدر احتمال دارد ما را به دوستان خود توصیه کنید؟',
      'میزان رضایت شما از پشتیبانی',
      'حل مشکل چقدر آسان بود؟',
      'نام شرکت',
      'توضیحات',
    ],
    [
      'fa with Arabic letters',
      'آیا ما را توصيه می‌کنید؟',
      'چقدر راضی هستید؟',
      'چقدر تلاش کردید؟',
      'سازمان شما',
      'نظر شما',
    ],
    [
      'th',
      'คุณมีแนวโน้มที่จะแนะนำเราให้เพื่อนมากน้อยเพียงใด',
      'คุณพึงพอใจกับบริการมากน้อยเพียงใด',
      'การแก้ปัญหาง่ายเพียงใด',
      'ชื่อบริษัท',
      'ความคิดเห็นเพิ่มเติม',
    ],
    ['th (องค์กร, ความพยายาม)', 'แนะนำเรา', 'ความพึงพอใจ', 'ความพยายามที่ใช้', 'องค์กรของคุณ', 'ข้อเสนอแนะ'],
  ])('%s', (_language, nps, csat, ces, account, comment) => {
    expect(form(nps, csat, ces, account, comment)).toEqual({
      nps,
      csat,
      csatScale: 5,
      ces,
      cesScale: 7,
      account,
      comment,
    });
  });

  it('keyword tables can be extended with a language', () => {
    const table = NPS_KEYWORDS as Record<string, readonly string[]>;
    const questions = [scale('Zou u ons aanbevelen?', 1, 5), scale('Aanbeveling', 0, 10)];
    expect(detectQuestions(questions).mapping.nps).toBe('Aanbeveling');
    table.nl = ['aanbevel'];
    try {
      const { reasons } = detectQuestions(questions);
      expect(english(reasons.nps)).toBe("0–10 scale, title mentions 'Aanbeveling'");
    } finally {
      delete table.nl;
    }
  });
});

describe('detectQuestions: what the answers of a real export say', () => {
  const people = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay'];
  const companies = ['Acme Inc', 'Globex', 'Initech', 'Umbrella Corp', 'Hooli', 'Soylent Ltd'];

  it('never takes a head-count, a checkbox or an upload question for the account', () => {
    const { mapping, confidence, reasons } = detectQuestions([
      column('How many people in your organization use the product?', 3, 8, 10, 5, 2, 7),
      column(
        'Which domains or website features do you use?',
        'Gmail, Drive',
        'Drive',
        'Gmail, Calendar, Drive',
        'Calendar',
        'Gmail, Drive',
        'Drive, Calendar',
      ),
      column(
        'Upload your company logo',
        ...people.map((name) => `https://drive.google.com/open?id=${name}123`),
      ),
      column('How likely are you to recommend us?', 9, 10, 6, 8, 3, 10),
    ]);
    expect(mapping.account).toBeNull();
    expect(confidence.account).toBe('low');
    expect(english(reasons.account)).toMatch(
      /^"How many people in your organization use the product\?" mentions 'organization' but its answers are numbers: left unmapped/,
    );
    // The head-count's numbers 2–10 are no NPS either: the "recommend" question is.
    expect(mapping.nps).toBe('How likely are you to recommend us?');
  });

  it('takes the open-text questions for the comment, not a multiple-choice "why"', () => {
    const { mapping } = detectQuestions([
      column(
        'Why did you choose us?',
        'Price',
        'Support',
        'Price',
        'Features',
        'Price',
        'Support',
        'Price',
        'Features',
      ),
      column('Company', ...companies, 'Acme Inc', 'Globex'),
      column(
        'What could we do better?',
        ...companies.map((name, i) => `${name} would like faster exports and ${i} fewer clicks`),
        'More reports please, for the board',
        'Nothing to add this quarter, thanks',
      ),
    ]);
    expect(mapping.comment).toBe('What could we do better?');
    expect(mapping.account).toBe('Company');
  });

  it('reads the scale a title states: "how difficult, 1 to 5" is CES on 1–5', () => {
    const { mapping } = detectQuestions([
      column('How difficult was it to get help, on a scale from 1 to 5?', 2, 4, 1, 3),
    ]);
    expect(mapping).toMatchObject({
      ces: 'How difficult was it to get help, on a scale from 1 to 5?',
      cesScale: 5,
    });
  });

  it('reads "NA", "N/A", "-" and "Prefer not to say" as no answer', () => {
    const { mapping } = detectQuestions([
      column('recommend_score', 9, 'NA', 10, 'NA', 7, 'N/A', 3),
      column(
        'why',
        'NA',
        'Support answered within the hour every time',
        'NA',
        '-',
        'Prefer not to say',
        'The reports are slow to load for big accounts',
      ),
    ]);
    expect(mapping).toMatchObject({ nps: 'recommend_score', comment: 'why' });
  });

  it('detects titles in Spanish, French, German and Portuguese', () => {
    const titles = [
      ['¿Qué probabilidad hay de que nos recomiende?', '¿Qué tan satisfecho está?', 'Nombre de la empresa'],
      ['Recommanderiez-vous notre service ?', 'Êtes-vous satisfait ?', 'Nom de votre entreprise'],
      ['Würden Sie uns weiterempfehlen?', 'Wie zufrieden sind Sie?', 'Name Ihres Unternehmens'],
      ['Você nos recomendaria?', 'Qual é a sua satisfação?', 'Nome da empresa'],
    ];
    for (const [nps, csat, account] of titles) {
      const { mapping } = detectQuestions([
        column(nps, 9, 10, 4, 8, 7, 10),
        column(csat, 4, 5, 2, 3, 5, 4),
        column(account, ...companies),
      ]);
      expect(mapping).toMatchObject({ nps, csat, account });
    }
  });
});
