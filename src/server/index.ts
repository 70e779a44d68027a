/**
 * Everything Apps Script may call. The build bundles this module into one object and writes a
 * top-level stub per export (with the source's JSDoc) in front of it.
 */
export * from './addon';
export * from './functions';
export * from './on-edit';
export * from './overrides-api';
export * from './survey-entry';
