/**
 * Russian as the search meets it: in Cyrillic, or typed in Latin letters on a keyboard without Cyrillic
 * ("posobie po bezrabotice", "rozhdenie rebenka"). Cyrillic is transliterated to Latin before anything else, so a
 * Russian text and a Latin-typed query meet on the same letters. People transliterate a few letters in more than
 * one way (х: h or kh, ц: c or ts, я: ya or ja, ю: yu or ju, й: y or j, щ: sch or shch): the catalogue's Russian
 * texts are indexed in both spellings (`transliterationVariants`), while a query is kept as typed.
 */

const PRIMARY: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const ALTERNATIVE: Record<string, string> = { ...PRIMARY, х: 'kh', ц: 'ts', ю: 'ju', я: 'ja', й: 'j', щ: 'shch', ж: 'z' };

const CYRILLIC = /[\u0400-\u04ff]/;
const transliterateWith = (table: Record<string, string>, text: string) => text.toLowerCase().replace(/[\u0400-\u04ff]/g, (c) => table[c] ?? c);

export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/** Cyrillic letters in their most common Latin spelling; other letters unchanged. */
export const transliterate = (text: string): string => transliterateWith(PRIMARY, text);

/** Cyrillic letters in their other Latin spelling (kh, ts, ja, ju, j, shch, z). */
export const transliterateAlternative = (text: string): string => transliterateWith(ALTERNATIVE, text);

/** The spellings a Russian text is found by: the common one and the alternative (none for text without Cyrillic). */
export function transliterationVariants(text: string): string[] {
  if (!hasCyrillic(text)) return [];
  const primary = transliterateWith(PRIMARY, text);
  const alternative = transliterateWith(ALTERNATIVE, text);
  return primary === alternative ? [primary] : [primary, alternative];
}
