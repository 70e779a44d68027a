// PropertiesService: three string-valued stores kept on the workbook (values are stringified).
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

export class Properties extends GasObject {
  constructor(
    private wb: Workbook,
    private store: Map<string, string>,
  ) {
    super();
  }
  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: unknown): Properties {
    this.store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): Properties {
    this.store.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): Properties {
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(properties)) this.store.set(k, String(v));
    return this;
  }
  deleteAllProperties(): Properties {
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
  getUserProperties(): Properties {
    return new Properties(this.wb, this.wb.properties.user);
  }
  getScriptProperties(): Properties {
    return new Properties(this.wb, this.wb.properties.script);
  }
}
