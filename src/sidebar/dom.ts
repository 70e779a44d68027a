/**
 * A tiny element builder. Text goes in through textContent and attributes through setAttribute
 * only: nothing here parses HTML, so sheet-provided text (headers, account names) is always shown
 * literally.
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  /** Attributes; `null`/`undefined`/`false` leave it out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Class name(s). */
  cls?: string;
  text?: string;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.cls) element.className = props.cls;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (props.text !== undefined) element.textContent = props.text;
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element (it needs the SVG namespace, so `h` cannot make it); text only as textContent. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | null | undefined> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, ...children);
  return element;
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let nextId = 0;
/** A document-unique id for label/aria wiring (never derived from sheet text). */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };
}

/**
 * Text that may be an e-mail address or a web address, with line-break opportunities (<wbr>)
 * after "@", "." and "/", so a long address wraps between its parts, never inside a word.
 */
export function breakableText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!'@./'.includes(text[i]) || i === text.length - 1) continue;
    fragment.append(text.slice(start, i + 1), document.createElement('wbr'));
    start = i + 1;
  }
  fragment.append(text.slice(start));
  return fragment;
}
