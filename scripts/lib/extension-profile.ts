/**
 * Post Guard's own share of a page's main thread, from a CPU profile: what `npm run bench:browser` reports beside
 * the with/without difference, which a shared machine moves by hundreds of milliseconds.
 *
 * Chromium's tracing (DevTools protocol `Tracing`, browser-wide, so it follows a navigation into a new renderer)
 * with the `disabled-by-default-v8.cpu_profiler` category records V8's sampling profile of every thread as
 * `ProfileChunk` events: call-tree nodes (each with its script's URL) and samples with time deltas. Only renderer
 * main threads (`CrRendererMain`) count, so the extension's service worker is left out. A sample is Post Guard's
 * when any frame on its stack comes from a chrome-extension:// script: this counts what our code calls (DOM
 * queries, layout it forces, regular expressions, garbage collection it causes), not only its own statements.
 */
import type { CDPSession } from '@playwright/test';

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface ExtensionProfile {
  /** Main-thread milliseconds with a Post Guard frame on the stack. */
  extensionMs: number;
  /** All sampled main-thread milliseconds that were not idle (the page's and ours). */
  busyMs: number;
  /** Post Guard's functions by self time (its own frame on top of the stack), the costliest first. */
  top: { fn: string; file: string; selfMs: number; totalMs: number }[];
}

const EXTENSION = 'chrome-extension://';
const IDLE_FRAMES = new Set(['(idle)', '(root)']);

/** Starts recording; call the returned function to stop and read Post Guard's share. */
export async function startExtensionProfile(cdp: CDPSession): Promise<() => Promise<ExtensionProfile>> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }): void =>
    void events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: ['disabled-by-default-v8.cpu_profiler', '__metadata'],
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return summarise(events);
  };
}

function summarise(events: readonly TraceEvent[]): ExtensionProfile {
  const mainThreads = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  // A profile starts with a `Profile` event on the thread it samples; its chunks, which share its id, come from
  // the profiler's own thread, with its nodes and samples spread over them.
  const mainThreadProfiles = new Set(
    events
      .filter((event) => event.name === 'Profile' && mainThreads.has(`${event.pid}:${event.tid}`))
      .map((event) => `${event.pid}:${event.id}`),
  );
  const profiles = new Map<
    string,
    { nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }
  >();
  for (const event of events) {
    const key = `${event.pid}:${event.id}`;
    if (event.name !== 'ProfileChunk' || !mainThreadProfiles.has(key)) continue;
    let profile = profiles.get(key);
    if (!profile) profiles.set(key, (profile = { nodes: new Map(), samples: [], deltas: [] }));
    const data = event.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(data?.timeDeltas ?? []));
  }
  let extensionUs = 0;
  let busyUs = 0;
  const byFunction = new Map<string, { fn: string; file: string; selfUs: number; totalUs: number }>();
  const entry = (frame: CallFrame) => {
    const file = (frame.url ?? '').replace(/^chrome-extension:\/\/[^/]+\/(assets\/)?/, '');
    const key = `${frame.functionName}|${file}|${frame.lineNumber}:${frame.columnNumber}`;
    let found = byFunction.get(key);
    if (!found)
      byFunction.set(
        key,
        (found = {
          fn: frame.functionName || '(anonymous)',
          file: `${file}:${(frame.lineNumber ?? 0) + 1}:${(frame.columnNumber ?? 0) + 1}`,
          selfUs: 0,
          totalUs: 0,
        }),
      );
    return found;
  };
  for (const { nodes, samples, deltas } of profiles.values()) {
    // Each sample lasts until the next one: its time is the next sample's delta.
    for (let index = 0; index < samples.length; index++) {
      const duration = deltas[index + 1] ?? 0;
      const leaf = nodes.get(samples[index]!);
      if (!leaf || IDLE_FRAMES.has(leaf.callFrame.functionName)) continue;
      busyUs += duration;
      const counted = new Set<object>();
      let ours = false;
      for (let node: ProfileNode | undefined = leaf; node; node = nodes.get(node.parent ?? -1)) {
        if (!node.callFrame.url?.startsWith(EXTENSION)) continue;
        ours = true;
        const stats = entry(node.callFrame);
        if (node === leaf) stats.selfUs += duration;
        if (!counted.has(stats)) stats.totalUs += duration;
        counted.add(stats);
      }
      if (ours) extensionUs += duration;
    }
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    extensionMs: ms(extensionUs),
    busyMs: ms(busyUs),
    top: [...byFunction.values()]
      .sort((a, b) => b.selfUs - a.selfUs)
      .slice(0, 12)
      .map(({ fn, file, selfUs, totalUs }) => ({ fn, file, selfMs: ms(selfUs), totalMs: ms(totalUs) })),
  };
}
