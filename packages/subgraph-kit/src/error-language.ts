/**
 * Error messages in the reader's language: Latvian, English or Russian, by the request's Accept-Language (the
 * gateway forwards it). An error raised with translations (errors.ts `Message`) carries them to the
 * response step in `extensions.i18n`; this plugin puts the reader's one into `message` and removes the rest. An
 * error without a translation keeps its English detail after a sentence for its code in the reader's language, so
 * a Latvian or Russian reader always learns what kind of failure it is. English is the default when the request
 * names none of the three (machine clients read `extensions.code`).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { primaryLanguage } from './i18n.ts';

export const ERROR_LANGUAGES = ['lv', 'en', 'ru'] as const;
export type ErrorLanguage = (typeof ERROR_LANGUAGES)[number];

/** What each code means, for a message with no translation of its own. */
const CODE_TEXT: Record<'lv' | 'ru', Record<string, string>> = {
  lv: {
    BAD_USER_INPUT: 'Pieprasījumā ir kļūda.',
    UNAUTHENTICATED: 'Vispirms jāpiesakās.',
    FORBIDDEN: 'Jums nav tiesību to darīt.',
    NOT_FOUND: 'Nav atrasts.',
    CONFLICT: 'Dati pa to laiku ir mainījušies.',
    INTERNAL_SERVER_ERROR: 'Iekšēja kļūda.',
  },
  ru: {
    BAD_USER_INPUT: 'В запросе ошибка.',
    UNAUTHENTICATED: 'Сначала войдите в систему.',
    FORBIDDEN: 'У вас нет прав на это действие.',
    NOT_FOUND: 'Не найдено.',
    CONFLICT: 'Данные тем временем изменились.',
    INTERNAL_SERVER_ERROR: 'Внутренняя ошибка.',
  },
};

/** The first of the reader's languages the graph writes errors in; English when none is. */
export function errorLanguage(languages: readonly string[]): ErrorLanguage {
  for (const tag of languages) {
    const primary = primaryLanguage(tag) as ErrorLanguage;
    if (ERROR_LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

/** One error's message for a reader. */
export function localizeMessage(message: string, code: unknown, i18n: Partial<Record<ErrorLanguage, string>> | undefined, lang: ErrorLanguage): string {
  if (lang === 'en') return message;
  const own = i18n?.[lang];
  if (own) return own;
  const generic = typeof code === 'string' ? CODE_TEXT[lang][code] : undefined;
  return generic ? `${generic} (${message})` : message;
}

/** Rewrites every error of a response into the reader's language. */
export function errorLanguagePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const lang = errorLanguage((contextValue as { languages?: string[] }).languages ?? []);
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
            const { i18n, ...extensions } = (e.extensions ?? {}) as Record<string, unknown>;
            return { ...e, message: localizeMessage(e.message, extensions.code, i18n as Partial<Record<ErrorLanguage, string>>, lang), extensions };
          });
        },
      };
    },
  };
}
