/**
 * Entry point of the sidebar bundle. The locale comes from `data-locale` on <html> (the server
 * may fill it in when it serves the page) or else from the browser; `lang` and `dir` are set from
 * the catalogue actually used. Server calls go through google.script.run, looked up at call time,
 * so a shim defined before this script runs (a playground, a test) takes Apps Script's place.
 */
import { getMessages, resolvedLocale, textDirection } from '../shared/messages';
import { mountApp } from './app';

function boot(): void {
  const html = document.documentElement;
  const requested = html.getAttribute('data-locale') || navigator.language || 'en';
  const locale = resolvedLocale(requested);
  const messages = getMessages(locale);
  html.lang = locale;
  html.dir = textDirection(locale);
  document.title = messages.sidebarTitle;
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('main'));
  mountApp(root, messages, locale);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
