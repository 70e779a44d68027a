/**
 * Core's messages (errors-*.ts) in the languages the panel speaks besides English, for the errors
 * the panel shows from core checks (core-errors.ts). This file holds every key, as tests and the
 * dev tools read it; Sidebar.html carries only the keys the panel can raise: the sidebar build
 * replaces this module with them (error-catalogues-plugin.mjs).
 */
import type { ErrorMessages } from '../shared/messages/errors-en';
import { errorsFa } from '../shared/messages/errors-fa';
import { errorsIt } from '../shared/messages/errors-it';
import { errorsRo } from '../shared/messages/errors-ro';
import { errorsTh } from '../shared/messages/errors-th';

export const ERROR_CATALOGUES: Readonly<Record<string, Partial<ErrorMessages>>> = {
  it: errorsIt,
  ro: errorsRo,
  fa: errorsFa,
  th: errorsTh,
};
