// PropertiesService: three string-valued stores kept on the workbook (values are stringified), with
// Apps Script's storage limits (quotas page: "Properties value size 9 KB / val", "Properties total
// storage 500 KB / property store"). Sizes count the key and the value in UTF-8 bytes, as Google
// does; a write past a limit throws and changes nothing (setProperties is all or nothing).
import { ownerEmail, runContext, userPropertiesOf } from '../auth';
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

/** 9 KB per property (key + value). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** 500 KB per property store (all keys + values). */
export const PROPERTY_STORE_LIMIT = 500 * 1024;
/** Longest key Google stores (larger ones fail with "Data storage error"). */
export const PROPERTY_KEY_LIMIT = 8066;
export const QUOTA_ERROR =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class Properties extends GasObject {
  constructor(
    private wb: Workbook,
    private store: Map<string, string>,
    /** Set when writes are refused (an editor's user properties inside a custom function). */
    private readOnly = false,
  ) {
    super();
  }
  private key(key: unknown): string {
    if (key === null || key === undefined || String(key) === '')
      throw this.wb.error(
        'When setting or getting a property value, the property name must not be null or empty.',
      );
    return String(key);
  }
  private writable(method: string): void {
    if (this.readOnly) throw this.wb.error(`You do not have permission to call ${method}`);
  }
  /** Applies the changes (null deletes) to a copy, checks the limits, then commits. */
  private commit(changes: [string, string | null][], clearFirst = false): void {
    const next = new Map(clearFirst ? [] : this.store);
    for (const [k, v] of changes) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    for (const [k, v] of changes) {
      if (v === null) continue;
      if (bytes(k) > PROPERTY_KEY_LIMIT) throw this.wb.error('Data storage error');
      if (bytes(k) + bytes(v) > PROPERTY_VALUE_LIMIT) throw this.wb.error(QUOTA_ERROR);
    }
    if (total > PROPERTY_STORE_LIMIT) throw this.wb.error(QUOTA_ERROR);
    if (clearFirst) this.store.clear();
    for (const [k, v] of changes) {
      if (v === null) this.store.delete(k);
      else this.store.set(k, v);
    }
  }
  getProperty(key: string): string | null {
    return this.store.get(this.key(key)) ?? null;
  }
  setProperty(key: string, value: unknown): Properties {
    this.writable('setProperty');
    this.commit([[this.key(key), String(value)]]);
    return this;
  }
  deleteProperty(key: string): Properties {
    this.writable('deleteProperty');
    this.store.delete(this.key(key));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    this.writable('setProperties');
    const changes = Object.entries(properties).map(([k, v]): [string, string] => [this.key(k), String(v)]);
    this.commit(changes, deleteAllOthers);
    return this;
  }
  deleteAllProperties(): Properties {
    this.writable('deleteAllProperties');
    this.store.clear();
    return this;
  }
  getKeys(): string[] {
    return this.wb.arr(this.store.keys());
  }
}

export class PropertiesService extends GasObject {
  constructor(private wb: Workbook) {
    super();
  }
  getDocumentProperties(): Properties {
    return new Properties(this.wb, this.wb.properties.document);
  }
  /**
   * In a custom function these are the spreadsheet owner's properties, which other editors cannot
   * set (custom-functions guide); otherwise the active user's.
   */
  getUserProperties(): Properties {
    if (runContext(this.wb).authMode === 'CUSTOM_FUNCTION') {
      const owner = ownerEmail(this.wb);
      return new Properties(this.wb, userPropertiesOf(this.wb, owner), owner !== this.wb.userEmail);
    }
    return new Properties(this.wb, this.wb.properties.user);
  }
  getScriptProperties(): Properties {
    return new Properties(this.wb, this.wb.properties.script);
  }
}
