/**
 * The sidebar: four tabs (Model | History | Backtest | Surveys). A tab is built, and its data
 * loaded, the first time it is opened; the Model tab is open at start.
 */
import type { Messages } from '../shared/messages';
import { tabList } from './components/tablist';
import { replaceChildren } from './dom';
import { numberFormats } from './formatting';
import { sheetDataStore, sidebarStateStore } from './sidebar-state';
import { mountBacktestTab } from './tabs/backtest';
import type { TabContext } from './tabs/context';
import { mountHistoryTab } from './tabs/history';
import { type ModelTab, mountModelTab } from './tabs/model';
import { mountSurveysTab } from './tabs/surveys';

export function mountApp(root: HTMLElement, t: Messages, locale: string): void {
  let model: ModelTab | null = null;
  const context: TabContext = {
    t,
    locale,
    numbers: numberFormats(locale),
    sidebar: sidebarStateStore(),
    sheetData: sheetDataStore(),
    modelChanged: () => void model?.reload(),
  };
  const mounts: ((panel: HTMLElement) => void)[] = [
    (panel) => {
      model = mountModelTab(panel, t, locale, context.sidebar, context.sheetData);
    },
    (panel) => mountHistoryTab(panel, context),
    (panel) => mountBacktestTab(panel, context),
    (panel) => mountSurveysTab(panel, context),
  ];
  const mounted = new Set<number>();
  const tabs = tabList(t.tabsLabel, [t.tabModel, t.tabHistory, t.tabBacktest, t.tabSurveys], (index) => {
    if (mounted.has(index)) return;
    mounted.add(index);
    mounts[index](tabs.panels[index]);
  });
  replaceChildren(root, tabs.list, ...tabs.panels);
  tabs.select(0);
}
