import {
  ensureOffscreenDocument,
  readSettings,
  sendExtensionMessage,
  type PhotoCheckReply,
} from '../platform/browser';

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
    // The offscreen document can reach no storage: the school's logo fingerprints travel with the photo.
    const logos = (await readSettings()).schoolLogos.map((logo) => logo.hash);
    return await sendExtensionMessage({ type: 'detect-faces', image, allPasses, logos });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
