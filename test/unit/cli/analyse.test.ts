import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts', 'analyse.ts');
const CONFIG = join(ROOT, 'test', 'corpus', 'welbeck-test.json');

/** Runs the command line as `npm run analyse` does (tsx), without a terminal: no colour. */
function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/analyse.ts', () => {
  it('prints the findings with the text marked, severity and reason, without colour when not a terminal', () => {
    const { status, stdout } = cli([
      '--config',
      CONFIG,
      'Great trip with Year 4 today! Call me on 07700 900123',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('2 findings (x, personal account)');
    expect(stdout).toContain('WARNING class');
    expect(stdout).toContain('Great trip with [[Year 4]] today!');
    expect(stdout).toContain('[[07700 900123]]');
    expect(stdout).toContain('This names a class.');
    expect(stdout).toContain('Policy, Social Media Use – Staff');
    expect(stdout).not.toContain('\u001b[');
  }, 60_000);

  it('reads the platform, account and media options', () => {
    const { status, stdout } = cli([
      '--account',
      'official',
      '--platform',
      'facebook',
      '--media',
      'Oak Class assembly',
    ]);
    expect(status).toBe(0);
    expect(stdout).toContain('1 finding (facebook, official account, with media)');
    expect(stdout).toContain('INFO media');
  }, 60_000);

  it('takes what the photo check found: no face holds nothing back, faces beside a class are critical', () => {
    const pet = cli(['--config', CONFIG, '--media-faces', '0', 'Me and my dog']);
    expect(pet.status).toBe(0);
    expect(pet.stdout).toContain('No problems found (x, personal account, a photo (faces: 0))');
    const people = cli(['--config', CONFIG, '--media-faces', '3', 'Year 4 were brilliant']);
    expect(people.stdout).toContain('CRITICAL media');
    expect(cli(['--media-faces', 'some', 'Hello']).status).toBe(2);
  }, 60_000);

  it('answers JSON lines with one line per input, an error line for a bad input, and nothing else', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Year 4 were brilliant', platform: 'x', account: 'personal' }),
      'this is not json',
      JSON.stringify({ id: 'b', text: 'Lovely day', platform: 'tiktok' }),
      '',
      JSON.stringify({ id: 3, text: 'Welbeck Primary sports day', account: 'official', media: true }),
      JSON.stringify({ id: 'd' }),
    ].join('\n');
    const { status, stdout, stderr } = cli(['--config', CONFIG, '--jsonl'], input);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0].id).toBe('a');
    expect(lines[0].findings.map((f: { category: string; match: string }) => [f.category, f.match])).toEqual([
      ['class', 'Year 4'],
    ]);
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('not valid JSON') });
    expect(lines[2]).toEqual({ id: 'b', error: 'platform must be one of x, facebook, youtube' });
    expect(lines[3].id).toBe(3);
    expect(
      lines[3].findings.map((f: { category: string; severity: string }) => [f.category, f.severity]),
    ).toEqual([['media', 'info']]);
    expect(lines[4]).toEqual({ id: 'd', error: 'text must be a string' });
  }, 60_000);

  it('fails with a clear message naming the field of a malformed config', () => {
    const folder = mkdtempSync(join(tmpdir(), 'post-guard-'));
    const bad = join(folder, 'school.json');
    writeFileSync(
      bad,
      JSON.stringify({ schoolName: 'Oakfield', pupils: [{ firstName: 'Amy' }], classNames: [3] }),
    );
    const { status, stdout, stderr } = cli(['--config', bad, '--jsonl'], '{"id":1,"text":"hi"}\n');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('has 2 errors');
    expect(stderr).toContain('pupils[0].lastName: is missing');
    expect(stderr).toContain('classNames[0]: must be a non-empty string, not a number');

    writeFileSync(bad, '{ "schoolName": ');
    const broken = cli(['--config', bad, 'hello']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
  }, 60_000);

  it('answers the lines after one whose id is nested too deep to write back', () => {
    const deep = `{"id":${'['.repeat(100_000)}${']'.repeat(100_000)},"text":"hi"}`;
    const input = [deep, JSON.stringify({ id: 'after', text: 'Year 4 were brilliant' })].join('\n');
    const { status, stdout } = cli(['--config', CONFIG, '--jsonl'], input);
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(lines[1].id).toBe('after');
    expect(lines[1].findings).toHaveLength(1);
  }, 60_000);

  it('reads a config file saved with a UTF-8 byte-order mark', () => {
    const folder = mkdtempSync(join(tmpdir(), 'post-guard-'));
    const withMark = join(folder, 'school.json');
    writeFileSync(withMark, `\uFEFF${JSON.stringify({ schoolName: 'Oakfield Primary School' })}`);
    const { status, stdout, stderr } = cli(['--config', withMark, 'Sports day at Oakfield Primary School']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Oakfield Primary School');
  }, 60_000);

  it('rejects an unknown option value', () => {
    const { status, stderr } = cli(['--platform', 'tiktok', 'hello']);
    expect(status).toBe(2);
    expect(stderr).toContain('--platform must be one of x, facebook, youtube');
  }, 60_000);
});
