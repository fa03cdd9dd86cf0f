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
  /* No 'contain' here: containment would make this 0×0 host the box that fixed descendants (the dialog's
     backdrop) are placed in. */
  font: 500 12px/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
}
/* The colours are set inside the shadow root, where the page cannot read them (the host's are visible to it). */
.overlay {
  --pg-ok: #0b6b3a;
  --pg-warn: #8a4b00;
  --pg-critical: #b3261e;
  --pg-off: #5f6368;
  --pg-bg: #ffffff;
  --pg-fg: #1f2328;
  --pg-border: #c9d1d9;
  --pg-muted: #4b5563;
  --pg-surface: #f6f8fa;
  --pg-focus: #0b5cad;
  --pg-button: #0b5cad;
  --pg-button-text: #ffffff;
  --pg-mark-warning: #d97706;
  --pg-mark-warning-tint: rgba(245, 158, 11, 0.28);
  --pg-mark-critical: #dc2626;
  --pg-mark-critical-tint: rgba(220, 38, 38, 0.26);
  --pg-mark-info: #2563eb;
}
.overlay[data-theme='dark'] {
  --pg-ok: #6fdc9c;
  --pg-warn: #ffb86b;
  --pg-critical: #ff8a80;
  --pg-off: #bdc1c6;
  --pg-bg: #202124;
  --pg-fg: #e8eaed;
  --pg-border: #5f6368;
  --pg-muted: #bdc1c6;
  --pg-surface: #2a2b2e;
  --pg-focus: #8cc4ff;
  --pg-button: #8cc4ff;
  --pg-button-text: #0d1117;
  --pg-mark-warning: #fbbf24;
  --pg-mark-warning-tint: rgba(251, 191, 36, 0.24);
  --pg-mark-critical: #f87171;
  --pg-mark-critical-tint: rgba(248, 113, 113, 0.26);
  --pg-mark-info: #60a5fa;
}
.badge-anchor {
  position: fixed;
  pointer-events: none;
}
.badge {
  pointer-events: auto;
  font: inherit;
  margin: 0;
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
/* Over text that reaches the composer's corner, the badge keeps only its icon and count ("Checks off" stays). */
.badge-anchor.compact .badge:not([data-state='off']) .label { display: none; }
.badge[aria-expanded] { cursor: pointer; }
.badge:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 2px; }
.badge svg { width: 16px; height: 16px; flex: none; }
.badge svg.lesson-clock { width: 13px; height: 13px; margin-left: -2px; color: var(--pg-fg); }
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
.panel-anchor {
  position: fixed;
  pointer-events: none;
}
/* Said when Post Guard's badge could not load (src/content/start-failure.ts). */
.start-failure {
  position: fixed;
  left: 16px;
  bottom: 16px;
  max-width: 360px;
  padding: 8px 10px;
  border: 1px dashed var(--pg-off);
  border-radius: 8px;
  background: var(--pg-bg);
  color: var(--pg-fg);
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18);
}
.start-failure button {
  font: inherit;
  margin-left: 4px;
  color: var(--pg-button);
  background: none;
  border: none;
  text-decoration: underline;
  cursor: pointer;
}
.panel {
  pointer-events: auto;
  box-sizing: border-box;
  width: 100%;
  max-height: min(60vh, 480px);
  overflow-y: auto;
  padding: 10px 12px;
  border: 1px solid var(--pg-border);
  border-radius: 10px;
  background: var(--pg-bg);
  color: var(--pg-fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  font-size: 13px;
  line-height: 1.4;
}
.panel header { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.panel h2 { margin: 0; font-size: 14px; font-weight: 700; }
.panel .close {
  font: inherit; font-size: 18px; line-height: 1; width: 28px; height: 28px;
  border: 0; border-radius: 14px; background: transparent; color: var(--pg-fg); cursor: pointer;
}
.panel .close:hover { background: var(--pg-surface); }
.panel .account { margin: 4px 0 8px; color: var(--pg-muted); }
.panel .declare { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: var(--pg-surface); cursor: pointer; }
.panel .declare input { margin: 0; width: 16px; height: 16px; accent-color: var(--pg-button); }
.panel .lesson, .dialog .lesson { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: var(--pg-surface); }
.dialog .lesson { margin-top: 8px; }
.panel ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.panel li { padding: 8px; border-radius: 8px; background: var(--pg-surface); border-left: 4px solid var(--pg-ok); }
.panel li[data-severity='warning'] { border-left-color: var(--pg-warn); }
.panel li[data-severity='critical'] { border-left-color: var(--pg-critical); }
.panel p { margin: 0; }
.panel .what { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.panel .what q { font-weight: 600; }
.panel .why { margin-top: 2px; }
.panel blockquote { margin: 6px 0 0; padding-left: 8px; border-left: 2px solid var(--pg-border); color: var(--pg-muted); font-size: 12px; }
.panel .actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 6px; }
.panel .actions:empty { display: none; }
.panel button:not(.close) {
  font: inherit; font-size: 12px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--pg-button); background: var(--pg-button); color: var(--pg-button-text);
}
.panel .footer { margin-top: 8px; text-align: right; }
.panel button.link { border: 0; background: transparent; color: var(--pg-focus); text-decoration: underline; padding: 2px 4px; }
.panel .mistake { flex-basis: 100%; display: grid; gap: 4px; margin-top: 4px; padding: 6px 8px; border: 1px solid var(--pg-border); border-radius: 6px; }
.panel .mistake label { display: flex; align-items: center; gap: 4px; }
.panel button.quiet { background: transparent; color: var(--pg-fg); border-color: var(--pg-border); }
.panel button:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 2px; }
.icon { width: 16px; height: 16px; flex: none; }
.icon path, .icon circle { fill: var(--pg-ok); }
.icon.warning path { fill: var(--pg-warn); }
.icon.critical path { fill: var(--pg-critical); }
.icon text { fill: var(--pg-bg); font: 700 10px/1 system-ui, sans-serif; }
.contact-note {
  position: fixed; box-sizing: border-box; width: 260px; pointer-events: auto;
  padding: 8px 10px; border-radius: 8px; background: var(--pg-bg); color: var(--pg-fg);
  border: 1px solid var(--pg-border); border-left: 4px solid var(--pg-warn);
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.18); font-size: 12.5px; line-height: 1.4;
}
.contact-note p { margin: 0 0 6px; }
.contact-note button {
  font: inherit; font-weight: 600; padding: 4px 10px; border-radius: 14px; cursor: pointer;
  border: 1px solid var(--pg-button); background: transparent; color: var(--pg-fg);
}
.contact-note .note-buttons { display: flex; gap: 6px; }
.contact-note button.quiet { border-color: var(--pg-border); font-weight: 500; }
.contact-note button:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 2px; }
.backdrop {
  position: fixed; inset: 0; pointer-events: auto;
  display: grid; place-items: center;
  background: rgba(0, 0, 0, 0.45);
}
.dialog {
  box-sizing: border-box; width: min(480px, calc(100vw - 32px)); max-height: calc(100vh - 48px); overflow-y: auto;
  padding: 18px 20px; border-radius: 14px; background: var(--pg-bg); color: var(--pg-fg);
  border: 1px solid var(--pg-border); box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
  font-size: 14px; line-height: 1.45;
}
.dialog h2 { margin: 0 0 6px; font-size: 18px; }
.dialog p { margin: 0; }
.dialog ul { list-style: none; margin: 12px 0; padding: 0; display: grid; gap: 8px; }
.dialog li { padding: 8px 10px; border-radius: 8px; background: var(--pg-surface); border-left: 4px solid var(--pg-warn); }
.dialog li[data-severity='critical'] { border-left-color: var(--pg-critical); }
.dialog mark { background: rgba(245, 158, 11, 0.3); color: inherit; padding: 0 2px; border-radius: 3px; }
.dialog li[data-severity='critical'] mark { background: rgba(220, 38, 38, 0.28); }
.dialog blockquote { margin: 4px 0 0; padding-left: 8px; border-left: 2px solid var(--pg-border); color: var(--pg-muted); font-size: 12.5px; }
.model-wording { font-style: italic; }
.dialog .reason { display: grid; gap: 4px; margin: 8px 0; font-weight: 600; }
.dialog textarea { font: inherit; font-weight: 400; padding: 6px 8px; border-radius: 6px; border: 1px solid var(--pg-muted); background: var(--pg-bg); color: var(--pg-fg); resize: vertical; }
.dialog .blocked { margin: 8px 0; font-weight: 600; color: var(--pg-critical); }
.dialog .buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
.dialog button { font: inherit; font-weight: 600; padding: 7px 14px; border-radius: 18px; cursor: pointer; }
.dialog .primary { border: 1px solid var(--pg-button); background: var(--pg-button); color: var(--pg-button-text); }
.dialog .secondary { border: 1px solid var(--pg-border); background: transparent; color: var(--pg-fg); }
.dialog .secondary:disabled { opacity: 0.55; cursor: not-allowed; }
.dialog button:focus-visible, .dialog textarea:focus-visible { outline: 2px solid var(--pg-focus); outline-offset: 2px; }
.textarea-mirror {
  position: fixed; left: 0; top: 0; visibility: hidden; pointer-events: none;
  white-space: pre-wrap; overflow-wrap: break-word; border-style: solid; border-color: transparent;
}
/* Marks on the words found (src/content/marks.ts): a layer over the composer's visible box that cuts them off at
   its edges, and never takes a click or a hover from the site. */
.marks { position: fixed; overflow: hidden; pointer-events: none; }
.mark { position: absolute; border-radius: 2px; }
.mark.warning { background: var(--pg-mark-warning-tint); }
.mark.critical { background: var(--pg-mark-critical-tint); }
.mark.info { box-sizing: border-box; border-bottom: 2px dotted var(--pg-mark-info); }
.mark .wave { position: absolute; left: 0; bottom: -2px; overflow: visible; }
.mark .wave path { fill: none; stroke-width: 1.1px; stroke-linecap: round; }
.mark.warning .wave path { stroke: var(--pg-mark-warning); }
.mark.critical .wave path { stroke: var(--pg-mark-critical); }
`;
