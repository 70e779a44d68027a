/**
 * "Use this model in BigQuery", a collapsible section at the bottom of the Model tab: the user
 * names the table (and optionally the account ID column and the history table); the view and the
 * daily snapshot of the model being edited appear in read-only boxes, each with a Copy button.
 * Nothing is sent anywhere: the SQL is written in the browser (bigquery-sql.ts).
 */
import type { HealthModel } from '../../core/model';
import { isSegmented } from '../../core/segments';
import type { SqlColumn } from '../../core/sql';
import type { Messages } from '../../shared/messages';
import type { BandSettings } from '../../shared/protocol';
import { bigQuerySql, inferColumns } from '../bigquery-sql';
import { debounce, h, replaceChildren, uid } from '../dom';
import type { PreviewData } from '../preview';
import { setFieldError, textField } from './field';

export interface BigQueryPanel {
  element: HTMLElement;
  /** The sheet and the model being edited changed (model null: the draft has errors). */
  update(sheet: PreviewData | null, model: HealthModel | null, bands: BandSettings | null): void;
}

const TYPING_MS = 150;

export function bigQueryPanel(t: Messages): BigQueryPanel {
  let sheet: PreviewData | null = null;
  let columns: SqlColumn[] = [];
  let model: HealthModel | null = null;
  let bands: BandSettings | null = null;
  /** The ID column the user chose (null: none); undefined until they choose: the name column. */
  let chosenId: string | null | undefined;

  const later = debounce(render, TYPING_MS);
  const table = textField({
    label: t.bigQueryTable,
    placeholder: t.bigQueryTablePlaceholder,
    dir: 'auto',
    onInput: later,
  });
  table.input.setAttribute('data-testid', 'bigquery-table');
  const history = textField({
    label: t.bigQueryHistory,
    placeholder: t.bigQueryHistoryPlaceholder,
    dir: 'auto',
    onInput: later,
  });
  const idSelectId = uid('bq-id');
  const idSelect = h('select', {
    attrs: { id: idSelectId },
    on: {
      change: () => {
        chosenId = idSelect.value === '' ? null : idSelect.value;
        render();
      },
    },
  });

  const problem = h('p', { cls: 'error', attrs: { 'aria-live': 'polite', 'data-testid': 'bigquery-error' } });
  const view = sqlBox(t, t.bigQueryViewHeading, t.bigQueryViewLabel, t.bigQueryCopyView, 'bigquery-view');
  const snapshot = sqlBox(
    t,
    t.bigQuerySnapshotHeading,
    t.bigQuerySnapshotLabel,
    t.bigQueryCopySnapshot,
    'bigquery-snapshot',
  );
  const snapshotNote = h('p', { cls: 'hint' });
  const output = h('div', { attrs: { hidden: true } }, view.element, snapshot.element, snapshotNote);

  const element = h(
    'details',
    { cls: 'panel bigquery', attrs: { 'data-testid': 'bigquery' }, on: { toggle: () => render() } },
    h('summary', { text: t.bigQueryHeading }),
    h('p', { cls: 'hint', text: t.bigQueryIntro }),
    table.wrap,
    h(
      'div',
      { cls: 'field' },
      h('label', { attrs: { for: idSelectId }, text: t.bigQueryIdColumn }),
      idSelect,
    ),
    history.wrap,
    h('p', { cls: 'hint', text: t.bigQueryTypesHint }),
    problem,
    output,
    h('p', { cls: 'hint', text: t.bigQueryReadme }),
  );

  function idColumn(): string | null {
    if (chosenId !== undefined) return chosenId;
    return sheet === null ? null : (sheet.headers[sheet.nameColumn]?.trim() ?? null) || null;
  }

  function renderIdOptions(): void {
    const names = columns.map((column) => column.name);
    if (chosenId !== undefined && chosenId !== null && !names.includes(chosenId)) chosenId = undefined;
    const selected = idColumn();
    replaceChildren(
      idSelect,
      h('option', { attrs: { value: '' }, text: t.bigQueryIdNone }),
      ...names.map((name) => {
        const option = h('option', { attrs: { dir: 'auto' }, text: name });
        option.value = name;
        return option;
      }),
    );
    idSelect.value = selected !== null && names.includes(selected) ? selected : '';
  }

  function render(): void {
    // Written only while the section is open: a closed one costs nothing per keystroke.
    if (!(element as HTMLDetailsElement).open) return;
    const message = writeSql();
    problem.textContent = message ?? '';
    output.hidden = message !== null;
  }

  /** Fills the boxes and returns null; else returns what to say instead ('' for nothing). */
  function writeSql(): string | null {
    setFieldError(table.input, table.error, undefined);
    setFieldError(history.input, history.error, undefined);
    if (sheet === null) return '';
    if (model === null || bands === null) return t.bigQueryFixErrors;
    if (isSegmented(model)) return t.bigQuerySegments;
    const outcome = bigQuerySql(
      model,
      bands,
      columns,
      {
        table: table.input.value,
        idColumn: idSelect.value === '' ? null : idSelect.value,
        history: history.input.value,
      },
      t,
    );
    if (outcome.kind === 'empty') return '';
    if (outcome.kind === 'problem') {
      // A name that is not one is said next to its field.
      const field =
        outcome.message === t.bigQueryTableInvalid
          ? table
          : outcome.message === t.bigQueryHistoryInvalid
            ? history
            : null;
      if (field === null) return outcome.message;
      setFieldError(field.input, field.error, outcome.message);
      return '';
    }
    view.show(outcome.view);
    snapshot.show(outcome.snapshot ?? '');
    snapshot.element.hidden = outcome.snapshot === null;
    snapshotNote.textContent = outcome.snapshot === null ? t.bigQuerySnapshotNeedsId : '';
    return null;
  }

  return {
    element,
    update(nextSheet, nextModel, nextBands) {
      if (nextSheet !== sheet) {
        sheet = nextSheet;
        columns = sheet === null ? [] : inferColumns(sheet.headers, sheet.rows);
        renderIdOptions();
      }
      model = nextModel;
      bands = nextBands;
      render();
    },
  };
}

interface SqlBox {
  element: HTMLElement;
  show(text: string): void;
}

/** A heading, a read-only box of SQL and its Copy button with what copying did. */
function sqlBox(t: Messages, heading: string, label: string, copyLabel: string, testId: string): SqlBox {
  const area = h('textarea', {
    cls: 'sql',
    attrs: {
      readonly: true,
      rows: 8,
      wrap: 'off',
      dir: 'ltr',
      spellcheck: 'false',
      'aria-label': label,
      'data-testid': testId,
    },
  });
  const status = h('span', { cls: 'hint copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = h('button', {
    cls: 'secondary small',
    text: t.bigQueryCopy,
    attrs: { type: 'button', 'aria-label': copyLabel },
    on: { click: () => void copy() },
  });

  async function copy(): Promise<void> {
    status.textContent = '';
    const text = area.value;
    try {
      if (navigator.clipboard?.writeText !== undefined) {
        await navigator.clipboard.writeText(text);
        status.textContent = t.bigQueryCopied;
        return;
      }
    } catch {
      // The sidebar's frame may not be allowed the clipboard: select the text instead.
    }
    area.focus();
    area.setSelectionRange(0, text.length);
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    status.textContent = copied ? t.bigQueryCopied : t.bigQuerySelected;
  }

  const element = h(
    'div',
    { cls: 'sql-box' },
    h('h3', { text: heading }),
    area,
    h('div', { cls: 'copy-row' }, button, status),
  );
  return {
    element,
    show(text) {
      if (area.value !== text) {
        area.value = text;
        status.textContent = '';
      }
    },
  };
}
