/** What every tab is handed by the shell. */
import type { Messages } from '../../shared/messages';
import type { NumberFormats } from '../formatting';
import type { SheetDataStore, SidebarStateStore } from '../sidebar-state';

export interface TabContext {
  t: Messages;
  locale: string;
  numbers: NumberFormats;
  /** getSidebarState, shared with the Model tab. */
  sidebar: SidebarStateStore;
  /** getSheetData per sheet, shared with the Model tab. */
  sheetData: SheetDataStore;
  /** The Health Model changed on the server (learned weights applied or restored). */
  modelChanged(): void;
}
