// Picks the interface strings for the site's `language`, with the `strings` setting's overrides, and fills placeholders.
import type { Catalogue, LanguageStrings, Message, StringKey } from "./catalogue.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { ja } from "./ja.ts";
import { ko } from "./ko.ts";
import { zh } from "./zh.ts";

/** The languages shipped, by BCP 47 primary subtag. A new language is a new file and a new line here. */
export const LANGUAGES: Readonly<Record<string, LanguageStrings>> = { en, fr, de, es, ja, ko, zh };

/** Every key of the catalogue, for the `strings` setting's check. */
export const STRING_KEYS: readonly StringKey[] = Object.keys(en) as StringKey[];

/** Values for a message's `{placeholders}`; `count` also picks the plural form. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** An interface string, its placeholders filled: what the layouts call for every word they show. */
export type Translate = (key: StringKey, values?: MessageValues) => string;

/** The shipped catalogue closest to a BCP 47 tag (`de-CH` → German); English when none is. */
export function catalogueFor(language: string): LanguageStrings {
  const primary = language.toLowerCase().split(/[-_]/)[0] ?? "";
  return LANGUAGES[primary] ?? en;
}

/** The translate function for a site: its language's strings, each overridable by the `strings` setting. */
export function interfaceStrings(language: string, overrides: Partial<Catalogue> = {}): Translate {
  const strings: Catalogue = { ...catalogueFor(language), ...overrides };
  const plurals = new Intl.PluralRules(language);
  return (key, values = {}) => fill(pick(strings[key], values.count, plurals), values);
}

function pick(message: Message, count: string | number | undefined, plurals: Intl.PluralRules): string {
  if (typeof message === "string") return message;
  const form = typeof count === "number" ? plurals.select(count) : "other";
  return message[form] ?? message.other;
}

/** `{name}` → its value; a placeholder without a value stays as written, so a typo shows instead of vanishing. */
function fill(text: string, values: MessageValues): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
