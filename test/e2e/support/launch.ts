/**
 * Starts the system Chromium (never a downloaded browser) with or without the built extension, with the
 * fixture hosts mapped to the local fixture server.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { hostResolverRules } from './server';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** Fixture server port (from `startFixtureServer()`). */
  port: number;
  /** Profile directory; a fresh temporary one (removed by `close()`) when omitted. */
  userDataDir?: string;
  /** Extra Chromium switches. */
  args?: string[];
  /** Browser-context viewport (default 1280×800). */
  viewport?: { width: number; height: number };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Closes the browser and removes the profile directory when it was a temporary one. */
  close(): Promise<void>;
}

export interface LaunchedExtension extends LaunchedBrowser {
  extensionId: string;
  serviceWorker: Worker;
}

function baseArgs(port: number): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(port)}`,
    '--ignore-certificate-errors',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-sandbox',
  ];
}

async function launch(options: LaunchOptions, extensionArgs: string[]): Promise<LaunchedBrowser> {
  const temporary = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'post-guard-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    ignoreHTTPSErrors: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [...extensionArgs, ...baseArgs(options.port), ...(options.args ?? [])],
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (temporary) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with the unpacked extension in `distDir` loaded; resolves once its service worker runs. */
export async function launchWithExtension(
  options: LaunchOptions & { distDir: string },
): Promise<LaunchedExtension> {
  const distDir = path.resolve(options.distDir);
  const launched = await launch(options, [
    `--disable-extensions-except=${distDir}`,
    `--load-extension=${distDir}`,
  ]);
  try {
    const serviceWorker =
      launched.context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ??
      (await launched.context.waitForEvent('serviceworker', {
        predicate: (worker) => worker.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    return { ...launched, extensionId, serviceWorker };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

/** Chromium without any extension, to check the fixture pages alone. */
export function launchWithoutExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  return launch(options, ['--disable-extensions']);
}
