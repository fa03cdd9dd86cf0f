/**
 * Reports what each content script costs a page on load: its loader plus the chunks it imports statically,
 * raw and gzipped. Lazy chunks (the UI session and the analysis engine) are listed apart: they load only when
 * a composer appears or is focused. Run by `npm run build`; the figures go in the README.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
  content_scripts: { matches: string[]; js: string[] }[];
};

/**
 * A static import, or one rewritten to an awaited import (scripts/lib/runtime-chunk-imports.ts): only the
 * statements at a chunk's start are its static imports; an awaited import() further on is a lazy one.
 */
const LEADING_IMPORT =
  /^(?:(?:const\s*(?:\{[^}]*\}|[\w$]+)\s*=\s*)?await import\(\(location\.protocol==="chrome-extension:"\?["']\.\/([^"']+\.js)["'][^;]*;|import\s*(?:[\w*{}\s,$]*?from\s*)?["']\.\/([^"']+\.js)["']\s*;?|const\{[^}]*\}=\{[^;]*\};)/;

function staticImports(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (let match = LEADING_IMPORT.exec(rest); match; match = LEADING_IMPORT.exec(rest)) {
    // A chunk inlined in place of its import (Vite's preload helper) loads nothing.
    const file = match[1] ?? match[2];
    if (file) found.push(file);
    rest = rest.slice(match[0].length);
  }
  return found;
}
const LOADER_TARGET = /getURL\(\s*["']([^"']+\.js)["']\s*\)/;
const LAZY_IMPORT = /["'](assets\/[^"']+\.js)["']/g;

function size(files: Set<string>): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(dist, file), 'utf8');
  for (const imported of staticImports(text)) staticClosure(join('assets', imported), seen);
  return seen;
}

/** The chunks that `files` load lazily (and what those import statically), minus those already loaded. */
function lazyFrom(files: Set<string>, loaded: Set<string>): Set<string> {
  const lazy = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(LAZY_IMPORT)) {
      if (!loaded.has(match[1]!)) staticClosure(match[1]!, lazy);
    }
  }
  for (const file of loaded) lazy.delete(file);
  return lazy;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const describe = (files: Set<string>): string => {
  const { raw, gzip } = size(files);
  return `${kb(raw)} (${kb(gzip)} gzipped)`;
};
for (const script of manifest.content_scripts) {
  const loader = script.js[0]!;
  const target = LOADER_TARGET.exec(readFileSync(join(dist, loader), 'utf8'))?.[1];
  const onLoad = target ? staticClosure(target, new Set([loader])) : new Set([loader]);
  const withComposer = lazyFrom(onLoad, onLoad);
  const onFocus = lazyFrom(withComposer, new Set([...onLoad, ...withComposer]));
  console.log(
    `${script.matches.join(' ')}: on page load ${describe(onLoad)}; with the first composer ` +
      `${describe(withComposer)}; on first focus ${describe(onFocus)}`,
  );
}
