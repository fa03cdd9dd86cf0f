import type { Platform } from '../engine/types';
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
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly platform: Platform) {
    answerTabStatus(() => this.report());
    onPauseChanged(() => void this.refreshPause());
    void this.refreshPause();
  }

  /** When checking on this site is paused until, or undefined when it is on. */
  get pausedUntil(): number | undefined {
    return this.until;
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
    if (this.until !== undefined) report.pausedUntil = this.until;
    return report;
  }

  private async refreshPause(): Promise<void> {
    this.until = await pausedUntil(this.platform).catch(() => undefined);
    clearTimeout(this.timer);
    // The pause ends by itself: switch checks back on when it does.
    if (this.until !== undefined)
      this.timer = setTimeout(() => void this.refreshPause(), this.until - Date.now() + 50);
    for (const listener of this.pauseListeners) listener();
  }
}

let pageState: PageState | undefined;

export function getPageState(platform: Platform): PageState {
  pageState ??= new PageState(platform);
  return pageState;
}
