import type { Platform } from '../engine/types';
import { isSiteChecked, type Settings } from '../settings/settings';
import { onSettingsChanged } from '../platform/browser';
import { prefetchSettings } from './analysis';
import { SITE_NAMES } from '../sites/site-for-url';
import { pauseEndWords } from '../ui/pause-end';
import { setLongTimeout } from './page-context';
import {
  answerTabStatus,
  onPauseChanged,
  pausedUntil,
  type ComposerReport,
  type TabStatusReport,
} from '../platform/tab-status';

type ReportSource = () => ComposerReport;

/**
 * What this page's Post Guard knows across its composers: whether checking is paused on the site, and a report
 * for the popup. One per page (per frame), shared by every composer session.
 */
export class PageState {
  private readonly sources = new Set<ReportSource>();
  private readonly pauseListeners = new Set<() => void>();
  private until: number | undefined;
  private cancelTimer: (() => void) | undefined;
  private siteChecked = true;
  private pauseAllowed = true;

  constructor(readonly platform: Platform) {
    answerTabStatus(() => this.report());
    // The school can switch a site off or forbid pausing at any time (options page or Admin console). The first
    // read counts only if no change has arrived since: a later change is newer.
    let changed = false;
    onSettingsChanged((state) => {
      changed = true;
      this.applySettings(state.settings);
    });
    void prefetchSettings()
      .then((settings) => {
        if (!changed) this.applySettings(settings);
      })
      .catch(() => undefined);
    onPauseChanged(() => void this.refreshPause());
    void this.refreshPause();
  }

  /** When checking on this site is paused until, or undefined when it is on (or the school forbids pausing). */
  get pausedUntil(): number | undefined {
    return this.pauseAllowed ? this.until : undefined;
  }

  /** Why Post Guard is not checking on this page, in words for the member of staff; undefined when it is. */
  get offReason(): string | undefined {
    if (!this.siteChecked) return `your school has switched checking off on ${SITE_NAMES[this.platform]}.`;
    const until = this.pausedUntil;
    if (until === undefined) return undefined;
    return `you paused checking on this site until ${pauseEndWords(until)}.`;
  }

  /** The school's settings decide whether this site is checked and whether a pause counts. */
  private applySettings(settings: Settings): void {
    const checked = isSiteChecked(settings, this.platform);
    const allowed = settings.allowPause;
    if (checked === this.siteChecked && allowed === this.pauseAllowed) return;
    this.siteChecked = checked;
    this.pauseAllowed = allowed;
    for (const listener of this.pauseListeners) listener();
  }

  addComposer(source: ReportSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }

  onPauseChange(listener: () => void): () => void {
    this.pauseListeners.add(listener);
    return () => this.pauseListeners.delete(listener);
  }

  report(): TabStatusReport {
    const report: TabStatusReport = {
      platform: this.platform,
      composers: [...this.sources].map((source) => source()),
    };
    if (this.pausedUntil !== undefined) report.pausedUntil = this.pausedUntil;
    return report;
  }

  private async refreshPause(): Promise<void> {
    this.until = await pausedUntil(this.platform).catch(() => undefined);
    this.cancelTimer?.();
    // The pause ends by itself: switch checks back on when it does (a 30-day pause is waited in steps).
    if (this.until !== undefined)
      this.cancelTimer = setLongTimeout(() => void this.refreshPause(), this.until - Date.now() + 50);
    for (const listener of this.pauseListeners) listener();
  }
}

let pageState: PageState | undefined;

export function getPageState(platform: Platform): PageState {
  pageState ??= new PageState(platform);
  return pageState;
}
