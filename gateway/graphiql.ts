import { readFileSync } from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * GraphiQL from the project's own dependencies (@graphql-yoga/render-graphiql inlines the editor, its styles and
 * workers into the page): it works where no CDN can be reached. It opens with the Latvian example operations of
 * docs/examples/operations/public.graphql, one tab each, and a first tab that explains the headers. Served by the
 * gateway at /graphql (a browser's GET) and by the developer portal at /graphiql.
 */

const EXAMPLES = readFileSync(new URL('../docs/examples/operations/public.graphql', import.meta.url), 'utf8');

/** Variables each example operation needs to run as it stands. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  MekletPakalpojumus: { vaicajums: 'pase' },
  PakalpojumaKartite: { kods: 'PMLP-PASE' },
};

export const HEADERS_HELP = `# Publiskais pakalpojumu grafs · Public Service Graph
#
# Galvenes (cilne "Headers" apakšā) · Headers (the "Headers" tab below):
#   X-API-Key: psg_<prefikss>_<noslēpums>
#       Jūsu lietotnes atslēga no izstrādātāju portāla; bez tās jūs esat anonīms ar mazāku limitu.
#       Your application's key from the developer portal; without it you are anonymous, with a lower rate limit.
#   Authorization: Bearer <piekļuves marķieris / access token>
#       Personas OIDC marķieris, kad lietotne lasa personas datus ar tās piekrišanu (me, case).
#       A person's OIDC token, when the application reads that person's data with their consent (me, case).
#   X-Act-For: <personas kods vai reģistrācijas numurs / personal code or registration number>
#       Persona darbojas cita vārdā (pārstāvība: valdes loceklis, vecāks, pilnvara); bez tās — pati par sevi.
#       A person acting for someone else (board member, parent, power of attorney); without it, for themself.
#
# Piemērs · Example: {"X-API-Key": "psg_k3x9q2mfa7wd_…"}
# Piemēri nākamajās cilnēs · Examples in the next tabs. Shēma: schema/contracts/public.graphql

query Sveiki {
  services(first: 3) { totalCount nodes { code name(language: "lv") } }
}
`;

/** One tab per example operation, with its comment and the variables it needs. */
export function exampleTabs(): { query: string; variables?: string }[] {
  const blocks = EXAMPLES.split(/\n(?=# [^\n]*\n(?:query|mutation) )/).slice(1);
  return [
    { query: HEADERS_HELP },
    ...blocks.map((block) => {
      const name = /(?:query|mutation) (\w+)/.exec(block)?.[1] ?? '';
      return { query: block.trim() + '\n', ...(VARIABLES[name] ? { variables: JSON.stringify(VARIABLES[name], null, 2) } : {}) };
    }),
  ];
}

export interface GraphiqlPage {
  /** Where the operations go; default: the page's own URL (the gateway's /graphql). */
  endpoint?: string;
  /** Headers to start with, e.g. the developer's new key. */
  headers?: Record<string, string>;
}

/**
 * Contrast (WCAG 2.1 AA, 4.5:1) where GraphiQL's own styles fall short: the page title in the corner is drawn in a
 * translucent grey, and the editor's line numbers are too faint (the last one dimmed further in the light theme, all
 * of them in the dark one). They take the theme's full neutral text colour, in either theme.
 */
const CONTRAST_CSS = `<style>
.graphiql-container .graphiql-logo, .graphiql-container .graphiql-logo span,
.graphiql-container .monaco-editor .line-numbers, .graphiql-container .monaco-editor .line-numbers.dimmed-line-number { color: hsl(var(--color-neutral)); }
</style>`;

let cached: string | null = null;

/** The page's HTML (about 9 MB, made once when no headers are given). */
export function graphiqlHtml(page: GraphiqlPage = {}): string {
  const plain = !page.endpoint && !page.headers;
  if (plain && cached) return cached;
  const html = renderGraphiQL({
    title: 'Publiskais pakalpojumu grafs · GraphiQL',
    ...(page.endpoint ? { endpoint: page.endpoint } : {}),
    defaultTabs: exampleTabs(),
    defaultHeaders: JSON.stringify(page.headers ?? {}, null, 2),
    // A key given for one visit stays in that page, not in the browser's storage.
    shouldPersistHeaders: false,
  })
    .replace('<html lang="en">', '<html lang="lv">')
    .replace('</title>', `</title>${CONTRAST_CSS}`);
  if (plain) cached = html;
  return html;
}
