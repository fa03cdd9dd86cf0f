import { ensureOffscreenDocument, sendExtensionMessage, type PhotoCheckReply } from '../platform/browser';

/** The offscreen document that runs the face detector (offscreen/index.html). */
const OFFSCREEN_PAGE = 'offscreen/index.html';

/**
 * Passes a content script's downscaled photo to the face detector. The offscreen document is opened with the
 * first photo, so a member of staff who never attaches one never loads the model.
 */
export async function checkPhoto(image: string, allPasses = false): Promise<PhotoCheckReply> {
  try {
    await ensureOffscreenDocument(
      OFFSCREEN_PAGE,
      'Counts the faces in a photo attached to a post, on this device, with a model shipped in the extension.',
    );
    return await sendExtensionMessage({ type: 'detect-faces', image, allPasses });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
