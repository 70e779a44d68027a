/** Importing Google Forms survey results: question detection, account matching, sheet rows. */

export { answerOrBlank, isMissingAnswer } from './answers';
export * from './cursor';
export * from './detect';
export { answerDomain, domainOf, FREE_MAIL_DOMAINS, isFreeMailDomain } from './domains';
export * from './export-layout';
export * from './keywords';
export * from './match';
export { idKey, LEGAL_PREFIXES, LEGAL_SUFFIXES, nameKey } from './names';
export * from './rows';
export { accountSuggester, suggestAccount } from './suggest';
export { foldText, type KeywordTable, mentionedKeyword } from './text';
