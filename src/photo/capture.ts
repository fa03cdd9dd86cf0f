/**
 * Takes the files a person attaches — through a file input, by dropping them or by pasting — as they attach them.
 * Listeners are on window in the capture phase, so they run before the site's own handlers, and they only read:
 * never preventDefault, never stop propagation, never touch input.files (the site uploads exactly what it would
 * have without Post Guard). The File references are taken inside the event, while the event still holds them.
 * Source of the approach and of what was tested: docs/research/photo-checks.md.
 */
export function installPhotoCapture(onFiles: (files: File[]) => void, signal: AbortSignal): void {
  const take = (files: FileList | null | undefined): void => {
    const pictures = [...(files ?? [])].filter(isPicture);
    if (pictures.length > 0) onFiles(pictures);
  };
  window.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === 'file') take(input.files);
    },
    { capture: true, signal },
  );
  window.addEventListener('drop', (event) => take(event.dataTransfer?.files), { capture: true, signal });
  window.addEventListener('paste', (event) => take(event.clipboardData?.files), { capture: true, signal });
}

export function isPicture(file: Blob): boolean {
  return file.type.startsWith('image/') || file.type.startsWith('video/');
}
