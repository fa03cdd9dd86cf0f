/**
 * Memory over 100 open/close cycles of a composer: X's compose dialog, opened from the side navigation and
 * closed again (client-side navigation /home ↔ /compose/post), with a pupil's name typed and found each time.
 * Garbage is collected through the DevTools protocol before each measurement. Asserted: counts (overlay anchors,
 * sessions, Post Guard's observers and abort controllers, mark layers and marks) return to what the composers on the
 * page need, and the heap grows less than a generous bound. Timings are not asserted. The figures go to
 * reports/memory.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { test, expect, badgeStatus, storeSettings } from './helpers/extension-test';
import type { ExtensionWorld } from './helpers/extension-world';
import type { LaunchedExtension } from './support/launch';
import { launchWithoutExtension } from './support/launch';

const CYCLES = 100;
const WARM_UP_CYCLES = 3;
/** Generous: a real leak of one session per cycle (a Preact tree, closures, DOM) would far exceed it. */
const HEAP_GROWTH_LIMIT = 5 * 1024 * 1024;

const SCHOOL = { pupils: [{ firstName: 'Jack', lastName: 'Thompson' }] };

const DIALOG_EDITOR = '#layers [data-testid="tweetTextarea_0"]';

interface Heap {
  /** V8's used heap of the page's isolate: the page's main world and Post Guard's isolated world share it. */
  usedBytes: number;
  totalBytes: number;
  /** Blink's counters for the page (Memory.getDOMCounters). */
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

interface Counts {
  /** Post Guard's overlay: a badge anchor and a panel anchor per composer session. */
  badgeAnchors: number;
  panelAnchors: number;
  /** Composer sessions reporting to the popup (the page state's sources). */
  sessions: number;
  /** Live objects of Post Guard's isolated world. */
  resizeObservers: number;
  abortControllers: number;
  mutationObservers: number;
  /** Every live object made in Post Guard's isolated world (arrays, closures, DOM wrappers…). */
  isolatedWorldObjects: number;
  /** Layers of marks in the overlay (one per composer) and the marks drawn in them. */
  markLayers: number;
  drawnMarks: number;
}

async function collectGarbage(cdp: CDPSession): Promise<void> {
  // Twice: finalisers and weak references freed by the first pass are collected by the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

async function readHeap(cdp: CDPSession): Promise<Heap> {
  await collectGarbage(cdp);
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    usedBytes: heap.usedSize,
    totalBytes: heap.totalSize,
    documents: dom.documents,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
  };
}

/**
 * The popup's view of the tab: how many composer sessions report to it. (The extension may not read tab
 * addresses, so every tab is asked; only this test's page runs Post Guard on X.)
 */
async function sessionCount(extension: LaunchedExtension): Promise<number> {
  return extension.serviceWorker.evaluate(async () => {
    const counts: number[] = [];
    for (const tab of await chrome.tabs.query({})) {
      try {
        const report = (await chrome.tabs.sendMessage(
          tab.id!,
          { type: 'post-guard-tab-status' },
          { frameId: 0 },
        )) as { platform: string; composers: unknown[] } | undefined;
        if (report?.platform === 'x') counts.push(report.composers.length);
      } catch {
        // No Post Guard in this tab.
      }
    }
    if (counts.length !== 1) throw new Error(`${counts.length} tabs run Post Guard on X`);
    return counts[0]!;
  });
}

async function readCounts(
  cdp: CDPSession,
  world: ExtensionWorld,
  extension: LaunchedExtension,
): Promise<Counts> {
  await collectGarbage(cdp);
  const overlay = await world.evaluate<{
    badgeAnchors: number;
    panelAnchors: number;
    markLayers: number;
    drawnMarks: number;
  }>(`
    return {
      badgeAnchors: root.querySelectorAll('.badge-anchor').length,
      panelAnchors: root.querySelectorAll('.panel-anchor').length,
      markLayers: root.querySelectorAll('.marks').length,
      drawnMarks: root.querySelectorAll('.mark').length,
    };
  `);
  return {
    badgeAnchors: overlay.badgeAnchors,
    panelAnchors: overlay.panelAnchors,
    sessions: await sessionCount(extension),
    resizeObservers: await world.countObjects('ResizeObserver.prototype'),
    abortControllers: await world.countObjects('AbortController.prototype'),
    mutationObservers: await world.countObjects('MutationObserver.prototype'),
    isolatedWorldObjects: await world.countObjects('Object.prototype'),
    markLayers: overlay.markLayers,
    drawnMarks: overlay.drawnMarks,
  };
}

/** Opens the compose dialog from the side navigation, as a person does: a client-side navigation. */
async function openDialog(page: Page): Promise<void> {
  await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
  await page.locator(DIALOG_EDITOR).waitFor();
}

async function closeDialog(page: Page): Promise<void> {
  await page.locator('[data-testid="app-bar-close"]').click();
  await page.locator(DIALOG_EDITOR).waitFor({ state: 'detached' });
}

function growth(before: Heap, after: Heap): Record<keyof Heap, number> {
  const keys = Object.keys(before) as (keyof Heap)[];
  return Object.fromEntries(keys.map((key) => [key, after[key] - before[key]])) as Record<keyof Heap, number>;
}

test('memory and counts return to rest over 100 open/close cycles of X’s compose dialog', async ({
  openSite,
  extension,
  server,
}) => {
  test.setTimeout(600_000);
  await storeSettings(extension, SCHOOL);
  const { page, world } = await openSite('x.com', '/home');
  const cdp = await page.context().newCDPSession(page);
  const anchorsAre = (count: number): Promise<unknown> =>
    world.waitFor(`return root?.querySelectorAll('.badge-anchor').length === ${count}`, { timeout: 10_000 });

  /** One cycle: open the dialog, write a pupil's name, wait until Post Guard finds it, close the dialog. */
  const cycle = async (): Promise<void> => {
    await openDialog(page);
    // A box's badge is drawn once the member of staff types in it (nothing of Post Guard's before).
    await page.keyboard.insertText('Well done Jack Thompson');
    await expect
      .poll(() => badgeStatus(world), { timeout: 10_000, intervals: [25] })
      .toMatch(/1 thing to check/);
    await anchorsAre(2);
    await closeDialog(page);
    await anchorsAre(1);
  };

  // Post Guard attaches to the home composer once the member of staff types in it; warm-up cycles load the engine,
  // the UI chunk and settle the JIT.
  await page.locator('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]').click();
  await page.keyboard.insertText('Good morning');
  await anchorsAre(1);
  for (let i = 0; i < WARM_UP_CYCLES; i++) await cycle();
  const countsBefore = await readCounts(cdp, world, extension);
  const heapBefore = await readHeap(cdp);

  for (let i = 0; i < CYCLES; i++) await cycle();
  // Let the last sessions' timers and the watcher's scan settle.
  await page.waitForTimeout(500);
  const countsAfter = await readCounts(cdp, world, extension);
  const heapAfter = await readHeap(cdp);

  // The same cycles in Chromium without Post Guard: how much the fixture page alone grows.
  const bare = await launchWithoutExtension({ port: server.port });
  let baseline: { before: Heap; after: Heap };
  try {
    const barePage = await bare.context.newPage();
    await barePage.goto(`${server.origin('x.com')}/home`);
    await barePage.waitForFunction(() => window.__fixture !== undefined);
    const bareCdp = await bare.context.newCDPSession(barePage);
    const bareCycle = async (): Promise<void> => {
      await openDialog(barePage);
      await barePage.keyboard.insertText('Well done Jack Thompson');
      await closeDialog(barePage);
    };
    for (let i = 0; i < WARM_UP_CYCLES; i++) await bareCycle();
    const before = await readHeap(bareCdp);
    for (let i = 0; i < CYCLES; i++) await bareCycle();
    baseline = { before, after: await readHeap(bareCdp) };
  } finally {
    await bare.close();
  }

  const report = {
    cycles: CYCLES,
    composer: 'X compose dialog (/home ↔ /compose/post), a pupil’s name typed and found in each cycle',
    note: 'Heap figures are the page’s V8 isolate after forced GC (HeapProfiler.collectGarbage): the page’s main world and Post Guard’s isolated world share one isolate. The baseline runs the same cycles without the extension.',
    withPostGuard: { before: heapBefore, after: heapAfter, growth: growth(heapBefore, heapAfter) },
    withoutPostGuard: { ...baseline, growth: growth(baseline.before, baseline.after) },
    postGuardHeapGrowthBytes:
      heapAfter.usedBytes - heapBefore.usedBytes - (baseline.after.usedBytes - baseline.before.usedBytes),
    counts: { before: countsBefore, after: countsAfter },
  };
  await mkdir('reports', { recursive: true });
  await writeFile(path.join('reports', 'memory.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));

  // Back at rest: only the home composer is open, and Post Guard holds exactly what it needs for it.
  expect(countsAfter.badgeAnchors).toBe(1);
  expect(countsAfter.panelAnchors).toBe(1);
  expect(countsAfter.sessions).toBe(1);
  expect(countsAfter.markLayers).toBe(1);
  expect(countsAfter.drawnMarks).toBe(0);
  // Nothing per cycle is kept: not one observer or controller more than before the 100 cycles.
  expect(countsAfter.resizeObservers).toBe(countsBefore.resizeObservers);
  expect(countsAfter.abortControllers).toBe(countsBefore.abortControllers);
  expect(countsAfter.mutationObservers).toBe(countsBefore.mutationObservers);
  // Fewer than 10 objects per cycle would remain even if all the growth were kept per cycle.
  expect(countsAfter.isolatedWorldObjects - countsBefore.isolatedWorldObjects).toBeLessThan(CYCLES * 10);
  expect(heapAfter.usedBytes - heapBefore.usedBytes).toBeLessThan(HEAP_GROWTH_LIMIT);
  expect(heapAfter.jsEventListeners - heapBefore.jsEventListeners).toBeLessThan(CYCLES);
});
