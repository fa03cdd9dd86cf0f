/**
 * Parses a settings file's text as JSON. Windows Notepad and Excel save UTF-8 with a byte-order mark, which
 * JSON.parse refuses; it is not part of the settings, so it is dropped first.
 */
export function parseJsonFile(text: string): unknown {
  return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}
