/**
 * Packs dist/ into release/post-guard-<version>.zip, the file to upload to the Chrome Web Store (or to host
 * for a school's Admin console). Run by `npm run build` after vite has written dist/.
 */
import { zipSync, type Zippable } from 'fflate';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const distDir = 'dist';
const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { version: string };

const files: Zippable = {};
const addFolder = (folder: string): void => {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) addFolder(path);
    else files[relative(distDir, path).split(sep).join('/')] = readFileSync(path);
  }
};
addFolder(distDir);
// The Chrome Web Store refuses a manifest with a "key" (it assigns the id from its own key); dist/ keeps it so that
// an unpacked or policy-installed build has the fixed id docs/deploying.md gives.
const { key: _key, ...storeManifest } = JSON.parse(
  readFileSync(join(distDir, 'manifest.json'), 'utf8'),
) as Record<string, unknown>;
files['manifest.json'] = new TextEncoder().encode(JSON.stringify(storeManifest, null, 2));

mkdirSync('release', { recursive: true });
const zipPath = join('release', `post-guard-${manifest.version}.zip`);
// A fixed date keeps the zip identical for identical builds.
writeFileSync(zipPath, zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`${zipPath}: ${Object.keys(files).length} files, ${statSync(zipPath).size} bytes`);
