import type { Page } from 'playwright-core';

/**
 * How the playground page draws one cell: its computed background, font weight and style.
 * Looked up and read in one evaluation, because the page redraws its grid every time the
 * workbook changes (a 500 ms poll): a locator resolved before a redraw points at a detached
 * cell, whose computed style is empty. Null while the cell is not drawn.
 */
export function drawnCell(
  page: Page,
  a1: string,
): Promise<{ background: string; fontWeight: string; fontStyle: string } | null> {
  return page.evaluate((cell) => {
    const td = document.querySelector(`#grid td[data-cell="${cell}"]`);
    if (!td) return null;
    const style = getComputedStyle(td);
    return { background: style.backgroundColor, fontWeight: style.fontWeight, fontStyle: style.fontStyle };
  }, a1);
}
