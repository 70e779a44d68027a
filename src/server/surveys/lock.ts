/** One writer of the Survey Responses sheet at a time (an import, a schedule, an assignment). */
import { refuse } from './say';

/** How long to wait for another import to finish before giving up. */
const LOCK_WAIT_MS = 30_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock === null || !lock.tryLock(LOCK_WAIT_MS)) {
    refuse('surveyBusy');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
