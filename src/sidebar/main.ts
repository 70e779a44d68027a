/**
 * Entry point of the sidebar bundle. The language comes from the switcher's stored choice, the
 * `data-locale` showHealthPanel (src/server/addon.ts) writes on <html> (the locale the menu
 * speaks; empty in a playground or a test), or the browser (language.ts); `lang` and `dir`
 * follow it. Switching language builds the panel again; the fetched sheet data is kept. Server
 * calls go through google.script.run, looked up at call time, so a shim defined before this script
 * runs (a playground, a test) takes Apps Script's place.
 */
import { getMessages, textDirection, useLocale } from '../shared/messages';
import { type App, mountApp } from './app';
import { chooseLanguage, formattingLocale, storedLanguage, storeLanguage } from './language';
import { sheetDataStore, sidebarStateStore } from './sidebar-state';

function boot(): void {
  const html = document.documentElement;
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('main'));
  const named = [html.getAttribute('data-locale'), ...(navigator.languages ?? []), navigator.language];
  const stores = { sidebar: sidebarStateStore(), sheetData: sheetDataStore() };
  let app: App | null = null;

  function show(language: string, tab = 0): void {
    const locale = formattingLocale(language, named);
    const messages = getMessages(language);
    useLocale(locale);
    html.lang = language;
    html.dir = textDirection(language);
    document.title = messages.sidebarTitle;
    app?.destroy();
    app = mountApp(root, messages, locale, {
      ...stores,
      language,
      tab,
      onLanguage: (next) => {
        if (next === language) return;
        if (app?.hasUnsavedEdits() && !window.confirm(messages.languageDiscard)) return;
        storeLanguage(next);
        show(next, app?.selectedTab() ?? 0);
      },
    });
  }

  show(chooseLanguage(storedLanguage(), named));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
