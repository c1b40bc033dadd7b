/**
 * The fonts share cards are drawn in, shipped with the project (Noto Sans, SIL Open Font Licence
 * 1.1, from the `@expo-google-fonts/noto-sans` package) and loaded by path, so every machine draws
 * the same card: no system fonts, nothing fetched. Also measures text in them, to wrap titles.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The family name written in the cards' SVG. */
export const fontFamily = 'Noto Sans';

/** The two weights the cards use, as file paths. */
export const fontFiles = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

/** Advance widths of one font: what a line of text will measure when drawn. */
export interface FontMetrics {
  /** The width of `text` drawn at `size` pixels, before kerning (which only narrows it). */
  width(text: string, size: number): number;
}

/** Reads the tables a width needs (head, hhea, hmtx, cmap) from a TrueType file. */
export function readMetrics(font: Buffer): FontMetrics {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`The font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metricsCount = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  // Glyphs past the last long metric share its advance (the TrueType rule for monospaced tails).
  const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));
  const glyphOf = cmapLookup(font, table('cmap'));
  const cache = new Map<number, number>();
  const advanceOf = (codePoint: number) => {
    if (!cache.has(codePoint)) cache.set(codePoint, advance(glyphOf(codePoint)) / unitsPerEm);
    return cache.get(codePoint)!;
  };
  return {
    width: (text, size) => [...text].reduce((sum, char) => sum + advanceOf(char.codePointAt(0)!), 0) * size,
  };
}

/** The glyph of a character, from the font's Unicode cmap (format 12 when present, else format 4); 0 (.notdef) when missing. */
function cmapLookup(font: Buffer, cmap: number): (codePoint: number) => number {
  const subtables = Array.from({ length: font.readUInt16BE(cmap + 2) }, (_, i) => ({
    platform: font.readUInt16BE(cmap + 4 + i * 8),
    encoding: font.readUInt16BE(cmap + 6 + i * 8),
    offset: cmap + font.readUInt32BE(cmap + 8 + i * 8),
  })).map((subtable) => ({ ...subtable, format: font.readUInt16BE(subtable.offset) }));
  const full = subtables.find((s) => s.format === 12 && (s.platform === 0 || (s.platform === 3 && s.encoding === 10)));
  if (full) {
    const groups = font.readUInt32BE(full.offset + 12);
    return (codePoint) => {
      for (let i = 0; i < groups; i++) {
        const group = full.offset + 16 + i * 12;
        const start = font.readUInt32BE(group);
        if (codePoint >= start && codePoint <= font.readUInt32BE(group + 4)) return font.readUInt32BE(group + 8) + codePoint - start;
      }
      return 0;
    };
  }
  const bmp = subtables.find((s) => s.format === 4 && (s.platform === 0 || (s.platform === 3 && s.encoding === 1)));
  if (!bmp) throw new Error('The font has no Unicode character map');
  const segments = font.readUInt16BE(bmp.offset + 6) / 2;
  const ends = bmp.offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (codePoint < start) return 0;
      const delta = font.readInt16BE(deltas + i * 2);
      const rangeOffset = font.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

let loaded: { regular: FontMetrics; bold: FontMetrics } | undefined;

/** The metrics of both weights, read once. */
export function fontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  loaded ??= { regular: readMetrics(readFileSync(fontFiles.regular)), bold: readMetrics(readFileSync(fontFiles.bold)) };
  return loaded;
}
