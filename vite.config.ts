import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { buildManagedSchema, MANAGED_SCHEMA_FILE } from './src/settings/managed-schema';
import {
  assertNoCycle,
  assertNotImportedBy,
  INLINE_PRELOAD,
  PRELOAD_HELPER_MODULE,
  rewriteChunkImports,
} from './scripts/lib/runtime-chunk-imports';

// package.json is the one place the version is written; the built manifest takes it from there.
const builtManifest = { ...manifest, version: packageJson.version } as ManifestV3Export;

/**
 * Writes Chrome's managed-storage schema (manifest.json: storage.managed_schema) from the one settings
 * definition in src/settings/settings.ts, so the schema an IT admin's policy is checked against cannot drift
 * from the settings Post Guard reads.
 */
function managedSchema(): Plugin {
  return {
    name: 'post-guard-managed-schema',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: MANAGED_SCHEMA_FILE,
        source: `${JSON.stringify(buildManagedSchema(), null, 2)}\n`,
      });
    },
  };
}

/**
 * Nothing of Post Guard's is fetchable by a page at a fixed address (that would tell the site the user runs a
 * school's extension). crxjs makes the chunks its content scripts import web-accessible to the sites, with
 * `use_dynamic_url: false`; this sets it to true, so Chromium serves them only at a random address per session,
 * and makes the chunks import one another through that address (scripts/lib/runtime-chunk-imports.ts says why).
 */
function dynamicResourceUrls(): CrxPlugin {
  return {
    name: 'dynamic-resource-urls',
    enforce: 'post',
    renderCrxManifest(rendered, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [[output.fileName, output]] : [],
        ),
      );
      const accessible = new Set(
        rendered.web_accessible_resources?.flatMap((resource) => resource.resources),
      );
      const rewritten = new Set<string>();
      // Vite's preload helper, called in place instead of loaded (scripts/lib/runtime-chunk-imports.ts says why).
      const inlined = new Map(
        [...chunks.values()]
          .filter((chunk) => {
            const modules = Object.keys(chunk.modules);
            return modules.length === 1 && modules[0] === PRELOAD_HELPER_MODULE;
          })
          .map((chunk) => [
            chunk.fileName,
            `{${chunk.exports.map((name) => `${name}:${INLINE_PRELOAD}`).join(',')}}`,
          ]),
      );
      for (const fileName of accessible) {
        const chunk = chunks.get(fileName);
        if (!chunk || (chunk.imports.length === 0 && chunk.dynamicImports.length === 0)) continue;
        chunk.code = rewriteChunkImports(chunk.code, fileName, chunk.imports, chunk.dynamicImports, inlined);
        rewritten.add(fileName);
      }
      assertNoCycle(rewritten, chunks);
      // The service worker's chunk, found by its source file (manifest.json names it).
      const worker = [...chunks.values()].find((chunk) =>
        chunk.facadeModuleId?.endsWith(manifest.background.service_worker),
      );
      if (!worker) throw new Error('The service worker chunk was not found');
      assertNotImportedBy(worker.fileName, rewritten, chunks);
      rendered.web_accessible_resources = rendered.web_accessible_resources?.map((resource) => ({
        ...resource,
        use_dynamic_url: true,
      }));
      return rendered;
    },
  };
}

/**
 * The face detector's files, shipped inside the extension so that nothing is downloaded at run time: BlazeFace's
 * model from @vladmandic/human (MIT) and the single-thread wasm builds of @tensorflow/tfjs-backend-wasm
 * (Apache-2.0; SIMD, and plain for a CPU without SIMD). The offscreen document finds them at these paths
 * (src/offscreen/face-detector.ts: MODEL_FOLDER, WASM_FOLDER).
 */
function photoDetectorFiles(): Plugin {
  const human = join(dirname(fileURLToPath(import.meta.resolve('@vladmandic/human'))), '..');
  const tfjsWasm = join(dirname(fileURLToPath(import.meta.resolve('@tensorflow/tfjs-backend-wasm'))), '..');
  const files: Record<string, string> = {
    'vendor/human-models/blazeface.json': join(human, 'models/blazeface.json'),
    'vendor/human-models/blazeface.bin': join(human, 'models/blazeface.bin'),
    'vendor/tfjs-wasm/tfjs-backend-wasm-simd.wasm': join(tfjsWasm, 'dist/tfjs-backend-wasm-simd.wasm'),
    'vendor/tfjs-wasm/tfjs-backend-wasm.wasm': join(tfjsWasm, 'dist/tfjs-backend-wasm.wasm'),
  };
  return {
    name: 'post-guard-photo-detector-files',
    generateBundle() {
      for (const [fileName, from] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(from) });
      }
    },
  };
}

/**
 * dictionary-en-gb exports only its Node entry, which reads its Hunspell files with node:fs. The service worker
 * imports the files themselves as text (`dictionary-en-gb/index.dic?raw`): this points those imports at the
 * package's folder.
 */
const dictionaryFolder = dirname(fileURLToPath(import.meta.resolve('dictionary-en-gb')));

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: builtManifest }),
    dynamicResourceUrls(),
    managedSchema(),
    photoDetectorFiles(),
  ],
  resolve: {
    alias: [{ find: /^dictionary-en-gb\/(index\.(?:aff|dic)\?raw)$/, replacement: `${dictionaryFolder}/$1` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Vite's preloading puts <link rel="modulepreload" href="chrome-extension://…"> into the document of the
    // page a content script runs on, which would show the page our address and files.
    modulePreload: false,
    rollupOptions: {
      input: {
        policy: 'policy-page/index.html',
        evidence: 'evidence/index.html',
        report: 'report/index.html',
        offscreen: 'offscreen/index.html',
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
