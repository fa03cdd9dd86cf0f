import { useId } from 'preact/hooks';
import { extensionUrl } from '../../platform/browser';
import { FORM_TITLES, reportPagePath } from '../../incidents/report-form';
import type { ReportFormField } from '../../settings/settings';
import { LockBadge, RowsTable, SelectCell, Section, TextCell } from '../options/fields';
import type { SectionProps } from '../options/sections';

const FORM_NAMES: Record<ReportFormField['form'], string> = {
  'website-content': 'Inappropriate website content',
  'friend-request': 'Friend or contact request',
  both: 'Both forms',
};
const FORM_OPTIONS = ['website-content', 'friend-request', 'both'] as const;

const NEW_FIELD: ReportFormField = { form: 'both', label: '' };

/**
 * "Report forms" on the options page: the member of staff's name, filled in on the forms, and the school's own
 * questions added to them (managed too: an IT admin can set them for every computer).
 */
export function ReportFormsSection({ values, isLocked, set }: SectionProps) {
  const nameId = useId();
  const fields = values.reportFormFields;
  const fieldsLocked = isLocked('reportFormFields');
  const locked = isLocked('staffName') && fieldsLocked;
  return (
    <Section
      id="reports"
      title="Report forms"
      locked={locked}
      intro={
        <p>
          Staff report inappropriate website content, and friend or contact requests from pupils or parents,
          to the headteacher with Post Guard’s forms (from the toolbar button). See the{' '}
          <a href={extensionUrl(reportPagePath({ kind: 'website-content' }))} target="_blank" rel="noopener">
            {FORM_TITLES['website-content'].toLowerCase()} form
          </a>
          .
        </p>
      }
    >
      <div class="pg-subfield">
        <div class="pg-subfield-head">
          <label for={nameId}>Your name, filled in on the forms (optional)</label>
          {!locked && isLocked('staffName') && <LockBadge />}
        </div>
        <input
          id={nameId}
          class="pg-wide-input"
          type="text"
          maxLength={200}
          value={values.staffName}
          disabled={isLocked('staffName')}
          onInput={(event) => set('staffName', event.currentTarget.value)}
        />
      </div>
      <div class="pg-subfield">
        <div class="pg-subfield-head">
          <h3>The school’s own questions</h3>
          {!locked && fieldsLocked && <LockBadge />}
        </div>
        <p class="pg-hint">Asked after Post Guard’s own questions, on the form you choose.</p>
        {fields.length > 0 && (
          <RowsTable
            items={fields}
            columns={['Form', 'Question', 'Help under it (optional)', 'Several lines']}
            removeLabel={(field, index) => `Remove question ${field.label || index + 1}`}
            onChange={(next) => set('reportFormFields', next)}
            cells={(field, index, update) => (
              <>
                <SelectCell
                  label={`Form of question ${index + 1}`}
                  value={field.form}
                  options={FORM_OPTIONS}
                  names={FORM_NAMES}
                  onChange={(form) => update({ ...field, form })}
                />
                <TextCell
                  label={`Question ${index + 1}`}
                  maxLength={100}
                  value={field.label}
                  onInput={(label) => update({ ...field, label })}
                />
                <TextCell
                  label={`Help under question ${index + 1}`}
                  maxLength={200}
                  value={field.hint ?? ''}
                  onInput={(hint) => update({ ...field, hint })}
                />
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Question ${index + 1} has a box for several lines`}
                    checked={field.long === true}
                    onChange={(event) => update({ ...field, long: event.currentTarget.checked })}
                  />
                </td>
              </>
            )}
          />
        )}
        {!fieldsLocked && (
          <button
            type="button"
            class="pg-button pg-button-secondary"
            onClick={() => set('reportFormFields', [...fields, { ...NEW_FIELD }])}
          >
            Add a question
          </button>
        )}
      </div>
    </Section>
  );
}
