/** Styles of everything Post Guard draws on a site, inside its own shadow root. */
export const OVERLAY_CSS = `
:host {
  all: initial;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  z-index: 2147483647 !important;
  display: block !important;
  contain: layout style;
  --pg-ok: #0b6b3a;
  --pg-warn: #8a4b00;
  --pg-critical: #b3261e;
  --pg-off: #5f6368;
  --pg-bg: #ffffff;
  --pg-fg: #1f2328;
  --pg-border: #c9d1d9;
  font: 500 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :host {
    --pg-ok: #6fdc9c;
    --pg-warn: #ffb86b;
    --pg-critical: #ff8a80;
    --pg-off: #bdc1c6;
    --pg-bg: #202124;
    --pg-fg: #e8eaed;
    --pg-border: #5f6368;
  }
}
.badge-anchor {
  position: fixed;
  pointer-events: none;
}
.badge {
  pointer-events: auto;
  display: inline-flex;
  align-items: center;
  gap: 4px;
  box-sizing: border-box;
  height: 22px;
  padding: 0 8px 0 4px;
  border: 1px solid var(--pg-border);
  border-radius: 11px;
  background: var(--pg-bg);
  color: var(--pg-fg);
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
  white-space: nowrap;
  cursor: default;
  user-select: none;
}
.badge svg { width: 16px; height: 16px; flex: none; }
.badge[data-state='findings'] { border-color: var(--pg-warn); }
.badge[data-state='critical'] { border-color: var(--pg-critical); }
.badge[data-state='off'] { border-color: var(--pg-off); border-style: dashed; }
.count {
  min-width: 16px;
  height: 16px;
  padding: 0 4px;
  box-sizing: border-box;
  border-radius: 8px;
  background: var(--pg-warn);
  color: var(--pg-bg);
  font-size: 11px;
  line-height: 16px;
  text-align: center;
}
.badge[data-state='critical'] .count { background: var(--pg-critical); }
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.dot { width: 8px; height: 8px; border-radius: 4px; background: var(--pg-ok); }
.badge[data-state='off'] .dot { background: var(--pg-off); }
`;
