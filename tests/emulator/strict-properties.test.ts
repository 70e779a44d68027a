/** PropertiesService limits, as strict as Apps Script (quotas page: 9 KB per value, 500 KB per store). */
import { describe, expect, it } from 'vitest';
import { createWorkbook } from '../../dev/emulator/index';
import { loadScript } from './load-script';

const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const props = () => {
  const wb = createWorkbook({ Data: [[1]] });
  return { wb, doc: wb.services.PropertiesService.getDocumentProperties() };
};

describe('PropertiesService: 9 KB per property', () => {
  it('accepts key + value up to 9,216 bytes and refuses one byte more, changing nothing', () => {
    const { wb, doc } = props();
    doc.setProperty('k', 'x'.repeat(9 * 1024 - 1)); // 1-byte key + 9,215-byte value
    expect(doc.getProperty('k')).toHaveLength(9215);
    expect(() => doc.setProperty('k', 'y'.repeat(9 * 1024))).toThrow(QUOTA);
    expect(doc.getProperty('k')).toBe('x'.repeat(9215)); // the old value stays
    expect(() => doc.setProperty('big', 'z'.repeat(20_000))).toThrow(QUOTA);
    expect(wb.properties.document.has('big')).toBe(false);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const { doc } = props();
    const accents = 'é'.repeat(4700); // 4,700 characters, 9,400 bytes
    expect(() => doc.setProperty('note', accents)).toThrow(QUOTA);
    doc.setProperty('note', 'é'.repeat(4000)); // 8,000 bytes
    expect(doc.getProperty('note')).toHaveLength(4000);
  });

  it('throws an Error of the script realm, which the script can catch', () => {
    const wb = createWorkbook({ Data: [[1]] });
    const scope = loadScript(
      wb,
      `function save(n) {
        try { PropertiesService.getUserProperties().setProperty('snapshot', new Array(n + 1).join('a')); return 'ok'; }
        catch (e) { return (e instanceof Error) + ':' + e.message; }
      }`,
    );
    expect(scope.save(9000)).toBe('ok');
    expect(scope.save(9300)).toBe(`true:${QUOTA}`);
  });

  it('refuses empty keys and keys Google cannot store', () => {
    const { doc } = props();
    expect(() => doc.setProperty('', 'x')).toThrow(/property name must not be null or empty/);
    expect(() => doc.setProperty('k'.repeat(8067), '')).toThrow('Data storage error');
  });
});

describe('PropertiesService: 500 KB per store', () => {
  it('counts every key and value of the store and keeps it unchanged on failure', () => {
    const { wb, doc } = props();
    let n = 0;
    expect(() => {
      for (;;) doc.setProperty(`key${String(n++).padStart(3, '0')}`, 'v'.repeat(9000));
    }).toThrow(QUOTA);
    // 56 properties of 9,006 bytes fit in 512,000 bytes; the 57th does not.
    expect(n).toBe(57);
    expect(wb.properties.document.size).toBe(56);
    expect(wb.properties.document.has('key056')).toBe(false);
    // Overwriting counts the new size only, and the other stores are separate.
    doc.setProperty('key000', 'small');
    wb.services.PropertiesService.getScriptProperties().setProperty('other', 'v'.repeat(9000));
  });

  it('setProperties is all or nothing', () => {
    const { wb, doc } = props();
    doc.setProperties({ a: '1', b: '2' });
    expect(() => doc.setProperties({ c: '3', d: 'x'.repeat(10_000) })).toThrow(QUOTA);
    expect(doc.getProperties()).toEqual({ a: '1', b: '2' });
    expect(() => doc.setProperties({ e: 'x'.repeat(10_000) }, true)).toThrow(QUOTA);
    expect(doc.getProperties()).toEqual({ a: '1', b: '2' }); // deleteAllOthers did not run either
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = 'v'.repeat(9000);
    expect(() => doc.setProperties(many)).toThrow(QUOTA);
    expect([...wb.properties.document.keys()]).toEqual(['a', 'b']);
    doc.setProperties({ only: 'x'.repeat(9000) }, true);
    expect(doc.getKeys()).toEqual(['only']);
  });
});
