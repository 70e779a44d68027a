/**
 * The sidebar's sections as an ARIA tablist: one Tab stop for the whole list, arrow keys move and
 * select (mirrored right to left), Home / End jump to the ends. Panels are hidden, not removed,
 * so each keeps its state while another is shown.
 */
import { h, uid } from '../dom';

export interface TabList {
  list: HTMLElement;
  panels: HTMLElement[];
  select(index: number, focus?: boolean): void;
}

export function tabList(label: string, names: readonly string[], onSelect: (index: number) => void): TabList {
  const tabs = names.map((name) => {
    const id = uid('tab');
    return h('button', {
      cls: 'tab',
      text: name,
      attrs: { id, type: 'button', role: 'tab', 'aria-controls': `${id}-panel` },
    });
  });
  const panels = tabs.map((tab) =>
    h('section', {
      cls: 'tabpanel',
      attrs: { id: `${tab.id}-panel`, role: 'tabpanel', 'aria-labelledby': tab.id },
    }),
  );
  let selected = -1;

  function select(index: number, focus = false): void {
    tabs.forEach((tab, i) => {
      tab.setAttribute('aria-selected', String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panels[i].hidden = i !== index;
    });
    if (focus) tabs[index].focus();
    if (index === selected) return;
    selected = index;
    onSelect(index);
  }

  function onKey(event: KeyboardEvent): void {
    const current = tabs.indexOf(event.target as HTMLButtonElement);
    if (current === -1) return;
    const rtl = getComputedStyle(list).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number;
    if (step !== undefined) next = (current + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    select(next, true);
  }

  const list = h(
    'div',
    { cls: 'tablist', attrs: { role: 'tablist', 'aria-label': label }, on: { keydown: onKey } },
    ...tabs,
  );
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => select(i));
  });
  return { list, panels, select };
}
