/**
 * Analyses a draft post from the command line, as the extension would.
 *
 *   npm run analyse -- [--config school.json] [--platform x|facebook|youtube] [--account personal|official]
 *                      [--media] [--media-faces N|unchecked|failed] [--media-location] [--reply] "text of the post"
 *   npm run analyse -- --config school.json --jsonl < posts.jsonl
 *
 * The first form prints the findings for a person to read (in colour when writing to a terminal). With --jsonl,
 * each input line {id, text, platform?, account?, media?, reply?} gives one output line {id, findings} (or
 * {id, error} for a bad line, and the run goes on); nothing else is written to stdout.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyse } from '../src/engine/analyse';
import type { AccountKind, AnalysisContext, Finding, MediaFacts, Platform } from '../src/engine/types';
import { POLICY_CLAUSES } from '../src/policy/clauses';
import type { Settings } from '../src/settings/settings';
import { UsageError, loadSettings } from './lib/config';
import { installNodeTagger } from './lib/engine-host';

const PLATFORMS: readonly Platform[] = ['x', 'facebook', 'youtube'];
const ACCOUNTS: readonly AccountKind[] = ['personal', 'official', 'unknown'];

const USAGE = `Usage:
  npm run analyse -- [--config school.json] [--platform x|facebook|youtube] [--account personal|official]
                     [--media] [--media-faces N|unchecked|failed] [--media-location] [--reply] "text of the post"
  npm run analyse -- [--config school.json] --jsonl  < posts.jsonl > findings.jsonl

Options:
  --config FILE    the school's settings (JSON); default: the built-in Welbeck settings
  --platform P     x, facebook or youtube (default x)
  --account A      personal or official (default personal)
  --media          the post has photos or video attached (not looked at: taken to show people)
  --media-faces N  one photo attached, in which the photo check found N faces (or: unchecked, failed)
  --media-location the attached photo records a GPS position
  --reply          the post is a reply to someone else
  --jsonl          read JSON lines {id, text, platform?, account?, media?, reply?} from stdin,
                   write one line {id, findings} per input
  --help           show this help`;

interface Options {
  config?: string;
  platform: Platform;
  account: AccountKind;
  media: boolean;
  mediaFaces?: MediaFacts['facesFound'];
  mediaLocation: boolean;
  reply: boolean;
  jsonl: boolean;
  help: boolean;
  text: string;
}

function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        platform: { type: 'string', default: 'x' },
        account: { type: 'string', default: 'personal' },
        media: { type: 'boolean', default: false },
        'media-faces': { type: 'string' },
        'media-location': { type: 'boolean', default: false },
        reply: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const platform = values.platform as Platform;
  const account = values.account as AccountKind;
  if (!PLATFORMS.includes(platform))
    throw new UsageError(`--platform must be one of ${PLATFORMS.join(', ')}`);
  if (!ACCOUNTS.includes(account)) throw new UsageError(`--account must be one of ${ACCOUNTS.join(', ')}`);
  const faces = values['media-faces'];
  let mediaFaces: MediaFacts['facesFound'] | undefined;
  if (faces !== undefined) {
    if (faces === 'unchecked' || faces === 'failed') mediaFaces = faces;
    else if (/^\d+$/.test(faces)) mediaFaces = Number(faces);
    else throw new UsageError('--media-faces must be a number of faces, unchecked or failed');
  }
  return {
    config: values.config,
    platform,
    account,
    media: values.media ?? false,
    ...(mediaFaces !== undefined ? { mediaFaces } : {}),
    mediaLocation: values['media-location'] ?? false,
    reply: values.reply ?? false,
    jsonl: values.jsonl ?? false,
    help: values.help ?? false,
    text: positionals.join(' '),
  };
}

// ---- Human-readable output ------------------------------------------------------------------------------------

interface Style {
  severity(severity: Finding['severity'], text: string): string;
  mark(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const COLOUR: Style = {
  severity: (severity, text) =>
    `\u001b[1;${severity === 'critical' ? '41;97' : severity === 'warning' ? '30;43' : '30;46'}m ${text} \u001b[0m`,
  mark: (text) => `\u001b[4;1;33m${text}\u001b[0m`,
  dim: (text) => `\u001b[2m${text}\u001b[0m`,
  bold: (text) => `\u001b[1m${text}\u001b[0m`,
};

const PLAIN: Style = {
  severity: (_severity, text) => text,
  mark: (text) => `[[${text}]]`,
  dim: (text) => text,
  bold: (text) => text,
};

const CONTEXT_CHARS = 50;

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, ' ⏎ ');
}

/** The post around a finding, with the finding marked. */
function excerpt(text: string, finding: Finding, style: Style): string {
  if (finding.start === finding.end && finding.match === '') return style.dim('(the whole post)');
  const from = Math.max(0, finding.start - CONTEXT_CHARS);
  const to = Math.min(text.length, finding.end + CONTEXT_CHARS);
  const before = (from > 0 ? '…' : '') + oneLine(text.slice(from, finding.start));
  const after = oneLine(text.slice(finding.end, to)) + (to < text.length ? '…' : '');
  return `${before}${style.mark(oneLine(finding.match))}${after}`;
}

function formatFindings(text: string, context: AnalysisContext, findings: Finding[], style: Style): string {
  const faces = context.media ? `, a photo (faces: ${context.media.facesFound})` : '';
  const where = `${context.platform}, ${context.account} account${context.media ? faces : context.hasMedia ? ', with media' : ''}${context.isReply ? ', reply' : ''}`;
  const lines: string[] = [];
  if (findings.length === 0) {
    lines.push(`${style.bold('No problems found')} (${where}).`);
    return lines.join('\n');
  }
  lines.push(`${style.bold(`${findings.length} finding${findings.length === 1 ? '' : 's'}`)} (${where}):`);
  for (const finding of findings) {
    const clause = POLICY_CLAUSES[finding.policy as keyof typeof POLICY_CLAUSES];
    lines.push('');
    lines.push(
      `${style.severity(finding.severity, finding.severity.toUpperCase())} ${finding.category} ${style.dim(`(${finding.rule}, characters ${finding.start}–${finding.end})`)}`,
    );
    lines.push(`  ${excerpt(text, finding, style)}`);
    lines.push(`  ${finding.message}`);
    if (clause) lines.push(style.dim(`  Policy, ${clause.section}: “${clause.quote}”`));
    if (finding.suggestion) {
      const { label, replacement } = finding.suggestion;
      lines.push(`  Suggestion: ${label}${replacement ? ` → “${replacement}”` : ''}`);
    }
  }
  return lines.join('\n');
}

// ---- JSON lines -----------------------------------------------------------------------------------------------

type JsonLineResult = { id: unknown; findings: Finding[] } | { id: unknown; error: string };

function analyseJsonLine(line: string, settings: Settings): JsonLineResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, error: 'each line must be a JSON object {id, text, ...}' };
  }
  const record = input as Record<string, unknown>;
  const id = record.id ?? null;
  if (typeof record.text !== 'string') return { id, error: 'text must be a string' };
  const platform = record.platform ?? 'x';
  if (!PLATFORMS.includes(platform as Platform))
    return { id, error: `platform must be one of ${PLATFORMS.join(', ')}` };
  const account = record.account ?? 'personal';
  if (!ACCOUNTS.includes(account as AccountKind))
    return { id, error: `account must be one of ${ACCOUNTS.join(', ')}` };
  const media = record.media ?? false;
  if (typeof media !== 'boolean') return { id, error: 'media must be true or false' };
  const reply = record.reply ?? false;
  if (typeof reply !== 'boolean') return { id, error: 'reply must be true or false' };
  const context: AnalysisContext = {
    platform: platform as Platform,
    account: account as AccountKind,
    hasMedia: media,
    isReply: reply,
  };
  try {
    return { id, findings: analyse(record.text, context, settings) };
  } catch (error) {
    return { id, error: `analysis failed: ${(error as Error).message}` };
  }
}

/**
 * One input line's answer as one output line. Writing the answer back can fail too (an id nested 100,000 deep
 * overflows JSON.stringify): that line then gets an error line, and the lines after it are still answered.
 */
function answerJsonLine(line: string, settings: Settings): string {
  const result = analyseJsonLine(line, settings);
  try {
    return JSON.stringify(result);
  } catch (error) {
    return JSON.stringify({
      id: null,
      error: `the answer could not be written: ${(error as Error).message}`,
    });
  }
}

async function runJsonLines(settings: Settings): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(answerJsonLine(line, settings) + '\n');
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  installNodeTagger();
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const settings = loadSettings(options.config);
  if (options.jsonl) {
    await runJsonLines(settings);
    return;
  }
  let text = options.text;
  if (text === '') {
    if (process.stdin.isTTY) throw new UsageError(`Give the text of a post.\n\n${USAGE}`);
    text = (await readStdin()).replace(/\r?\n$/, '');
  }
  const photoChecked = options.mediaFaces !== undefined || options.mediaLocation;
  const context: AnalysisContext = {
    platform: options.platform,
    account: options.account,
    hasMedia: options.media || photoChecked,
    isReply: options.reply,
    ...(photoChecked
      ? {
          media: {
            photos: 1,
            videos: 0,
            facesFound: options.mediaFaces ?? 0,
            location: options.mediaLocation,
            logoMatch: false,
          },
        }
      : {}),
  };
  const findings = analyse(text, context, settings);
  process.stdout.write(formatFindings(text, context, findings, process.stdout.isTTY ? COLOUR : PLAIN) + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
