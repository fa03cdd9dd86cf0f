/**
 * When a pause ends, in words: a time of day for a pause that ends today ("16:22"), with the day and date for
 * one that ends on another day ("Tue 8 Dec, 16:22"): "until 16:22" alone read as today.
 */
export function pauseEndWords(until: number, now = Date.now()): string {
  const end = new Date(until);
  const time = end.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (end.toDateString() === new Date(now).toDateString()) return time;
  const weekday = end.toLocaleDateString('en-GB', { weekday: 'short' });
  const date = end.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(end.getFullYear() === new Date(now).getFullYear() ? {} : { year: 'numeric' }),
  });
  return `${weekday} ${date}, ${time}`;
}
