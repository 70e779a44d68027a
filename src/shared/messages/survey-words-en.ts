/**
 * The survey detector's words in English: why it chose each question and what each question is
 * (core/survey-import/detect.ts composes them as keys, server-keyed.ts renders them). Apart from
 * server-en.ts because only the survey importer (surveys.html) uses them: Code.js, which every
 * custom-function call loads, does not carry them. The other languages have them in their server
 * catalogues (server-it.ts…), so their language files hold them.
 */
export const surveyWordsEn = {
  // Why the detector chose each question (core/survey-import/detect.ts composes these keys);
  // {keyword} is the word as the question's title spells it, in any language
  surveyWhyMentions: "title mentions '{keyword}'",
  surveyWhyFitMentions: "{fit}, title mentions '{keyword}'",
  surveyWhyByDomain: '{reason}: matched by its domain',
  surveyWhyAnswers: 'answers {lower}–{upper}',
  surveyWhyScale: '{lower}–{upper} scale',
  surveyWhyRating: '{lower}–{upper} rating',
  surveyWhyZeroToTen: '{answers}, a 0–10 scale',
  surveyWhyChoice: 'choice question',
  surveyWhyParagraph: 'paragraph question',
  surveyWhyLongAnswers: 'long free-text answers',
  surveyWhyFreeText: 'free-text question',
  surveyWhyNoNps: "no 0–10 scale or question mentioning 'recommend'",
  surveyWhyNoCsat: "no 1–5 or 1–7 scale or question mentioning 'satisfied'",
  surveyWhyNoCes: "no question mentioning 'effort' or 'easy'",
  surveyWhyNoAccount: "no company or account question: matched by the respondent's e-mail",
  surveyWhyAccountUntil: "{reason}; until then matched by the respondent's e-mail",
  surveyWhyNoComment: 'no paragraph question or question asking for comments',
  // A question that half fits: {field} is NPS, CSAT, CES or one of the two words below
  surveyWhyHalfFits:
    '"{question}" mentions \'{keyword}\' but its answers are {seen}: left unmapped, choose the {field} question yourself if there is one',
  surveyWhyFieldAccount: 'account',
  surveyWhyFieldComment: 'comment',
  surveySeenCheckboxes: 'lists of checked options',
  surveySeenLinks: 'links to files',
  surveySeenNumbers: 'numbers',
  surveySeenFigures: 'mostly figures',
  surveySeenOptions:
    '{count, plural, one {# option picked again and again} other {# options picked again and again}}',
  surveySeenRange: 'numbers {lower}–{upper}',
  surveySeenLongText: 'long free text',
  surveySeenShortText: 'short text',
  // What each question is, in the preview's list (Google Forms' names of its question types)
  surveyTypeScale: 'Scale',
  surveyTypeRating: 'Rating',
  surveyTypeText: 'Short answer',
  surveyTypeParagraph: 'Paragraph',
  surveyTypeChoice: 'Multiple choice',
  surveyTypeList: 'Dropdown',
  surveyTypeCheckboxes: 'Checkboxes',
  surveyTypeDate: 'Date',
  surveyTypeOther: 'Other',
  surveyTypeColumn: 'Sheet column',
  surveyTypeScaled: '{type} {lower}–{upper}',
  surveyTypeAnswers: '{type}, answers {lower}–{upper}',
};

export type SurveyWords = { readonly [K in keyof typeof surveyWordsEn]: string };
