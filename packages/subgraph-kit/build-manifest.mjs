// The package an outside Node codebase installs is dist/: compiled JavaScript with .d.ts, and a package.json whose
// exports point there (the repository's own package.json exports the TypeScript sources, which tsx and vitest run).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
delete pkg.scripts;
delete pkg.devDependencies;
delete pkg.private;
pkg.exports = {
  '.': { types: './index.d.ts', default: './index.js' },
  './*': { types: './*.d.ts', default: './*.js' },
};
writeFileSync('dist/package.json', `${JSON.stringify(pkg, null, 2)}\n`);
copyFileSync('README.md', 'dist/README.md');
