/**
 * One writer at a time per document: a snapshot from the daily trigger and a click in the
 * sidebar, or two editors, must not both write the history or both send the digest.
 */
import { fail } from '../core/args';

/** How long to wait for the other run to finish before giving up. */
const LOCK_WAIT_MS = 30_000;

/**
 * Runs `work` holding the document lock, or fails with `busy` (nothing written) when another run
 * holds it past the wait. Outside a document `getDocumentLock()` is null
 * (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()): no
 * editor can race that run, so it goes ahead without one.
 */
export function withDocumentLock<T>(busy: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (lock === null) return work();
  if (!lock.tryLock(LOCK_WAIT_MS)) fail(busy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
