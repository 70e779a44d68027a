// LockService: the emulator is single-threaded, so a lock is only "held by someone else" when a
// test took it with another Lock object (or workbook.locks); waiting cannot make it free. As in
// Apps Script, getDocumentLock() is null outside a document (a trigger fired with
// { document: false }), and each user has their own user lock.
import { runContext } from '../auth';
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

export class Lock extends GasObject {
  constructor(
    private wb: Workbook,
    private kind: string,
  ) {
    super();
  }
  private holder(): object | null {
    return this.wb.locks.get(this.kind) ?? null;
  }
  tryLock(_timeoutInMillis: number): boolean {
    const h = this.holder();
    if (h !== null && h !== this) return false;
    this.wb.locks.set(this.kind, this);
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw this.wb.error('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    if (this.holder() === this) this.wb.locks.set(this.kind, null);
  }
  hasLock(): boolean {
    return this.holder() === this;
  }
}

export class LockService extends GasObject {
  constructor(private wb: Workbook) {
    super();
  }
  getDocumentLock(): Lock | null {
    return runContext(this.wb).document ? new Lock(this.wb, 'document') : null;
  }
  getScriptLock(): Lock {
    return new Lock(this.wb, 'script');
  }
  getUserLock(): Lock {
    return new Lock(this.wb, `user:${this.wb.userEmail}`);
  }
}
