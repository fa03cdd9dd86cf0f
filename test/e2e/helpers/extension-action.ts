/**
 * Clicks Post Guard's toolbar button on a tab, as a member of staff does, in headless Chromium: the DevTools
 * Protocol's `Extensions.triggerAction` (Chromium 137+; Puppeteer's `Page.triggerExtensionAction`) runs the
 * browser's own action path, which grants `activeTab` for the tab and opens the real popup. Playwright drives a
 * persistent context over `--remote-debugging-pipe`, which the command needs.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { LaunchedExtension } from '../support/launch';

type Session = Awaited<
  ReturnType<NonNullable<ReturnType<BrowserContext['browser']>>['newBrowserCDPSession']>
>;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function browserSession(context: BrowserContext): Promise<Session> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser to open a DevTools session on');
  return browser.newBrowserCDPSession();
}

async function targets(session: Session): Promise<TargetInfo[]> {
  // The empty filter lists every kind of target, "tab" ones included (the default leaves them out).
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] } as never)) as {
    targetInfos: TargetInfo[];
  };
  return targetInfos;
}

/** Clicks the extension's action on the tab showing `page`; resolves once its popup is open. */
export async function clickToolbarButton(page: Page, extensionId: string): Promise<void> {
  const session = await browserSession(page.context());
  try {
    const tab = (await targets(session)).find((target) => target.type === 'tab' && target.url === page.url());
    if (!tab) throw new Error(`No tab target shows ${page.url()}`);
    await session.send(
      'Extensions.triggerAction' as never,
      { id: extensionId, targetId: tab.targetId } as never,
    );
    const popupUrl = `chrome-extension://${extensionId}/popup/index.html`;
    for (let tries = 0; tries < 50; tries++) {
      if ((await targets(session)).some((target) => target.url === popupUrl)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The popup did not open');
  } finally {
    await session.detach();
  }
}

/**
 * An extension page in a window of its own, from which the open popup is reached (the popup is not a page Playwright
 * attaches to). Its own window keeps the site's tab the active tab of the popup's window.
 */
export async function popupDriver(extension: LaunchedExtension): Promise<Page> {
  const opened = extension.context.waitForEvent('page');
  await extension.serviceWorker.evaluate(
    (url) => chrome.windows.create({ url, focused: false }),
    `chrome-extension://${extension.extensionId}/policy-page/index.html`,
  );
  const driver = await opened;
  await driver.waitForLoadState();
  return driver;
}

/** Runs `script` on the open popup's document (its window is found with chrome.extension.getViews). */
export function inPopup<T>(driver: Page, script: string): Promise<T> {
  return driver.evaluate(
    ([body]) => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0];
      if (!popup) throw new Error('No popup is open');
      return new Function('document', body!)(popup.document);
    },
    [script],
  ) as Promise<T>;
}
