/**
 * Screenshots of every fixture page, light and dark, with a composer in use:
 *   npx tsx test/e2e/support/screenshot-fixtures.ts [outDir=/tmp/shots]
 * Files are named fixtures-<page>-<theme>.png.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithoutExtension } from './launch';
import { startFixtureServer, type FixtureHost } from './server';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

interface Shot {
  name: string;
  host: FixtureHost;
  path: string;
  prepare(page: Page): Promise<void>;
}

const SHOTS: Shot[] = [
  {
    name: 'x-home',
    host: 'x.com',
    path: '/home',
    prepare: async (page) => {
      await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
      await page.keyboard.type('Year 7 parents: the trip to the science museum is on Thursday.');
      await page.setInputFiles('[data-testid="primaryColumn"] input[data-testid="fileInput"]', {
        name: 'trip.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
    },
  },
  {
    name: 'x-compose',
    host: 'x.com',
    path: '/compose/post',
    prepare: async (page) => {
      await page.keyboard.type('Well done to our netball team!');
    },
  },
  {
    name: 'x-status',
    host: 'x.com',
    path: '/ParentGroup/status/1790000000000000099',
    prepare: async (page) => {
      await page.click('[data-testid="tweetTextarea_0"]');
      await page.keyboard.type('Letters go out on Monday.');
    },
  },
  { name: 'facebook-feed', host: 'www.facebook.com', path: '/', prepare: async () => {} },
  {
    name: 'facebook-dialog',
    host: 'www.facebook.com',
    path: '/',
    prepare: async (page) => {
      await page.click('[aria-label="Create a post"][role="region"] [role="button"]');
      await page.keyboard.type('Our school fair raised £2,340. Thank you!');
    },
  },
  {
    name: 'youtube-watch',
    host: 'www.youtube.com',
    path: '/watch?v=abc&live=1',
    prepare: async (page) => {
      await page.click('ytd-comment-simplebox-renderer #placeholder-area');
      await page.keyboard.type('Thanks, this will help my Year 9 class.');
    },
  },
  {
    name: 'youtube-studio',
    host: 'studio.youtube.com',
    path: '/channel/UC1/comments',
    prepare: async (page) => {
      await page.locator('ytcp-comment-thread #reply-button').first().click();
      await page.keyboard.type('Yes, there will be a quiz on Friday.');
    },
  },
];

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? '/tmp/shots');
  await mkdir(outDir, { recursive: true });
  const server = await startFixtureServer();
  const browser = await launchWithoutExtension({ port: server.port });
  try {
    for (const theme of ['light', 'dark'] as const) {
      for (const shot of SHOTS) {
        const page = await browser.context.newPage();
        const separator = shot.path.includes('?') ? '&' : '?';
        await page.goto(`${server.origin(shot.host)}${shot.path}${separator}theme=${theme}`);
        await page.waitForFunction(() => window.__fixture !== undefined);
        await shot.prepare(page);
        await page.waitForTimeout(300);
        const file = path.join(outDir, `fixtures-${shot.name}-${theme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
