import { onExtensionMessage, openOptionsPage, openExtensionPage } from '../platform/browser';

/**
 * The service worker does what content scripts cannot: open the extension's own pages when the in-page UI
 * asks. It keeps no state and sees no post text.
 */
onExtensionMessage((message) => {
  if (message.type === 'open-options') void openOptionsPage();
  if (message.type === 'open-policy') void openExtensionPage('policy-page/index.html');
});
