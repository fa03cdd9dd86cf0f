/**
 * Local HTTPS server that answers as x.com, twitter.com, www.facebook.com, www.youtube.com and
 * studio.youtube.com (Chromium maps those names to it with `--host-resolver-rules`) and serves fixture pages
 * with real editors inside (Draft.js on X, Lexical on Facebook, plain contenteditable on YouTube).
 *
 * The certificate is self-signed and made for each run with `openssl`; the browser is started with
 * `--ignore-certificate-errors`. Each page's script is bundled once per process with esbuild, in memory.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const execFileAsync = promisify(execFile);
const require = createRequire(import.meta.url);

/** Directory holding the fixture sites: one folder per site with HTML templates, entries and CSS. */
export const SITES_DIR = fileURLToPath(new URL('../fixtures/sites/', import.meta.url));

export const FIXTURE_HOSTS = [
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'web.facebook.com',
  'business.facebook.com',
  'www.youtube.com',
  'studio.youtube.com',
] as const;

export type FixtureHost = (typeof FIXTURE_HOSTS)[number];

/**
 * Value for Chromium's `--host-resolver-rules`: every fixture host goes to the local server, every other
 * host fails to resolve (so a test can never reach the real sites).
 */
export function hostResolverRules(port: number): string {
  return [...FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(',');
}

export interface FixtureServer {
  port: number;
  /**
   * `https://<host>`: the real origin, on the default port. A browser started with `hostResolverRules(port)`
   * reaches this server there (the rule maps the name to 127.0.0.1:port).
   */
  origin(host: FixtureHost): string;
  /** Every request the server answered (host, path and status), oldest first. */
  readonly requests: ReadonlyArray<{ host: string; path: string; status: number }>;
  close(): Promise<void>;
}

export interface FixtureServerOptions {
  /** Send each site's Content-Security-Policy header (default true). */
  csp?: boolean;
}

type CspMaker = (nonce: string) => string;

/** CSPs modelled on the real sites' headers, trimmed to what the fixtures load. */
const CSP: Record<'x' | 'facebook' | 'youtube', CspMaker> = {
  // X sends a nonce-based script-src; 'strict-dynamic' makes it stricter than the real one (no host allow-list).
  x: (nonce) =>
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' blob: data:",
      "media-src 'self' blob:",
      "font-src 'self' data:",
      "connect-src 'self' blob:",
      "worker-src 'self' blob:",
      "frame-src 'self'",
      "manifest-src 'self'",
      "object-src 'none'",
      "form-action 'self'",
      "base-uri 'self'",
    ].join('; '),
  // Facebook allows inline script and eval but only its own hosts (here: 'self').
  facebook: () =>
    [
      "default-src 'self' data: blob:",
      "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob: 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline' data: blob:",
      "img-src 'self' data: blob:",
      "media-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self' blob:",
      "worker-src 'self' blob:",
      "frame-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
  // YouTube: nonce + strict-dynamic and Trusted Types required for every script sink.
  youtube: (nonce) =>
    [
      "require-trusted-types-for 'script'",
      `script-src 'nonce-${nonce}' 'unsafe-inline' 'strict-dynamic' https: http: 'unsafe-eval'`,
      "object-src 'none'",
      "base-uri 'self'",
    ].join('; '),
};

interface PageDef {
  /** Bundle name: served as /_fixture/<name>.js and /_fixture/<name>.css. */
  name: string;
  /** HTML template, relative to SITES_DIR. */
  template: string;
  /** Script entry, relative to SITES_DIR. */
  entry: string;
  /** Stylesheets concatenated into /_fixture/<name>.css: relative to SITES_DIR, or `pkg:<module path>`. */
  css: string[];
  csp: CspMaker;
  /** Extra response headers (cookies) for a request. */
  headers?: (url: URL) => Record<string, string | string[]>;
}

/** X's twid cookie names the logged-in account. */
const xCookies = (): Record<string, string[]> => ({
  'Set-Cookie': [`twid=u%3D1500000000000000001; Path=/; Secure; SameSite=None`],
});

/** Facebook's c_user (the person, ?uid=) and i_user (the Page they act as, ?actingAs= and ?pageId=). */
function facebookCookies(url: URL): Record<string, string[]> {
  const uid = url.searchParams.get('uid') || '100089000000001';
  const actingAs = url.searchParams.get('actingAs');
  const cookies = [`c_user=${encodeURIComponent(uid)}; Path=/; Secure; SameSite=None`];
  cookies.push(
    actingAs
      ? `i_user=${encodeURIComponent(url.searchParams.get('pageId') || '61550000000042')}; Path=/; Secure; SameSite=None`
      : 'i_user=; Path=/; Max-Age=0; Secure; SameSite=None',
  );
  return { 'Set-Cookie': cookies };
}

const PAGES = {
  x: {
    name: 'x',
    template: 'x/index.html',
    entry: 'x/main.tsx',
    css: ['pkg:draft-js/dist/Draft.css', 'x/style.css'],
    csp: CSP.x,
    headers: xCookies,
  },
  xChat: {
    name: 'x-chat',
    template: 'x/index.html',
    entry: 'x/chat.tsx',
    css: ['x/style.css', 'x/chat.css'],
    csp: CSP.x,
    headers: xCookies,
  },
  xArticles: {
    name: 'x-articles',
    template: 'x/index.html',
    entry: 'x/articles.tsx',
    css: ['pkg:draft-js/dist/Draft.css', 'x/style.css', 'x/chat.css'],
    csp: CSP.x,
    headers: xCookies,
  },
  facebook: {
    name: 'facebook',
    template: 'facebook/index.html',
    entry: 'facebook/main.tsx',
    css: ['facebook/style.css'],
    csp: CSP.facebook,
    headers: facebookCookies,
  },
  facebookMessages: {
    name: 'facebook-messages',
    template: 'facebook/index.html',
    entry: 'facebook/messages.tsx',
    css: ['facebook/style.css', 'facebook/messages.css'],
    csp: CSP.facebook,
    headers: facebookCookies,
  },
  youtubeWatch: {
    name: 'youtube-watch',
    template: 'youtube/index.html',
    entry: 'youtube/watch.ts',
    css: ['youtube/style.css'],
    csp: CSP.youtube,
  },
  youtubeCommunity: {
    name: 'youtube-community',
    template: 'youtube/index.html',
    entry: 'youtube/community.ts',
    css: ['youtube/style.css'],
    csp: CSP.youtube,
  },
  youtubeShorts: {
    name: 'youtube-shorts',
    template: 'youtube/index.html',
    entry: 'youtube/shorts.ts',
    css: ['youtube/style.css'],
    csp: CSP.youtube,
  },
  youtubeLiveChat: {
    name: 'youtube-live-chat',
    template: 'youtube/live-chat.html',
    entry: 'youtube/live-chat.ts',
    css: ['youtube/style.css'],
    csp: CSP.youtube,
  },
  youtubeStudio: {
    name: 'youtube-studio',
    template: 'youtube/studio.html',
    entry: 'youtube/studio.ts',
    css: ['youtube/style.css'],
    csp: CSP.youtube,
  },
} satisfies Record<string, PageDef>;

const PAGES_BY_NAME = new Map<string, PageDef>(Object.values(PAGES).map((page) => [page.name, page]));

type Route = { page: PageDef } | { redirect: string } | null;

function route(host: string, pathname: string): Route {
  switch (host) {
    case 'x.com':
    case 'twitter.com':
      if (pathname === '/') return { redirect: '/home' };
      // X Chat, where direct messages moved in 2026: /i/chat and /i/chat/<conversation id>.
      if (/^\/i\/chat(\/|$)/.test(pathname)) return { page: PAGES.xChat };
      // X Articles' editor: /compose/articles/edit/<id> (the list of drafts is /compose/articles).
      if (/^\/compose\/articles(\/|$)/.test(pathname)) return { page: PAGES.xArticles };
      return { page: PAGES.x };
    case 'www.facebook.com':
    case 'web.facebook.com':
    case 'business.facebook.com':
      // Messages (/messages and /messages/t/<thread id>) are a page of their own.
      if (host !== 'business.facebook.com' && /^\/messages(\/|$)/.test(pathname))
        return { page: PAGES.facebookMessages };
      // One app for every other path: the feed at /, a group at /groups/<id> (the page routes on its own path).
      return { page: PAGES.facebook };
    case 'www.youtube.com':
      if (pathname === '/' || pathname === '/watch') return { page: PAGES.youtubeWatch };
      if (pathname === '/live_chat') return { page: PAGES.youtubeLiveChat };
      if (/^\/shorts\/[\w-]+$/.test(pathname)) return { page: PAGES.youtubeShorts };
      // A channel's Posts tab (once "Community"): /@<handle>/community or /@<handle>/posts.
      if (/^\/@[\w.-]+\/(community|posts)$/.test(pathname)) return { page: PAGES.youtubeCommunity };
      return null;
    case 'studio.youtube.com':
      return { page: PAGES.youtubeStudio };
    default:
      return null;
  }
}

interface Bundle {
  js: string;
  css: string;
}

const bundles = new Map<string, Promise<Bundle>>();

async function readCss(spec: string): Promise<string> {
  const file = spec.startsWith('pkg:') ? require.resolve(spec.slice(4)) : path.join(SITES_DIR, spec);
  return `/* ${spec} */\n${await readFile(file, 'utf8')}`;
}

async function makeBundle(page: PageDef): Promise<Bundle> {
  const result = await build({
    entryPoints: [path.join(SITES_DIR, page.entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (js === undefined) throw new Error(`esbuild produced no output for ${page.entry}`);
  const css = (await Promise.all(page.css.map(readCss))).join('\n');
  return { js, css };
}

/** Bundles a page once per process (the promise is shared by concurrent requests). */
function bundleFor(page: PageDef): Promise<Bundle> {
  let bundle = bundles.get(page.name);
  if (!bundle) {
    bundle = makeBundle(page);
    bundle.catch(() => bundles.delete(page.name));
    bundles.set(page.name, bundle);
  }
  return bundle;
}

const templates = new Map<string, Promise<string>>();

function templateFor(page: PageDef): Promise<string> {
  let template = templates.get(page.template);
  if (!template) {
    template = readFile(path.join(SITES_DIR, page.template), 'utf8');
    templates.set(page.template, template);
  }
  return template;
}

async function makeCertificate(dir: string): Promise<{ key: Buffer; cert: Buffer }> {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  const san = FIXTURE_HOSTS.map((host) => `DNS:${host}`).join(',');
  await execFileAsync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=Post Guard test fixtures',
    '-addext',
    `subjectAltName=${san}`,
  ]);
  return { key: await readFile(keyFile), cert: await readFile(certFile) };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

async function renderPage(page: PageDef, url: URL, nonce: string): Promise<string> {
  const template = await templateFor(page);
  // Bundle before answering so a broken fixture fails the request loudly rather than rendering an empty page.
  await bundleFor(page);
  const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  const values: Record<string, string> = {
    NONCE: nonce,
    THEME: theme,
    SCRIPT: `/_fixture/${page.name}.js`,
    STYLE: `/_fixture/${page.name}.css`,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? escapeHtml(values[key] ?? '') : whole,
  );
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const useCsp = options.csp ?? true;
  const certDir = await mkdtemp(path.join(tmpdir(), 'post-guard-fixture-cert-'));
  const { key, cert } = await makeCertificate(certDir);
  const requests: Array<{ host: string; path: string; status: number }> = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
    const send = (status: number, headers: Record<string, string | string[]>, body: string): void => {
      requests.push({ host, path: url.pathname + url.search, status });
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (!(FIXTURE_HOSTS as readonly string[]).includes(host)) {
      send(421, { 'Content-Type': 'text/plain' }, `No fixture for host ${host}\n`);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      send(204, {}, '');
      return;
    }
    const asset = /^\/_fixture\/([\w-]+)\.(js|css)$/.exec(url.pathname);
    if (asset) {
      const page = PAGES_BY_NAME.get(asset[1] ?? '');
      if (!page) {
        send(404, { 'Content-Type': 'text/plain' }, 'Unknown bundle\n');
        return;
      }
      const bundle = await bundleFor(page);
      if (asset[2] === 'js') send(200, { 'Content-Type': 'text/javascript; charset=utf-8' }, bundle.js);
      else send(200, { 'Content-Type': 'text/css; charset=utf-8' }, bundle.css);
      return;
    }

    const target = route(host, url.pathname);
    if (target === null) {
      send(404, { 'Content-Type': 'text/plain' }, `No fixture page at ${host}${url.pathname}\n`);
      return;
    }
    if ('redirect' in target) {
      send(302, { Location: target.redirect + url.search }, '');
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const html = await renderPage(target.page, url, nonce);
    const headers: Record<string, string | string[]> = {
      'Content-Type': 'text/html; charset=utf-8',
      ...target.page.headers?.(url),
    };
    if (useCsp) headers['Content-Security-Policy'] = target.page.csp(nonce);
    send(200, headers, html);
  };

  const server: Server = createServer({ key, cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`Fixture server error:\n${message}\n`);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    origin: (host) => `https://${host}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(certDir, { recursive: true, force: true });
    },
  };
}
