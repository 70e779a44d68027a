/**
 * Property tests of detection over generated survey sheets: random question titles (nine
 * languages, or none), answer distributions and blank / "NA" rates, with the distractors real
 * surveys have (head-counts, checkboxes, uploads, multiple choice). Whatever is generated, no
 * field is mapped to a question of another kind: a field is mapped right or left unmapped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectQuestions, type FormQuestion, type MappingField } from '../../src/core/survey-import';

type Kind = MappingField | 'count' | 'checkbox' | 'upload' | 'choice' | 'yesno';

const TITLES: Record<Kind, readonly string[]> = {
  nps: [
    'How likely are you to recommend us to a friend?',
    'Quanto è probabile che ci consiglieresti a un collega?',
    'Cât de probabil este să ne recomandați?',
    'چقدر احتمال دارد ما را به دوستان توصیه کنید؟',
    'คุณจะแนะนำเราให้เพื่อนมากแค่ไหน',
    '¿Qué probabilidad hay de que nos recomiende?',
    'Recommanderiez-vous notre service ?',
    'Wie wahrscheinlich würden Sie uns weiterempfehlen?',
    'Você nos recomendaria a um amigo?',
    'NPS',
  ],
  csat: [
    'How satisfied are you with our support?',
    'Quanto sei soddisfatto del servizio?',
    'Cât de mulțumit sunteți?',
    'چقدر از پشتیبانی راضی هستید؟',
    'คุณพึงพอใจกับบริการมากแค่ไหน',
    '¿Qué tan satisfecho está?',
    'Êtes-vous satisfait du produit ?',
    'Wie zufrieden sind Sie?',
    'Qual é a sua satisfação?',
  ],
  ces: [
    'How easy was it to solve your problem?',
    'Quanto è stato facile risolvere il problema?',
    'Cât de ușor a fost?',
    'حل مشکل چقدر آسان بود؟',
    'การแก้ปัญหาง่ายแค่ไหน',
    '¿Cuánto esfuerzo le costó?',
    'Était-ce facile ?',
    'Wie einfach war es?',
    'Foi fácil resolver?',
  ],
  account: [
    'Company name',
    'Nome della tua azienda',
    'Numele companiei',
    'نام شرکت',
    'ชื่อบริษัท',
    'Nombre de la empresa',
    'Nom de votre entreprise',
    'Name Ihres Unternehmens',
    'Nome da empresa',
  ],
  comment: [
    'Any other comments?',
    'Hai suggerimenti?',
    'Ce am putea îmbunătăți?',
    'چه پیشنهادی دارید؟',
    'ข้อเสนอแนะเพิ่มเติม',
    '¿Algún comentario?',
    'Pourquoi cette note ?',
    'Was sollten wir verbessern?',
    'Algum comentário?',
    'Anything else?',
  ],
  count: [
    'How many people in your organization use the product?',
    'Quanti dipendenti ha la tua azienda?',
    'Câți utilizatori are compania?',
    'شرکت شما چند نفر کارمند دارد؟',
    'บริษัทของคุณมีพนักงานกี่คน',
    '¿Cuántos empleados tiene su empresa?',
    'Combien de personnes dans votre entreprise ?',
    'Wie viele Mitarbeiter hat Ihr Unternehmen?',
    'Quantos funcionários tem a empresa?',
    'Company size',
  ],
  checkbox: [
    'Which domains or website sections do you use?',
    'Which features of your account do you use?',
    'Quali servizi della tua azienda usi?',
  ],
  upload: ['Upload your company logo', 'Company website screenshot'],
  choice: [
    'Why did you choose us?',
    'Which plan is your company on?',
    'How did you hear about us?',
    'Perché ci hai scelto?',
  ],
  yesno: ['Would you renew?', 'Is your company a reseller?'],
};

const COMPANIES = [
  'Acme',
  'Globex S.p.A.',
  'Initech',
  'Umbrella Corp',
  'Hooli',
  'Soylent',
  'Stark Ltd',
  'Wayne SRL',
];
/** Enough different names that a plainly titled account column is mostly distinct. */
const MANY_COMPANIES = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliett',
].flatMap((first) => ['Labs', 'Group', 'Systems'].map((second) => `${first} ${second}`));
const WORDS = [
  'support',
  'was',
  'slow',
  'great',
  'the',
  'reports',
  'export',
  'team',
  'pricing',
  'onboarding',
  'fast',
];
const MISSING = ['', 'NA', 'N/A', '-', 'Prefer not to say', null];

/** An arbitrary answer of each kind (before blanks are mixed in). */
function answer(kind: Kind, scaleTop: number): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'nps':
      return fc.integer({ min: 0, max: 10 });
    case 'csat':
    case 'ces':
      return fc.integer({ min: 1, max: scaleTop });
    case 'account':
      return fc.constantFrom(...COMPANIES);
    case 'comment':
      return fc
        .array(fc.constantFrom(...WORDS), { minLength: 6, maxLength: 20 })
        .map((words) => words.join(' '));
    case 'count':
      return fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 5000 }));
    case 'checkbox':
      return fc
        .subarray(['Billing', 'Reports', 'API', 'Mobile app'], { minLength: 2 })
        .map((picks) => picks.join(', '));
    case 'upload':
      return fc.stringMatching(/^[0-9a-f]{10,20}$/).map((id) => `https://drive.google.com/open?id=${id}`);
    case 'choice':
      return fc.constantFrom('Price', 'Support', 'Features', 'A friend');
    case 'yesno':
      return fc.constantFrom('Yes', 'No');
  }
}

interface Generated {
  questions: FormQuestion[];
  kinds: Map<string, Kind>;
}

const KINDS = Object.keys(TITLES) as Kind[];

/** A sheet of 6–40 responses to 2–8 questions of random kinds, titles, blank rates. */
const surveySheet: fc.Arbitrary<Generated> = fc
  .record({
    rows: fc.integer({ min: 6, max: 40 }),
    columns: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        titleAt: fc.nat(),
        untitled: fc.boolean(),
        scaleTop: fc.constantFrom(5, 7),
        blankRate: fc.double({ min: 0, max: 0.6, noNaN: true }),
        seed: fc.integer(),
      }),
      { minLength: 2, maxLength: 8 },
    ),
  })
  .chain(({ rows, columns }) =>
    fc
      .tuple(
        ...columns.map((column) =>
          fc.array(
            fc.tuple(
              fc.double({ min: 0, max: 1, noNaN: true }),
              answer(column.kind, column.scaleTop),
              fc.constantFrom(...MISSING),
            ),
            { minLength: rows, maxLength: rows },
          ),
        ),
      )
      .map((cells) => {
        const kinds = new Map<string, Kind>();
        const questions = columns.map((column, i): FormQuestion => {
          const titles = TITLES[column.kind];
          const base = column.untitled ? `Q${i + 1}` : titles[column.titleAt % titles.length];
          const title = kinds.has(base) ? `${base} (${i + 1})` : base;
          kinds.set(title, column.kind);
          const samples = cells[i].map(([draw, value, missing]) =>
            draw < column.blankRate ? missing : value,
          );
          return { title, type: 'UNKNOWN', samples };
        });
        return { questions, kinds };
      }),
  );

/** The kinds of question each field may be mapped to (an e-mail question is no kind generated here). */
const FITS: Record<MappingField, readonly Kind[]> = {
  nps: ['nps'],
  csat: ['csat'],
  ces: ['ces'],
  account: ['account'],
  comment: ['comment'],
};

describe('detectQuestions over generated survey sheets', () => {
  it('never maps a field to a question of another kind', () => {
    fc.assert(
      fc.property(surveySheet, ({ questions, kinds }) => {
        const { mapping, confidence } = detectQuestions(questions);
        for (const field of Object.keys(FITS) as MappingField[]) {
          const title = mapping[field];
          if (title === null) {
            expect(confidence[field]).not.toBe('high');
            continue;
          }
          expect(confidence[field]).toBe('high');
          const kind = kinds.get(title);
          // An untitled 1–5 / 1–7 column can be CSAT or CES alike: the scale fits, only the name is unknown.
          const untitledScale =
            /^Q\d+$/.test(title) &&
            (field === 'csat' || field === 'ces') &&
            (kind === 'csat' || kind === 'ces');
          if (!untitledScale)
            expect({ field, title, kind }).toEqual({
              field,
              title,
              kind: expect.toBeOneOf([...FITS[field]]),
            });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('finds each field of a plainly titled survey with enough answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8),
        fc.integer({ min: 8, max: 30 }),
        (language, rows) => {
          const columns: [MappingField, unknown[]][] = [
            ['nps', Array.from({ length: rows }, (_, i) => i % 11)],
            ['csat', Array.from({ length: rows }, (_, i) => 1 + (i % 5))],
            ['ces', Array.from({ length: rows }, (_, i) => 1 + ((i * 3) % 7))],
            [
              'account',
              Array.from({ length: rows }, (_, i) => MANY_COMPANIES[(i * 7) % MANY_COMPANIES.length]),
            ],
            [
              'comment',
              Array.from({ length: rows }, (_, i) => `${WORDS.slice(i % 5).join(' ')} number ${i}`),
            ],
          ];
          const questions = columns.map(
            ([field, samples]): FormQuestion => ({
              title: TITLES[field][language % TITLES[field].length],
              type: 'UNKNOWN',
              samples,
            }),
          );
          const { mapping } = detectQuestions(questions);
          for (const [field] of columns)
            expect(mapping[field]).toBe(TITLES[field][language % TITLES[field].length]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
