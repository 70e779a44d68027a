// HtmlService: outputs from strings or '<name>.html' files next to Code.js, and templates with
// <?= ?> (HTML-escaped), <?!= ?> (raw) and <? ?> (code) scriptlets, evaluated in the add-on's scope.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { GasObject } from '../counting';
import type { Workbook } from '../workbook';

export const SandboxMode = Object.freeze({ IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' });
export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });

export class HtmlOutput extends GasObject {
  private title = '';
  private width = 300;
  private height = 500;
  constructor(private content: string) {
    super();
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }
  append(html: string): HtmlOutput {
    this.content += html;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  setSandboxMode(): HtmlOutput {
    return this;
  }
  setXFrameOptionsMode(): HtmlOutput {
    return this;
  }
  addMetaTag(): HtmlOutput {
    return this;
  }
  setFaviconUrl(): HtmlOutput {
    return this;
  }
}

export const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Turns template text into the body of a function(__t, __esc) returning the HTML. */
export function compileTemplate(source: string): string {
  let code = 'var __o = "";\nwith (__t) {\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__o += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2].trim().replace(/;$/, '');
    if (m[1] === '=') code += `__o += __esc(${body});\n`;
    else if (m[1] === '!=') code += `__o += __str(${body});\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__o += ${JSON.stringify(source.slice(last))};\n}\nreturn __o;`;
  return code;
}

export class HtmlTemplate extends GasObject {
  [key: string]: unknown;
  constructor(
    private readonly wb: Workbook,
    private readonly source: string,
  ) {
    super();
  }
  getRawContent(): string {
    return this.source;
  }
  getCode(): string {
    return compileTemplate(this.source);
  }
  evaluate(): HtmlOutput {
    const params = ['__t', '__esc', '__str'];
    const body = compileTemplate(this.source);
    const ctx = this.wb.scriptContext;
    const fn = (
      ctx
        ? vm.compileFunction(body, params, { parsingContext: ctx as vm.Context })
        : new Function(...params, body)
    ) as (t: object, esc: (v: unknown) => string, str: (v: unknown) => string) => string;
    const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (k !== 'wb' && k !== 'source') vars[k] = this[k];
    return new HtmlOutput(fn(vars, (v) => escapeHtml(str(v)), str));
  }
}

export class HtmlService extends GasObject {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private wb: Workbook) {
    super();
  }
  private read(name: string): string {
    const file = join(this.wb.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(file)) throw this.wb.error(`No HTML file named ${name} was found.`);
    return readFileSync(file, 'utf8');
  }
  createHtmlOutput(html = ''): HtmlOutput {
    return new HtmlOutput(String(html));
  }
  createHtmlOutputFromFile(name: string): HtmlOutput {
    return new HtmlOutput(this.read(name));
  }
  createTemplate(html: string): HtmlTemplate {
    return new HtmlTemplate(this.wb, String(html));
  }
  createTemplateFromFile(name: string): HtmlTemplate {
    return new HtmlTemplate(this.wb, this.read(name));
  }
}
