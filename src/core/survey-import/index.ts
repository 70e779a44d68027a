/** Importing Google Forms survey results: question detection, account matching, sheet rows. */
export * from './cursor';
export * from './detect';
export { answerDomain, domainOf, FREE_MAIL_DOMAINS, isFreeMailDomain } from './domains';
export * from './keywords';
export * from './match';
export { idKey, LEGAL_PREFIXES, LEGAL_SUFFIXES, nameKey } from './names';
export * from './rows';
export { foldText, type KeywordTable, mentionedKeyword } from './text';
