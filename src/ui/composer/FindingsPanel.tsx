import { useState } from 'preact/hooks';
import type { AccountKind, Finding, Severity } from '../../engine/types';
import type { AccountBasis } from '../../sites/account';
import { MODEL_QUOTES } from '../../policy/clause-quotes';
import { LessonTimeNote } from './LessonTimeNote';
import { accountSentence } from '../components/account-sentence';
import { PolicyQuote, type QuoteLookup } from './PolicyQuote';

export interface FindingsPanelProps {
  id: string;
  findings: readonly Finding[];
  account: AccountKind;
  accountName?: string;
  /** Read from the page, said by the member of staff for this tab, or guessed. */
  accountBasis?: AccountBasis;
  /**
   * The school's account as the member of staff may name it where the page does not say who is posting ("the
   * school's channel"); absent on sites where the page always says.
   */
  declarableAccount?: string;
  onDeclareAccount?(declared: boolean): void;
  /** The lesson running now, by the school's lesson times: a reminder of the policy on lesson time. */
  lesson?: { start: string; end: string };
  onFix(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onClose(): void;
  /** Opens the school's whole policy in a tab of the extension. */
  onOpenPolicy(): void;
  /** The rules' quotes from the school's active policy; the model policy's when not given. */
  quotes?: QuoteLookup;
  /**
   * "Report a mistake": an email to the e-safety team naming the rule and the policy line, with the post's text
   * only when `includeText`. Written by the service worker, never on the page.
   */
  onReportMistake?(finding: Finding, includeText: boolean): void;
}

const findingKey = (finding: Finding) => `${finding.rule}:${finding.start}:${finding.end}`;

/** Under a finding: "Report a mistake", then whether to include the post's text, and "Write the email". */
function ReportMistake({
  id,
  finding,
  onReport,
}: {
  id: string;
  finding: Finding;
  onReport(finding: Finding, includeText: boolean): void;
}) {
  const [open, setOpen] = useState(false);
  const [includeText, setIncludeText] = useState(false);
  const [sent, setSent] = useState(false);
  if (!open) {
    return (
      <button type="button" class="quiet" onClick={() => setOpen(true)}>
        Report a mistake
      </button>
    );
  }
  return (
    <div class="mistake" role="group" aria-labelledby={`${id}-mistake`}>
      <p id={`${id}-mistake`}>
        Your email program opens with a message to the e-safety team naming this rule and the policy line.
      </p>
      <label>
        <input
          type="checkbox"
          checked={includeText}
          onChange={(event) => setIncludeText(event.currentTarget.checked)}
        />{' '}
        Include the text of my post
      </label>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            onReport(finding, includeText);
            setSent(true);
          }}
        >
          Write the email
        </button>
        <button type="button" class="quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {sent && <p role="status">Opening your email program…</p>}
    </div>
  );
}

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Must not post',
  warning: 'Check',
  info: 'Tip',
};

function SeverityIcon({ severity }: { severity: Severity }) {
  // Shape as well as colour tells the severity apart: octagon, triangle, circle.
  const shape =
    severity === 'critical' ? (
      <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" />
    ) : severity === 'warning' ? (
      <path d="M8 1l7 14H1z" />
    ) : (
      <circle cx="8" cy="8" r="7" />
    );
  return (
    <svg class={`icon ${severity}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {shape}
      <text x="8" y={severity === 'warning' ? 13.5 : 12} text-anchor="middle">
        {severity === 'info' ? 'i' : '!'}
      </text>
    </svg>
  );
}

/** "2 things to check", "Nothing to check, 1 tip": tips (info) are never counted as things to check. */
function panelTitle(count: number, tips: number): string {
  const things = count === 0 ? 'Nothing to check' : `${count} ${count === 1 ? 'thing' : 'things'} to check`;
  return tips === 0 ? things : `${things}, ${tips} ${tips === 1 ? 'tip' : 'tips'}`;
}

/** The list of what Post Guard found in one draft, each with its reason, the policy line, and what to do. */
export function FindingsPanel({
  id,
  findings,
  account,
  accountName,
  accountBasis = 'read',
  declarableAccount,
  onDeclareAccount,
  lesson,
  onFix,
  onDismiss,
  onClose,
  onOpenPolicy,
  quotes = MODEL_QUOTES,
  onReportMistake,
}: FindingsPanelProps) {
  const count = findings.filter((finding) => finding.severity !== 'info').length;
  const tips = findings.length - count;
  return (
    <section
      class="panel"
      id={id}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header>
        <h2 id={`${id}-title`}>{panelTitle(count, tips)}</h2>
        <button type="button" class="close" aria-label="Close Post Guard’s list" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="account">{accountSentence('Checking as', account, accountName, accountBasis)}</p>
      {declarableAccount && onDeclareAccount && accountBasis !== 'read' && (
        <label class="declare">
          <input
            type="checkbox"
            checked={accountBasis === 'declared'}
            onChange={(event) => onDeclareAccount(event.currentTarget.checked)}
          />
          I am posting as {declarableAccount} (for this tab only)
        </label>
      )}
      {lesson && <LessonTimeNote lesson={lesson} quotes={quotes} />}
      {findings.length > 0 && (
        <ul>
          {findings.map((finding, index) => {
            return (
              <li key={findingKey(finding)} data-severity={finding.severity}>
                <p class="what">
                  <SeverityIcon severity={finding.severity} />
                  <strong>{SEVERITY_LABEL[finding.severity]}:</strong>
                  {finding.match ? <q>{finding.match}</q> : null}
                </p>
                <p class="why">{finding.message}</p>
                <PolicyQuote clause={finding.policy} quotes={quotes} />
                <div class="actions">
                  {finding.suggestion && (
                    <button type="button" onClick={() => onFix(finding)}>
                      {finding.suggestion.label}
                    </button>
                  )}
                  {finding.severity !== 'critical' && (
                    <button type="button" class="quiet" onClick={() => onDismiss(finding)}>
                      This is fine here
                    </button>
                  )}
                  {onReportMistake && (
                    <ReportMistake id={`${id}-${index}`} finding={finding} onReport={onReportMistake} />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p class="footer">
        <button type="button" class="link" onClick={onOpenPolicy}>
          Read the whole policy
        </button>
      </p>
    </section>
  );
}
