import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };
import { buildManagedSchema, MANAGED_SCHEMA_FILE } from './src/settings/managed-schema';

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
 * dictionary-en-gb exports only its Node entry, which reads its Hunspell files with node:fs. The service worker
 * imports the files themselves as text (`dictionary-en-gb/index.dic?raw`): this points those imports at the
 * package's folder.
 */
const dictionaryFolder = dirname(fileURLToPath(import.meta.resolve('dictionary-en-gb')));

export default defineConfig({
  plugins: [preact(), crx({ manifest: builtManifest }), managedSchema()],
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
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
