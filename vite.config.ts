import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import packageJson from './package.json' with { type: 'json' };

// package.json is the one place the version is written; the built manifest takes it from there.
const builtManifest = { ...manifest, version: packageJson.version } as ManifestV3Export;

export default defineConfig({
  plugins: [preact(), crx({ manifest: builtManifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rollupOptions: {
      input: {
        policy: 'policy-page/index.html',
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
