// Plain data written as TypeScript source in the project's format (Prettier's: double quotes, trailing commas).

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const WIDTH = 100;

export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** `value` as a TypeScript expression; `indent` is the indentation of the line it starts on. */
export function tsValue(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const items = value.map((item) => tsValue(item, inner));
    const flat = `[${items.join(", ")}]`;
    if (!flat.includes("\n") && indent.length + flat.length < WIDTH) return flat;
    return `[\n${items.map((item) => `${inner}${item},\n`).join("")}${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    const items = entries.map(([key, item]) => `${propertyKey(key)}: ${tsValue(item, inner)}`);
    const flat = `{ ${items.join(", ")} }`;
    if (!flat.includes("\n") && indent.length + flat.length < WIDTH) return flat;
    return `{\n${items.map((item) => `${inner}${item},\n`).join("")}${indent}}`;
  }
  return JSON.stringify(String(value));
}
