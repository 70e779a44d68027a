/** Ends an action with a message from the server's catalogue, in the user's language. */
import { fail } from '../core/args';
import type { ServerMessages } from '../shared/messages/server';
import type { MessageParams } from '../shared/messages/text';
import { userText } from './locale';

/** `{menu}` in a message is the set-up menu item, as the user's menu names it. */
export function refuse(key: keyof ServerMessages, params: MessageParams = {}): never {
  const text = userText();
  return fail(text.format(text.messages[key], { menu: text.messages.menuSetUp, ...params }));
}
