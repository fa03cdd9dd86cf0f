import path from 'node:path';

/**
 * Content scripts load their chunks with import(), so those chunks must be web-accessible. With
 * `use_dynamic_url` Chromium serves them only at chrome-extension://<random id per session>/…, the address
 * `chrome.runtime.getURL` gives; the page cannot fetch them at the fixed address, which would tell it that Post
 * Guard is installed. But Chromium answers the random address with a redirect to the fixed one (seen in
 * Chromium 156: fetch(getURL(file)).url is the fixed address), so a chunk's relative imports ("./dom-….js")
 * resolve to the fixed address and are refused. This rewrites a chunk's imports of other chunks to go through
 * `chrome.runtime.getURL` in a content script:
 *
 *   import{a as b}from"./dom.js";  →  const{a:b}=await import(<address of assets/dom.js>);
 *   import(`./session.js`)          →  import(<address of assets/session.js>)
 *
 * In the extension's own pages (popup, options), which share some of these chunks, the address stays relative,
 * so that a page and its chunks load each module once. Rolldown puts a chunk's static imports first, so only
 * the statements at its start are read; anything there this does not understand fails the build.
 */

/** The expression that loads chunk `fileName` (from the extension's root) from a chunk in `fromDir`. */
function address(fileName: string, fromDir: string): string {
  let relative = path.posix.relative(fromDir, fileName);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return `(location.protocol==="chrome-extension:"?${JSON.stringify(relative)}:chrome.runtime.getURL(${JSON.stringify(fileName)}))`;
}

/** `{a as b,c}` → `{a:b,c}`: the same bindings, as a destructuring pattern. */
function pattern(namedImports: string): string {
  const names = namedImports
    .slice(1, -1)
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const [imported, local] = name.split(/\s+as\s+/);
      if (!imported || !/^[\w$]+$/.test(imported) || (local !== undefined && !/^[\w$]+$/.test(local)))
        throw new Error(`Cannot rewrite the import of "${name}"`);
      return local === undefined ? imported : `${imported}:${local}`;
    });
  return `{${names.join(',')}}`;
}

const STATIC_IMPORT =
  /^\s*import\s*(?:(\{[^}]*\})\s*from\s*|\*\s*as\s+([\w$]+)\s+from\s*)?(["'])(\.{1,2}\/[^"']+)\3\s*;?/;

/**
 * Vite wraps every import() in its preload helper (`__vitePreload(() => import(…), deps)`), a chunk of its own
 * that content scripts would fetch and run on every page load, in sequence, before the composer watcher starts.
 * With `build.modulePreload: false` its list of files to preload is always empty, and all it still does is
 * dispatch a `vite:preloadError` event on the page's window when a chunk fails, which the page would see. In
 * content scripts it is replaced by what it amounts to: call the import.
 */
export const PRELOAD_HELPER_MODULE = '\0vite/preload-helper.js';
export const INLINE_PRELOAD = '(load)=>load()';

/**
 * Rewrites chunk `fileName`'s imports of the chunks `imports` (static) and `dynamicImports` (file names from the
 * extension's root, as the bundler lists them). `inlined` gives, for a chunk not to load at all, the object its
 * exports are taken from instead.
 */
export function rewriteChunkImports(
  code: string,
  fileName: string,
  imports: readonly string[],
  dynamicImports: readonly string[],
  inlined: ReadonlyMap<string, string> = new Map(),
): string {
  const fromDir = path.posix.dirname(fileName);
  const resolve = (specifier: string): string => path.posix.join(fromDir, specifier);
  let rest = code;
  let head = '';
  const rewritten = new Set<string>();
  for (let match = STATIC_IMPORT.exec(rest); match; match = STATIC_IMPORT.exec(rest)) {
    const [statement, named, namespace, , specifier] = match;
    const target = resolve(specifier!);
    const load = inlined.get(target) ?? `await import(${address(target, fromDir)})`;
    head += named
      ? `const${pattern(named)}=${load};`
      : namespace
        ? `const ${namespace}=${load};`
        : `${load};`;
    rewritten.add(target);
    rest = rest.slice(statement.length);
  }
  const missed = imports.filter((each) => !rewritten.has(each));
  if (missed.length > 0)
    throw new Error(`${fileName}: its imports of ${missed.join(', ')} are not at its start, as expected`);
  let body = rest;
  for (const target of dynamicImports) {
    const relative = path.posix.relative(fromDir, target);
    const specifier = relative.startsWith('.') ? relative : `./${relative}`;
    let found = false;
    for (const quote of ['`', '"', "'"]) {
      const call = `import(${quote}${specifier}${quote})`;
      if (body.includes(call)) {
        body = body.replaceAll(call, `import(${address(target, fromDir)})`);
        found = true;
      }
    }
    if (!found) throw new Error(`${fileName}: its import() of ${target} was not found`);
  }
  return head + body;
}

interface ChunkImports {
  imports: readonly string[];
}

/**
 * The chunks that a rewritten chunk must never be reached from: a service worker may not await at the top of a
 * module, nor call import(). Throws when one of `rewritten` is imported, directly or not, by `entry`.
 */
export function assertNotImportedBy(
  entry: string,
  rewritten: ReadonlySet<string>,
  chunks: ReadonlyMap<string, ChunkImports>,
): void {
  const seen = new Set<string>();
  const visit = (fileName: string): void => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) {
      if (rewritten.has(imported))
        throw new Error(`${entry} imports ${imported}, whose imports are rewritten`);
      visit(imported);
    }
  };
  visit(entry);
}

/** Throws if the rewritten chunks import one another in a circle: awaited imports in a circle never finish. */
export function assertNoCycle(
  rewritten: ReadonlySet<string>,
  chunks: ReadonlyMap<string, ChunkImports>,
): void {
  const done = new Set<string>();
  const visit = (fileName: string, path: string[]): void => {
    if (path.includes(fileName))
      throw new Error(`Chunks import one another: ${[...path, fileName].join(' → ')}`);
    if (done.has(fileName)) return;
    for (const imported of chunks.get(fileName)?.imports ?? []) {
      if (rewritten.has(imported)) visit(imported, [...path, fileName]);
    }
    done.add(fileName);
  };
  for (const fileName of rewritten) visit(fileName, []);
}
