/** Survey responses no account matched: who, what they answered, when; assign each to an account. */
import type { Messages } from '../../shared/messages';
import { format } from '../../shared/messages';
import type { SurveyState } from '../../shared/protocol';
import { call } from '../client';
import { h, replaceChildren, uid } from '../dom';
import { dateTime, errorMessage } from '../formatting';

export interface UnmatchedList {
  element: HTMLElement;
  show(state: SurveyState): void;
}

export function unmatchedList(
  t: Messages,
  locale: string,
  onAssigned: (state: SurveyState) => void,
): UnmatchedList {
  const headingId = uid('unmatched');
  const heading = h('h2', { attrs: { id: headingId, tabindex: -1 }, text: t.unmatchedHeading });
  const note = h('p', { cls: 'hint' });
  const list = h('ul', {
    cls: 'unmatched',
    attrs: { 'aria-labelledby': headingId, 'data-testid': 'unmatched' },
  });
  const status = h('p', {
    cls: 'line-status',
    attrs: { 'aria-live': 'polite', 'data-testid': 'assign-status' },
  });
  const element = h(
    'section',
    { cls: 'panel', attrs: { 'aria-labelledby': headingId } },
    heading,
    note,
    list,
    status,
  );
  let selects: HTMLSelectElement[] = [];
  /**
   * Accounts the user chose but has not assigned yet, by response: the list is drawn again when
   * an import or an assignment refreshes it, and a choice made meanwhile must survive that.
   */
  const chosen = new Map<string, string>();

  function show(state: SurveyState): void {
    note.textContent = state.unmatched.length === 0 ? t.unmatchedNone : t.unmatchedHint;
    // One list of accounts, cloned per response: thousands of options are built once.
    const template = h(
      'select',
      {},
      h('option', { attrs: { value: '' }, text: t.unmatchedChoose }),
      ...state.accounts.map((account) => {
        const option = h('option', { attrs: { dir: 'auto' }, text: account });
        option.value = account;
        return option;
      }),
    );
    selects = [];
    const accounts = new Set(state.accounts);
    const listed = new Set(state.unmatched.map((response) => response.responseId));
    for (const [responseId, account] of chosen)
      if (!listed.has(responseId) || !accounts.has(account)) chosen.delete(responseId);
    replaceChildren(
      list,
      ...state.unmatched.map((response, index) => {
        const select = template.cloneNode(true) as HTMLSelectElement;
        select.setAttribute('aria-label', format(t.unmatchedAccountOf, { respondent: response.respondent }));
        // A likely typo or abbreviation is chosen in advance; only Assign makes it the account.
        const account = chosen.get(response.responseId) ?? response.suggestion;
        if (account !== undefined) select.value = account;
        select.addEventListener('change', () => chosen.set(response.responseId, select.value));
        selects.push(select);
        const button = h('button', {
          cls: 'secondary small',
          text: t.unmatchedAssign,
          attrs: {
            type: 'button',
            'aria-label': format(t.unmatchedAssignOf, { respondent: response.respondent }),
          },
          on: {
            click: () => {
              if (select.value === '') {
                status.textContent = t.unmatchedChooseFirst;
                select.focus();
                return;
              }
              void assign(response.responseId, response.respondent, select.value, index, button);
            },
          },
        });
        return h(
          'li',
          {},
          h(
            'div',
            { cls: 'account' },
            h('span', { cls: 'name' }, h('bdi', { text: response.respondent })),
            h('span', { cls: 'score', text: dateTime(response.submitted, locale) }),
          ),
          h('p', { cls: 'hint', text: format(t.unmatchedAnswer, { answer: response.answer }) }),
          response.suggestion !== undefined &&
            h('p', {
              cls: 'hint',
              attrs: { 'data-testid': 'suggestion' },
              text: format(t.unmatchedSuggested, { account: response.suggestion }),
            }),
          h('div', { cls: 'inline' }, select, button),
        );
      }),
    );
  }

  async function assign(
    responseId: string,
    respondent: string,
    account: string,
    index: number,
    button: HTMLButtonElement,
  ): Promise<void> {
    button.disabled = true;
    status.textContent = t.unmatchedAssigning;
    try {
      const state = await call('assignSurveyResponse', { responseId, account });
      onAssigned(state);
      status.textContent = format(t.unmatchedAssigned, { respondent, account });
      // Focus stays in the list: on the response that took this one's place, else the heading.
      (selects[Math.min(index, selects.length - 1)] ?? heading).focus();
    } catch (error) {
      status.textContent = format(t.unmatchedAssignFailed, { message: errorMessage(error) });
      button.disabled = false;
    }
  }

  return { element, show };
}
