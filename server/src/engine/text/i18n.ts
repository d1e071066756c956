// Every user-facing string exists in each supported language: `Localized` makes a missing
// translation a compile error, and a test checks none is empty.

export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];
export type Localized = Readonly<Record<Locale, string>>;

/** VS Code's display language (`zh-cn`, `zh-CN`, `zh-hans`, `en-us`, ...) -> a supported locale. */
export function toLocale(displayLanguage: string | undefined): Locale {
  const tag = (displayLanguage ?? 'en').toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-cn') || tag.startsWith('zh-hans') || tag === 'zh-sg' ? 'zh-cn' : 'en';
}

/** Fills `{name}` placeholders; a placeholder with no value becomes `?`. */
export function fill(template: string, values: (name: string) => string | undefined): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => values(name) ?? '?');
}

/** A table's text for `key` in the locale, its `{name}` placeholders filled from `values`. */
export function localize<K extends string>(table: Readonly<Record<K, Localized>>, key: K, locale: Locale, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(table[key][locale], (name) => (Object.hasOwn(values, name) ? String(values[name]) : undefined));
}
