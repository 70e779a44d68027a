/** Messages from the server's catalogue in the user's language, and actions ended with one. */
import { fail } from '../core/args';
import type { ServerMessages } from '../shared/messages/server';
import type { MessageParams } from '../shared/messages/text';
import { userText } from './locale';

/**
 * A catalogue message in the user's language. `{menu}` (and `{setUp}`, as the override messages
 * call it) is the set-up menu item, as the user's menu names it. The locale is read only when a
 * message is needed: reading it is a service call.
 */
export function userMessage(key: keyof ServerMessages, params: MessageParams = {}): string {
  const text = userText();
  const setUp = text.messages.menuSetUp;
  return text.format(text.messages[key], { menu: setUp, setUp, ...params });
}

export function refuse(key: keyof ServerMessages, params: MessageParams = {}): never {
  return fail(userMessage(key, params));
}
