import { readdirSync, readFileSync } from 'node:fs';
import { html, raw } from 'hono/html';
import { Marked } from 'marked';
import type { Key } from '../i18n.ts';
import type { Html, View } from '../layout.ts';

/** Guides per audience: the project's own docs/*.md, rendered (they are the project's files, not visitors' input). */

const DOCS = new URL('../../../docs/', import.meta.url);
const AUDIENCE: Record<string, Key> = {
  'developers.md': 'forDevelopers', 'applications.md': 'forDevelopers', 'events.md': 'forDevelopers', 'portals.md': 'forDevelopers',
  'institutions.md': 'forInstitutions', 'institution-subgraph.md': 'forInstitutions', 'catalogue-import.md': 'forInstitutions',
  'operators.md': 'forOperators', 'architecture.md': 'forOperators', 'development.md': 'forOperators', 'benchmarks.md': 'forOperators',
};
const ORDER: Key[] = ['forDevelopers', 'forInstitutions', 'forOperators'];

const marked = new Marked({ gfm: true });
// Links between the docs stay within the portal.
marked.use({ walkTokens: (token) => void (token.type === 'link' && /^[\w-]+\.md(#.*)?$/.test(token.href) && (token.href = `/guides/${token.href.replace('.md', '')}`)) });

export function guideList(): { name: string; title: string; audience: Key }[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f.replace(/\.md$/, ''), title: /^#\s+(.+)$/m.exec(readFileSync(new URL(f, DOCS), 'utf8'))?.[1] ?? f, audience: AUDIENCE[f] ?? 'forOperators' }));
}

export function guidesPage(v: View): Html {
  const guides = guideList();
  return html`${ORDER.map((a) => html`<h2>${v.t(a)}</h2><ul>${guides.filter((g) => g.audience === a).map((g) => html`<li><a href="/guides/${g.name}">${g.title}</a></li>`)}</ul>`)}`;
}

/** The guide's title and body, or null when there is no such guide. */
export function guide(name: string): { title: string; body: Html } | null {
  const g = guideList().find((x) => x.name === name);
  if (!g) return null;
  const text = readFileSync(new URL(`${g.name}.md`, DOCS), 'utf8').replace(/^#\s+.+\n/, '');
  return { title: g.title, body: html`<div class="guide">${raw(marked.parse(text) as string)}</div>` };
}
