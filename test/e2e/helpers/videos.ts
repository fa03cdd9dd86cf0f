import type { BrowserContext } from '@playwright/test';

/**
 * A short WebM video made in Chromium itself (no ffmpeg on this machine): a photo drawn on a canvas, frame after
 * frame, recorded by MediaRecorder from the canvas's stream, in a blank page of its own (no site, no extension
 * script, nothing fetched). The photo drifts a few pixels per frame so that the frames differ.
 */
export async function recordWebm(
  context: BrowserContext,
  photo: { buffer: Buffer; mimeType: string },
  seconds = 1.5,
): Promise<Buffer> {
  const page = await context.newPage();
  try {
    const base64 = await page.evaluate(
      async ({ photoUrl, milliseconds }) => {
        const image = new Image();
        image.src = photoUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 640;
        canvas.height = Math.round((640 * image.naturalHeight) / image.naturalWidth / 2) * 2;
        const context2d = canvas.getContext('2d')!;
        const recorder = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm;codecs=vp8' });
        const chunks: Blob[] = [];
        recorder.ondataavailable = (event) => chunks.push(event.data);
        const stopped = new Promise((resolve) => (recorder.onstop = resolve));
        let frame = 0;
        const draw = (): void => {
          context2d.fillStyle = '#000';
          context2d.fillRect(0, 0, canvas.width, canvas.height);
          context2d.drawImage(image, frame % 8, 0, canvas.width, canvas.height);
          frame++;
        };
        draw();
        recorder.start(100);
        const timer = setInterval(draw, 1000 / 15);
        await new Promise((resolve) => setTimeout(resolve, milliseconds));
        clearInterval(timer);
        recorder.stop();
        await stopped;
        const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return btoa(binary);
      },
      {
        photoUrl: `data:${photo.mimeType};base64,${photo.buffer.toString('base64')}`,
        milliseconds: seconds * 1000,
      },
    );
    return Buffer.from(base64, 'base64');
  } finally {
    await page.close();
  }
}
