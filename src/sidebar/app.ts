/**
 * The sidebar: a header with the language switcher, then four tabs (Model | History | Backtest |
 * Surveys). A tab is built, and its data loaded, the first time it is opened; the Model tab is
 * open at start. Switching language builds the panel again in the new language (main.ts).
 */
import { LANGUAGES, type Messages } from '../shared/messages';
import { tabList } from './components/tablist';
import { h, replaceChildren } from './dom';
import { numberFormats } from './formatting';
import type { SheetDataStore, SidebarStateStore } from './sidebar-state';
import { mountBacktestTab } from './tabs/backtest';
import type { TabContext } from './tabs/context';
import { mountHistoryTab } from './tabs/history';
import { type ModelTab, mountModelTab } from './tabs/model';
import { mountSurveysTab } from './tabs/surveys';

export interface AppOptions {
  /** The catalogue shown (`it`, `fa`…): the switcher's current choice. */
  language: string;
  /** Shared across rebuilds, so a new language does not fetch the sheet again. */
  sidebar: SidebarStateStore;
  sheetData: SheetDataStore;
  /** The tab to open first (the one open before a language switch). */
  tab?: number;
  /** The user picked another language in the switcher. */
  onLanguage(language: string): void;
}

export interface App {
  selectedTab(): number;
  /** Model edits a rebuild would drop. */
  hasUnsavedEdits(): boolean;
  /** Before the panel is built again: drops window listeners. */
  destroy(): void;
}

export function mountApp(root: HTMLElement, t: Messages, locale: string, options: AppOptions): App {
  let model: ModelTab | null = null;
  const lifetime = new AbortController();
  const context: TabContext = {
    t,
    locale,
    numbers: numberFormats(locale),
    sidebar: options.sidebar,
    sheetData: options.sheetData,
    modelChanged: () => void model?.reload(),
  };
  const mounts: ((panel: HTMLElement) => void)[] = [
    (panel) => {
      model = mountModelTab(panel, t, locale, context.sidebar, context.sheetData, lifetime.signal);
    },
    (panel) => mountHistoryTab(panel, context),
    (panel) => mountBacktestTab(panel, context),
    (panel) => mountSurveysTab(panel, context),
  ];
  const mounted = new Set<number>();
  let selected = 0;
  const tabs = tabList(t.tabsLabel, [t.tabModel, t.tabHistory, t.tabBacktest, t.tabSurveys], (index) => {
    selected = index;
    if (mounted.has(index)) return;
    mounted.add(index);
    mounts[index](tabs.panels[index]);
  });

  // Each language is named in itself, so anyone can find theirs whatever is shown now.
  const language = h(
    'select',
    {
      cls: 'language',
      attrs: { 'aria-label': t.languageLabel, 'data-testid': 'language' },
      on: {
        change: () => {
          const chosen = language.value;
          // Until the new panel replaces this one (or the user keeps the edits), show the old choice.
          language.value = options.language;
          options.onLanguage(chosen);
        },
      },
    },
    ...LANGUAGES.map(({ locale: value, name }) => h('option', { attrs: { value, lang: value }, text: name })),
  );
  language.value = options.language;
  // One h1 for assistive technology; Sheets' own sidebar title bar shows the same words.
  const title = h('h1', { cls: 'visually-hidden', text: t.sidebarTitle });
  const header = h('header', { cls: 'app-header' }, title, language);

  replaceChildren(root, header, tabs.list, ...tabs.panels);
  tabs.select(options.tab ?? 0);
  return {
    selectedTab: () => selected,
    hasUnsavedEdits: () => model?.hasUnsavedEdits() ?? false,
    destroy: () => lifetime.abort(),
  };
}
