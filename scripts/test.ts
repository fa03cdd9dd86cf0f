/**
 * `npm test`: the type check, lint and build side by side; then the unit tests; then the end-to-end tests on that
 * build.
 *
 * tsc, eslint and prettier, and most of vite run on one thread each and do not depend on one another, so on two
 * cores the three take about the time of the longest instead of their sum. Each one's output is shown whole when it
 * ends, not interleaved. The unit tests and the end-to-end tests (two workers, test/e2e/
 * playwright.config.ts) each run alone, so that their time limits are not spent waiting for a core that the others
 * hold: run beside the type check and lint on a loaded 2-core machine, the fuzz test, the held-out check and the
 * options page's axe check ran past their limits. As before, a failure stops the run before the next group. Each
 * step's time is printed at the end (the README's "Build and test" gives figures).
 */
import { spawn } from 'node:child_process';

interface Step {
  script: string;
  seconds: number;
  ok: boolean;
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const elapsed = (start: number): number => (performance.now() - start) / 1000;

/** Runs `npm run <script>` with its output kept until it ends, then printed in one piece. */
function runQuietly(script: string): Promise<Step> {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const step = { script, seconds: elapsed(start), ok: code === 0 };
      process.stdout.write(
        `\n── ${script}: ${step.ok ? 'passed' : 'FAILED'} in ${step.seconds.toFixed(0)} s ──\n`,
      );
      process.stdout.write(Buffer.concat(output));
      resolve(step);
    });
  });
}

/** Runs `npm run <script>` with its output shown as it comes. */
function runAloud(script: string): Promise<Step> {
  const start = performance.now();
  process.stdout.write(`\n── ${script} ──\n`);
  return new Promise((resolve) => {
    spawn(npm, ['run', script], { stdio: 'inherit' }).on('close', (code) =>
      resolve({ script, seconds: elapsed(start), ok: code === 0 }),
    );
  });
}

const start = performance.now();
const steps: Step[] = [];
const allPassed = (): boolean => steps.every((step) => step.ok);
process.stdout.write('Running side by side: typecheck, lint, build\n');
steps.push(...(await Promise.all(['typecheck', 'lint', 'build'].map(runQuietly))));
for (const script of ['test:unit', 'test:e2e']) {
  if (allPassed()) steps.push(await runAloud(script));
}

const total = elapsed(start);
process.stdout.write('\nnpm test:\n');
for (const step of steps) {
  process.stdout.write(
    `  ${step.script.padEnd(10)} ${step.ok ? 'passed' : 'FAILED'} ${step.seconds.toFixed(0).padStart(5)} s\n`,
  );
}
for (const script of ['test:unit', 'test:e2e'].slice(steps.length - 3)) {
  process.stdout.write(`  ${script.padEnd(10)} not run (a step above failed)\n`);
}
process.stdout.write(`  total             ${total.toFixed(0).padStart(5)} s\n`);
process.exitCode = steps.length === 5 && allPassed() ? 0 : 1;
