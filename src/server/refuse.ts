/** Ends an action with a message from the server's catalogue, in the user's language. */
import { fail } from '../core/args';
import type { ServerMessages } from '../shared/messages/server';
import type { MessageParams } from '../shared/messages/text';
import { userText } from './locale';

/**
 * `{menu}` (and `{setUp}`, as the override messages call it) in a message is the set-up menu
 * item, as the user's menu names it. The locale is read only here: it is a service call.
 */
export function refuse(key: keyof ServerMessages, params: MessageParams = {}): never {
  const text = userText();
  const setUp = text.messages.menuSetUp;
  return fail(text.format(text.messages[key], { menu: setUp, setUp, ...params }));
}
