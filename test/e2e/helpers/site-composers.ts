import type { Page } from '@playwright/test';
import type { FixtureHost } from '../support/server';

/** A site's main composer in the fixtures: where it is, and how a person puts the caret in it. */
export interface SiteComposer {
  host: FixtureHost;
  path: string;
  openComposer(page: Page): Promise<void>;
}

/** The first composer staff meet on each site: X's home box, Facebook's "Create post" dialog, a YouTube comment. */
export const SITE_COMPOSERS: readonly SiteComposer[] = [
  {
    host: 'x.com',
    path: '/home',
    openComposer: (page) =>
      page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click(),
  },
  {
    host: 'www.facebook.com',
    path: '/',
    openComposer: async (page) => {
      await page.locator('[aria-label="Create a post"][role="region"]').getByRole('button').first().click();
      await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    },
  },
  {
    host: 'www.youtube.com',
    path: '/watch?v=abc',
    openComposer: (page) => page.locator('ytd-comment-simplebox-renderer #placeholder-area').click(),
  },
];
