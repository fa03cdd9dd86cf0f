/**
 * What the options page and the popup show until the settings are read: the same words their HTML shows from the
 * first paint, so the page is never blank (on a busy computer reading the settings has taken seconds).
 */
export function SettingsLoading() {
  return (
    <p class="pg-loading" role="status">
      Loading your school’s settings…
    </p>
  );
}
