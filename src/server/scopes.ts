/**
 * Granular consent: a feature asks for the OAuth scope it needs when it first runs, so a user who
 * never imports from a Google Form is never asked to let the add-on see their forms. See
 * docs/scopes.md for which feature needs which scope.
 */
export const FORMS_SCOPE = 'https://www.googleapis.com/auth/forms';
export const TRIGGERS_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
export const MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/**
 * Ends the execution with a consent screen when the user has not granted these scopes yet. Where
 * the runtime has no requireScopes, every scope of the manifest was granted at install.
 */
export function requireScopes(scopes: string[]): void {
  if (typeof ScriptApp.requireScopes === 'function') ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes);
}

/**
 * Whether the user has granted these scopes, without asking: a scheduled job runs with nobody to
 * see a consent screen, so it checks first and says what is missing instead of failing each hour.
 */
export function hasScopes(scopes: string[]): boolean {
  if (typeof ScriptApp.getAuthorizationInfo !== 'function') return true;
  // getAuthorizationInfo(authMode, oAuthScopes): the typings know only the one-argument form.
  const withScopes = ScriptApp.getAuthorizationInfo as unknown as (
    mode: GoogleAppsScript.Script.AuthMode,
    asked: string[],
  ) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = withScopes.call(ScriptApp, ScriptApp.AuthMode.FULL, scopes);
  return info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED;
}
