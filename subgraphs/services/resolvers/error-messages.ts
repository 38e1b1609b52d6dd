/**
 * The typed errors of the catalogue's write payloads in the reader's language (Latvian, English or Russian by
 * Accept-Language, as for thrown errors: the kit's error-language.ts). The English message is the command's own;
 * the field problems' details stay English, each still named by its path.
 */
import { errorLanguage } from '@public-service-graph/subgraph-kit/error-language';

type Typed = { __typename?: string; message: string; problems?: { path: string }[]; currentVersion?: number; missing?: string[]; currentType?: string };

const MESSAGES: Record<'lv' | 'ru', (e: Typed, code: string) => string | null> = {
  lv: (e, code) => {
    switch (e.__typename) {
      case 'Invalid': return `${code}: kļūdas laukos ${e.problems!.map((p) => p.path).join(', ')} (sīkāk — problems).`;
      case 'VersionConflict': return `${code} ir mainīts kopš jūsu lasītās versijas; tagad tā ir ${e.currentVersion}. versija. Nolasiet to vēlreiz un atkārtojiet izmaiņas.`;
      case 'CodeTaken': return `Kods "${code}" jau ir citam ierakstam; izvēlieties citu.`;
      case 'Incomplete': return `${code} nevar publicēt: trūkst ${e.missing!.join(', ')}.`;
      case 'AlreadyInState': return `${code} jau ir šajā stāvoklī.`;
      case 'TypeChange': return `Kanāls ${code} ir ${e.currentType} un savu tipu nemaina; izveidojiet kanālu ar jaunu kodu.`;
      default: return null;
    }
  },
  ru: (e, code) => {
    switch (e.__typename) {
      case 'Invalid': return `${code}: ошибки в полях ${e.problems!.map((p) => p.path).join(', ')} (подробнее — problems).`;
      case 'VersionConflict': return `${code} изменён после прочитанной вами версии; сейчас версия ${e.currentVersion}. Прочитайте заново и повторите изменение.`;
      case 'CodeTaken': return `Код "${code}" уже принадлежит другой записи; выберите другой.`;
      case 'Incomplete': return `${code} нельзя опубликовать: не хватает ${e.missing!.join(', ')}.`;
      case 'AlreadyInState': return `${code} уже в этом состоянии.`;
      case 'TypeChange': return `Канал ${code} имеет тип ${e.currentType} и не меняет его; создайте канал с новым кодом.`;
      default: return null;
    }
  },
};

/** The error with its message in the reader's language; unchanged for English readers. */
export function inReadersLanguage<E extends Typed>(e: E, code: string, languages: readonly string[]): E {
  const lang = errorLanguage(languages);
  if (lang === 'en') return e;
  return { ...e, message: MESSAGES[lang](e, code) ?? e.message };
}
