// @vitest-environment happy-dom
/** The capture listeners take the attached files and leave the event exactly as the site will see it. */
import { describe, expect, it } from 'vitest';
import { installPhotoCapture } from '../../../src/photo/capture';

function fileInput(files: File[]): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  Object.defineProperty(input, 'files', { value: files });
  document.body.append(input);
  return input;
}

describe('installPhotoCapture', () => {
  it('takes the photos and videos of a file input’s change, and the site still gets the event untouched', () => {
    const taken: File[][] = [];
    installPhotoCapture((files) => taken.push(files), new AbortController().signal);
    const photo = new File(['x'], 'a.jpg', { type: 'image/jpeg' });
    const video = new File(['y'], 'b.mp4', { type: 'video/mp4' });
    const text = new File(['z'], 'c.txt', { type: 'text/plain' });
    const input = fileInput([photo, video, text]);
    let siteSaw: Event | undefined;
    input.addEventListener('change', (event) => (siteSaw = event));
    const event = new Event('change', { bubbles: true, cancelable: true });
    input.dispatchEvent(event);
    expect(taken).toEqual([[photo, video]]);
    expect(siteSaw).toBe(event);
    expect(event.defaultPrevented).toBe(false);
    expect([...input.files!]).toEqual([photo, video, text]);
  });

  it('ignores inputs that are not file inputs and files that are not pictures', () => {
    const taken: File[][] = [];
    installPhotoCapture((files) => taken.push(files), new AbortController().signal);
    const text = document.createElement('input');
    document.body.append(text);
    text.dispatchEvent(new Event('change', { bubbles: true }));
    fileInput([new File(['z'], 'c.txt', { type: 'text/plain' })]).dispatchEvent(
      new Event('change', { bubbles: true }),
    );
    expect(taken).toEqual([]);
  });

  it('stops listening when its signal aborts', () => {
    const taken: File[][] = [];
    const stop = new AbortController();
    installPhotoCapture((files) => taken.push(files), stop.signal);
    stop.abort();
    fileInput([new File(['x'], 'a.jpg', { type: 'image/jpeg' })]).dispatchEvent(
      new Event('change', { bubbles: true }),
    );
    expect(taken).toEqual([]);
  });
});
