// Orderings that give the same result on every machine: output must not depend on locale or input order.

/** Code-point order, unlike `localeCompare`, which varies with the machine's ICU data and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
