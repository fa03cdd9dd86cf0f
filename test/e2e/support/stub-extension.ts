/**
 * Builds a tiny MV3 extension (test/e2e/fixtures/stub-extension) into a temporary directory. It checks the
 * harness itself — launchWithExtension, the resolver rules and each fixture page's CSP — before the real
 * extension exists; its content script has the same shape as @crxjs/vite-plugin's loader.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { FIXTURE_HOSTS } from './server';

const SOURCE_DIR = fileURLToPath(new URL('../fixtures/stub-extension/', import.meta.url));

/** Returns the directory of the built, unpacked stub extension (the caller may delete it). */
export async function buildStubExtension(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'post-guard-stub-extension-'));
  const matches = FIXTURE_HOSTS.map((host) => `https://${host}/*`);
  const common = { bundle: true, platform: 'browser', target: 'chrome120', logLevel: 'silent' } as const;
  await build({
    ...common,
    entryPoints: [path.join(SOURCE_DIR, 'loader.ts')],
    format: 'iife',
    outfile: path.join(outDir, 'loader.js'),
  });
  await build({
    ...common,
    entryPoints: [path.join(SOURCE_DIR, 'main.ts'), path.join(SOURCE_DIR, 'background.ts')],
    format: 'esm',
    outdir: outDir,
  });
  await writeFile(path.join(outDir, 'ui.css'), '.linked { background-color: rgb(4, 5, 6); }\n');
  const manifest = {
    manifest_version: 3,
    name: 'Post Guard fixture stub',
    version: '0.0.1',
    background: { service_worker: 'background.js', type: 'module' },
    content_scripts: [{ matches, js: ['loader.js'], all_frames: true, run_at: 'document_idle' }],
    web_accessible_resources: [{ resources: ['main.js', 'ui.css'], matches }],
  };
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return outDir;
}
