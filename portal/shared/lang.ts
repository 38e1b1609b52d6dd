/** The languages of every portal, Latvian first. Each portal keeps its own words (portal/<name>/i18n.ts). */
export const LANGUAGES = ['lv', 'en', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const isLang = (v: unknown): v is Lang => LANGUAGES.includes(v as Lang);
