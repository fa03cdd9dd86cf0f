import { describe, expect, it } from 'vitest';
import {
  assertNoCycle,
  assertNotImportedBy,
  INLINE_PRELOAD,
  rewriteChunkImports,
} from '../../../scripts/lib/runtime-chunk-imports';

const address = (relative: string, fileName: string): string =>
  `(location.protocol==="chrome-extension:"?"${relative}":chrome.runtime.getURL("${fileName}"))`;

describe('rewriteChunkImports', () => {
  it('turns named, namespace and bare imports of chunks into awaited imports through the runtime address', () => {
    const code = `import{r as e,s as t}from"./dom-1.js";import*as n from"./engine-2.js";import"./side-3.js";var x=e(t,n);`;
    expect(
      rewriteChunkImports(
        code,
        'assets/cs.js',
        ['assets/dom-1.js', 'assets/engine-2.js', 'assets/side-3.js'],
        [],
      ),
    ).toBe(
      `const{r:e,s:t}=await import(${address('./dom-1.js', 'assets/dom-1.js')});` +
        `const n=await import(${address('./engine-2.js', 'assets/engine-2.js')});` +
        `await import(${address('./side-3.js', 'assets/side-3.js')});var x=e(t,n);`,
    );
  });

  it('points dynamic imports of chunks at the runtime address, whatever their quotes', () => {
    const code = 'let a=()=>import(`./session-4.js`),b=()=>import("./session-4.js");';
    expect(rewriteChunkImports(code, 'assets/dom.js', [], ['assets/session-4.js'])).toBe(
      `let a=()=>import(${address('./session-4.js', 'assets/session-4.js')}),b=()=>import(${address('./session-4.js', 'assets/session-4.js')});`,
    );
  });

  it('calls an inlined chunk in place instead of loading it (Vite’s preload helper: no fetch, no event on the page)', () => {
    const code = `import{t as e}from"./preload-helper-5.js";let a=()=>e(async()=>{let{x:t}=await import("./session-4.js");return{x:t}},[]);`;
    const rewritten = rewriteChunkImports(
      code,
      'assets/dom.js',
      ['assets/preload-helper-5.js'],
      ['assets/session-4.js'],
      new Map([['assets/preload-helper-5.js', `{t:${INLINE_PRELOAD}}`]]),
    );
    expect(rewritten).not.toContain('preload-helper');
    expect(rewritten.startsWith('const{t:e}={t:(load)=>load()};')).toBe(true);
  });

  it('leaves a chunk without imports as it is', () => {
    expect(rewriteChunkImports('var a=1;export{a};', 'assets/a.js', [], [])).toBe('var a=1;export{a};');
  });

  it('fails the build for an import it did not find at the start, or an import() it did not find', () => {
    expect(() =>
      rewriteChunkImports('var a=1;import{b}from"./b.js";', 'assets/a.js', ['assets/b.js'], []),
    ).toThrow(/not at its start/);
    expect(() => rewriteChunkImports('var a=1;', 'assets/a.js', [], ['assets/b.js'])).toThrow(
      /was not found/,
    );
  });
});

describe('the checks on the chunk graph', () => {
  const chunks = new Map([
    ['assets/worker.js', { imports: ['assets/browser.js'] }],
    ['assets/browser.js', { imports: [] }],
    ['assets/a.js', { imports: ['assets/b.js'] }],
    ['assets/b.js', { imports: ['assets/a.js'] }],
  ]);

  it('refuses a rewritten chunk under the service worker', () => {
    expect(() => assertNotImportedBy('assets/worker.js', new Set(['assets/browser.js']), chunks)).toThrow();
    expect(() => assertNotImportedBy('assets/worker.js', new Set(['assets/a.js']), chunks)).not.toThrow();
  });

  it('refuses rewritten chunks that import one another in a circle', () => {
    expect(() => assertNoCycle(new Set(['assets/a.js', 'assets/b.js']), chunks)).toThrow(
      /import one another/,
    );
    expect(() => assertNoCycle(new Set(['assets/browser.js', 'assets/worker.js']), chunks)).not.toThrow();
  });
});
