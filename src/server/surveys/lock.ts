/** One writer of the Survey Responses sheet at a time (an import, a schedule, an assignment). */
import { fail } from '../../core/args';

/** How long to wait for another import to finish before giving up. */
const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock === null || !lock.tryLock(LOCK_WAIT_MS)) {
    fail(
      'Another survey import (or an assignment) is writing the Survey Responses sheet right now. ' +
        'Nothing was changed: try again in a minute.',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
