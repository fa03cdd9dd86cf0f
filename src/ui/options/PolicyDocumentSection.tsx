import { useId, useMemo, useState } from 'preact/hooks';
import { activePolicy, allPassages, suggestPassages, type OptionalPart } from '../../policy/active-policy';
import { POLICY_CLAUSE_IDS, POLICY_CLAUSES, type PolicyClauseId } from '../../policy/clauses';
import { MAX_POLICY_DOCUMENT, parsePolicyDocument } from '../../policy/parse-document';
import type { SchoolPolicy } from '../../policy/types';
import { Section } from './fields';
import { readFileBytes } from './files';
import { docxToText } from './docx-to-text';
import type { SectionProps } from './sections';

const PART_NAMES: Record<OptionalPart, string> = {
  keyRules: 'key rules',
  smartTips: 'SMART tips',
  dos: 'do’s',
  donts: 'don’ts',
  personalUse: 'managing your personal use',
};

/**
 * The school's own policy document: pasted or opened from a .txt, .md or .docx file, previewed, and each rule's
 * quote matched to a passage of it by the admin. A document that cannot be read is reported and the last good
 * one is kept.
 */
export function PolicyDocumentSection({
  values,
  isLocked,
  set,
  model,
}: SectionProps & { model: SchoolPolicy }) {
  const ids = { text: useId(), file: useId() };
  const locked = isLocked('policy');
  const [draft, setDraft] = useState(values.policy.document ?? '');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const active = useMemo(
    () => activePolicy(values, model),
    [values.policy.document, values.schoolName, model],
  );

  const use = (text: string, source: string) => {
    const { error: problem } = parsePolicyDocument(text, values.schoolName);
    if (problem) {
      setError(`${source}: ${problem} The policy in use has not changed.`);
      return;
    }
    setError('');
    setMessage(`${source} read. Check the sections below, match each rule to a passage, then save.`);
    // Confirmed passages that are still word for word in the new document stay confirmed.
    const passages = new Set(allPassages(parsePolicyDocument(text, values.schoolName).policy));
    const clauses = (values.policy.clauses ?? []).filter((entry) => passages.has(entry.passage));
    set('policy', { ...values.policy, document: text, clauses });
  };

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const name = file.name.toLowerCase();
    try {
      const bytes = await readFileBytes(file);
      let text: string;
      if (name.endsWith('.docx')) text = await docxToText(bytes);
      else if (name.endsWith('.txt') || name.endsWith('.md')) text = new TextDecoder().decode(bytes);
      else {
        setError(
          `${file.name}: Post Guard reads .docx, .txt and .md files. Save a PDF from Word as .docx or .txt.`,
        );
        return;
      }
      setDraft(text);
      use(text, file.name);
    } catch (problem) {
      console.error('Post Guard could not read the policy file', problem);
      setError(`${file.name} could not be read as a policy document. The policy in use has not changed.`);
    }
  };

  const remove = () => {
    setDraft('');
    setError('');
    setMessage('Post Guard will show its model policy again once you save.');
    set('policy', { ...values.policy, document: undefined, clauses: undefined });
  };

  const confirm = (clause: PolicyClauseId, passage: string) => {
    const others = (values.policy.clauses ?? []).filter((entry) => entry.clause !== clause);
    set('policy', { ...values.policy, clauses: passage ? [...others, { clause, passage }] : others });
  };

  return (
    <Section
      id="policy-document"
      title="Your school’s own policy"
      locked={locked}
      intro={
        <p>
          Post Guard shows its model policy ({model.title}, {model.schoolName}) until you give it your
          school’s own. Paste the policy, or open it as a .docx, .txt or .md file (from a PDF, save as .docx
          or .txt first). Then match each rule Post Guard checks to the passage of your policy its warnings
          should quote.
        </p>
      }
    >
      <div class="pg-field">
        <label for={ids.text}>The policy document</label>
        <textarea
          id={ids.text}
          rows={8}
          maxLength={MAX_POLICY_DOCUMENT}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
      </div>
      <div class="pg-actions">
        <button type="button" onClick={() => use(draft, 'The pasted policy')} disabled={!draft.trim()}>
          Use this text
        </button>
        <label class="pg-file-button">
          Open a file…
          <input
            id={ids.file}
            type="file"
            accept=".docx,.txt,.md,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => void open(event.currentTarget)}
          />
        </label>
        {values.policy.document && (
          <button type="button" class="pg-quiet" onClick={remove}>
            Go back to the model policy
          </button>
        )}
      </div>
      {error && (
        <p class="pg-alert-error" role="alert">
          {error}
        </p>
      )}
      {message && !error && <p role="status">{message}</p>}
      {active.own && <Preview policy={active.policy} fromModel={active.fromModel} />}
      {active.own && (
        <ClauseReview policy={active.policy} confirmed={values.policy.clauses ?? []} onConfirm={confirm} />
      )}
    </Section>
  );
}

function Preview({ policy, fromModel }: { policy: SchoolPolicy; fromModel: OptionalPart[] }) {
  return (
    <div class="pg-policy-preview">
      <h3>
        {policy.title}, {policy.schoolName || 'school not named'}
      </h3>
      <p>
        {policy.approved ? `Approved ${policy.approved}. ` : 'No approval date found. '}
        {policy.nextReview ? `Review due ${policy.nextReview}.` : 'No review date found.'}
      </p>
      <details>
        <summary>{policy.sections.length} sections found</summary>
        <ol>
          {policy.sections.map((section) => (
            <li key={section.id}>
              {section.heading ?? '(before the first heading)'}: {section.blocks.length}{' '}
              {section.blocks.length === 1 ? 'block' : 'blocks'}
            </li>
          ))}
        </ol>
      </details>
      {fromModel.length > 0 && (
        <p class="pg-footnote">
          Your document has no {fromModel.map((part) => PART_NAMES[part]).join(', ')}: the popup shows the
          model policy’s, and says so.
        </p>
      )}
    </div>
  );
}

function ClauseReview({
  policy,
  confirmed,
  onConfirm,
}: {
  policy: SchoolPolicy;
  confirmed: readonly { clause: string; passage: string }[];
  onConfirm(clause: PolicyClauseId, passage: string): void;
}) {
  const passages = useMemo(() => allPassages(policy), [policy]);
  const suggestions = useMemo(
    () => Object.fromEntries(POLICY_CLAUSE_IDS.map((clause) => [clause, suggestPassages(policy, clause, 3)])),
    [policy],
  );
  const done = confirmed.filter((entry) => passages.includes(entry.passage)).length;
  return (
    <div class="pg-clause-review">
      <h3>What each warning quotes</h3>
      <p>
        {done} of {POLICY_CLAUSE_IDS.length} rules quote your policy. A rule you have not confirmed quotes the
        model policy, and says that it is the model’s wording.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">The model’s wording</th>
            <th scope="col">Your policy’s passage</th>
            <th scope="col">
              <span class="pg-visually-hidden">Confirm</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {POLICY_CLAUSE_IDS.map((clause) => (
            <ClauseRow
              key={clause}
              clause={clause}
              passages={passages}
              suggestions={suggestions[clause] ?? []}
              confirmed={confirmed.find((entry) => entry.clause === clause)?.passage}
              onConfirm={onConfirm}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClauseRow({
  clause,
  passages,
  suggestions,
  confirmed,
  onConfirm,
}: {
  clause: PolicyClauseId;
  passages: string[];
  suggestions: string[];
  confirmed: string | undefined;
  onConfirm(clause: PolicyClauseId, passage: string): void;
}) {
  const selectId = useId();
  const [choice, setChoice] = useState(confirmed ?? suggestions[0] ?? '');
  const isConfirmed = confirmed !== undefined && confirmed === choice;
  const others = passages.filter((passage) => !suggestions.includes(passage));
  const short = (text: string) => (text.length > 110 ? `${text.slice(0, 107)}…` : text);
  return (
    <tr data-clause={clause} data-confirmed={isConfirmed ? 'true' : undefined}>
      <td>{POLICY_CLAUSES[clause].quote}</td>
      <td>
        <label class="pg-visually-hidden" for={selectId}>
          Passage for “{POLICY_CLAUSES[clause].quote}”
        </label>
        <select id={selectId} value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value="">Keep the model’s wording</option>
          {suggestions.length > 0 && (
            <optgroup label="Suggested">
              {suggestions.map((passage) => (
                <option key={passage} value={passage}>
                  {short(passage)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label="Every passage">
            {others.map((passage) => (
              <option key={passage} value={passage}>
                {short(passage)}
              </option>
            ))}
          </optgroup>
        </select>
        {choice && <p class="pg-footnote">{choice}</p>}
      </td>
      <td>
        {isConfirmed ? (
          <span class="pg-confirmed">Confirmed</span>
        ) : (
          <button type="button" onClick={() => onConfirm(clause, choice)}>
            Confirm
          </button>
        )}
      </td>
    </tr>
  );
}
