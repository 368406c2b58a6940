// Reads the tables of a WOFF2 font that the tests check (fvar, cmap, GSUB, GPOS), with Node's own Brotli.
import { brotliDecompressSync } from "node:zlib";

/** The WOFF2 specification's known table tags, by the index a table directory entry gives (63: tag follows). */
const KNOWN_TAGS = [
  "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep", "CFF ",
  "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS",
  "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar", "bdat", "bloc",
  "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar", "mort", "morx", "opbd", "prop",
  "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
]; // prettier-ignore

/**
 * The font's tables by tag, as stored: glyf, loca and hmtx may be in WOFF2's transformed form, every other
 * table is the plain OpenType table.
 */
export function woff2Tables(file: Buffer): Map<string, Buffer> {
  if (file.toString("latin1", 0, 4) !== "wOF2") throw new Error("not a WOFF2 file");
  const numTables = file.readUInt16BE(12);
  const compressedSize = file.readUInt32BE(20);
  let at = 48;
  const base128 = (): number => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = file.readUInt8(at++);
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error("bad UIntBase128");
  };
  const entries: Array<{ tag: string; length: number }> = [];
  for (let i = 0; i < numTables; i++) {
    const flags = file.readUInt8(at++);
    let tag = KNOWN_TAGS[flags & 0x3f];
    if ((flags & 0x3f) === 63) {
      tag = file.toString("latin1", at, at + 4);
      at += 4;
    }
    const version = flags >> 6;
    const origLength = base128();
    // glyf and loca are transformed unless their version is 3; any other table only when its version is not 0.
    const transformed = tag === "glyf" || tag === "loca" ? version !== 3 : version !== 0;
    entries.push({ tag: tag!, length: transformed ? base128() : origLength });
  }
  const data = brotliDecompressSync(file.subarray(at, at + compressedSize));
  const tables = new Map<string, Buffer>();
  let offset = 0;
  for (const { tag, length } of entries) {
    tables.set(tag, data.subarray(offset, offset + length));
    offset += length;
  }
  return tables;
}

function table(tables: Map<string, Buffer>, tag: string): Buffer {
  const found = tables.get(tag);
  if (!found) throw new Error(`no ${tag} table`);
  return found;
}

/** Each variation axis: tag, minimum, default and maximum (fvar). */
export function axes(tables: Map<string, Buffer>): Array<{ tag: string; min: number; default: number; max: number }> {
  const fvar = table(tables, "fvar");
  const first = fvar.readUInt16BE(4);
  const count = fvar.readUInt16BE(8);
  const size = fvar.readUInt16BE(10);
  return Array.from({ length: count }, (_, index) => {
    const at = first + index * size;
    const fixed = (offset: number) => fvar.readInt32BE(at + offset) / 65536;
    return { tag: fvar.toString("latin1", at, at + 4), min: fixed(4), default: fixed(8), max: fixed(12) };
  });
}

/** The OpenType feature tags of a GSUB or GPOS table, each once, sorted. */
export function features(tables: Map<string, Buffer>, tag: "GSUB" | "GPOS"): string[] {
  const layout = tables.get(tag);
  if (!layout) return [];
  const list = layout.readUInt16BE(6);
  const count = layout.readUInt16BE(list);
  const tags = Array.from({ length: count }, (_, index) =>
    layout.toString("latin1", list + 2 + index * 6, list + 6 + index * 6),
  );
  return [...new Set(tags)].sort();
}

/** Every character the font maps to a glyph (cmap: the format 12 subtable, else format 4). */
export function characters(tables: Map<string, Buffer>): Set<number> {
  const cmap = table(tables, "cmap");
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, index) => cmap.readUInt32BE(8 + index * 8));
  const found = new Set<number>();
  const format12 = subtables.find((offset) => cmap.readUInt16BE(offset) === 12);
  if (format12 !== undefined) {
    const groups = cmap.readUInt32BE(format12 + 12);
    for (let group = 0; group < groups; group++) {
      const at = format12 + 16 + group * 12;
      for (let code = cmap.readUInt32BE(at); code <= cmap.readUInt32BE(at + 4); code++) found.add(code);
    }
    return found;
  }
  const format4 = subtables.find((offset) => cmap.readUInt16BE(offset) === 4);
  if (format4 === undefined) throw new Error("no cmap subtable of format 4 or 12");
  const segments = cmap.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const start = cmap.readUInt16BE(starts + segment * 2);
    const end = cmap.readUInt16BE(ends + segment * 2);
    const delta = cmap.readUInt16BE(deltas + segment * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + segment * 2);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const at = rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2;
      const glyph = rangeOffset === 0 ? (code + delta) & 0xffff : cmap.readUInt16BE(at);
      if (glyph !== 0) found.add(code);
    }
  }
  return found;
}
