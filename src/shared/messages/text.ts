/** Locale and placeholder helpers, free of any catalogue (the server bundle imports only these). */

/** The primary language subtag, lower-cased: `fa-IR` → `fa`, `pt_BR` → `pt`. */
export function languageOf(locale: string | null | undefined): string {
  return (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A locale as a catalogue key: `ro_RO` → `ro-ro`. */
export function localeKey(locale: string | null | undefined): string {
  return (locale ?? '').trim().toLowerCase().replace(/_/g, '-');
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
