/**
 * `npm test`: the type check, lint, unit tests and build side by side, then the end-to-end tests on that build.
 *
 * The first four do not depend on one another, and none of them alone keeps two cores busy for long (tsc, eslint and
 * most of vite run on one thread), so together they take about the time of the longest. Each one's output is shown
 * whole when it ends, not interleaved. The end-to-end tests need the build and run last, alone, so that their
 * browsers do not compete with the others for the CPU. As before, a failure in the first group stops the run before
 * the end-to-end tests. Each step's time is printed at the end (the README's "Build and test" gives figures).
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
process.stdout.write('Running side by side: typecheck, lint, test:unit, build\n');
const steps = await Promise.all(['typecheck', 'lint', 'test:unit', 'build'].map(runQuietly));
if (steps.every((step) => step.ok)) steps.push(await runAloud('test:e2e'));

const total = elapsed(start);
process.stdout.write('\nnpm test:\n');
for (const step of steps) {
  process.stdout.write(
    `  ${step.script.padEnd(10)} ${step.ok ? 'passed' : 'FAILED'} ${step.seconds.toFixed(0).padStart(5)} s\n`,
  );
}
if (steps.length < 5) process.stdout.write('  test:e2e   not run (a step above failed)\n');
process.stdout.write(`  total              ${total.toFixed(0).padStart(5)} s\n`);
process.exitCode = steps.length === 5 && steps.every((step) => step.ok) ? 0 : 1;
