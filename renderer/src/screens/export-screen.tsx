/**
 * Export: the format, its form and paper, which projects, saved variants, and the live preview.
 * Each part is its own component under components/export; this screen holds the choices and
 * composes them.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { PendingReviewNote } from '../components/pending-review-note';
import { errorMessage } from '../api-errors';
import { useQuery } from '../stores/query-store';
import { saveExport } from '../stores/actions';
import { useGapsStore } from '../stores/gaps-store';
import { useUiStore } from '../stores/ui-store';
import { isMod } from '../lib/keys';
import {
  FORM_LABELS,
  FORMAT_LABELS,
  FORMS_BY_FORMAT,
  EXPORT_FORMATS,
  type ExportForm,
  type ExportFormat,
  type ExportTheme,
  type PaperSize,
  type ProjectSelection,
  type Variant,
} from '../../../shared/export-types';
import { PublishReadmeDialog } from '../components/publish-readme-dialog';
import type { Project } from '../../../shared/types';
import { FORMAT_SHORT } from '../components/export/labels';
import { SelectionCard } from '../components/export/selection-card';
import { VariantsCard } from '../components/export/variants-card';
import { PreviewPane } from '../components/export/preview-pane';
import { useExportPreview } from '../components/export/use-export-preview';
import { ProfileSummary } from '../components/export/profile-summary';

/**
 * Home and End choose the first and last format, as they did before: React Aria's radio group
 * moves with the arrow keys only. The paper, form and theme selects beside it keep their keys.
 */
function formatHomeEnd(e: KeyboardEvent<HTMLElement>, choose: (format: ExportFormat) => void): void {
  if ((e.key !== 'Home' && e.key !== 'End') || e.altKey || isMod(e)) return;
  if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
  const radios = e.currentTarget.querySelectorAll<HTMLInputElement>('[role="radiogroup"] input[type="radio"]');
  const next = radios[e.key === 'Home' ? 0 : radios.length - 1];
  if (!next) return;
  e.preventDefault();
  next.focus();
  choose(next.value as ExportFormat);
}

const NO_PROJECTS: Project[] = [];

export function ExportScreen() {
  const targets = useGapsStore((s) => s.targets);
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [formChoice, setForm] = useState<ExportForm>('portfolio');
  const [publishing, setPublishing] = useState(false);
  // A form the format does not have falls back to the portfolio.
  const form: ExportForm = FORMS_BY_FORMAT[format].includes(formChoice) ? formChoice : 'portfolio';
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [theme, setTheme] = useState<ExportTheme>('light');
  const [selection, setSelection] = useState<ProjectSelection>({ mode: 'showcased' });
  const listed = useQuery('projects:list', { sort: 'title' }, {
    onError: (error) => useUiStore.getState().showError(`Could not load projects: ${errorMessage(error)}`),
  });
  const projects = listed?.projects ?? NO_PROJECTS;
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void useGapsStore.getState().loadTargets();
  }, []);

  const request = useMemo(
    () => ({ format, selection, ...(form !== 'portfolio' ? { form } : {}), ...(format === 'pdf' || format === 'html' ? { paper } : {}), ...(format === 'html' ? { theme } : {}) }),
    [format, form, selection, paper, theme],
  );
  const { preview, previewError } = useExportPreview(request);

  async function save() {
    setSaving(true);
    try {
      const result = await saveExport(request);
      if (result.saved) useUiStore.getState().toast({ message: `Saved ${result.fileName}.`, timeoutMs: 5000 });
    } catch (error) {
      useUiStore.getState().showError(`Could not save the export: ${errorMessage(error)}`);
    } finally {
      setSaving(false);
    }
  }

  function loadVariant(v: Variant) {
    setForm('portfolio');
    setFormat(v.format);
    setPaper(v.paper);
    setTheme(v.theme);
    setSelection(v.selection);
  }

  return (
    <div className="screen export-screen">
      <header className="screen-head">
        <div className="screen-title-line">
          <h1 id="export-heading">Export</h1>
          <p className="count">
            {preview
              ? `${preview.projectCount} ${preview.projectCount === 1 ? 'project' : 'projects'} · ${preview.fileName}${preview.pages ? ` · ${preview.pages} ${preview.pages === 1 ? 'page' : 'pages'}` : ''}`
              : 'Preparing…'}
          </p>
          <span className="head-action">
            {format === 'markdown' && form === 'profile-readme' && (
              <button type="button" className="btn" onClick={() => setPublishing(true)}>
                Publish to GitHub…
              </button>
            )}
            <button type="button" className="btn btn-primary" disabled={saving} onClick={() => void save()}>
              {saving ? 'Saving…' : `Save ${FORMAT_SHORT[format]}…`}
            </button>
          </span>
        </div>
        <div className="seg" onKeyDown={(e) => formatHomeEnd(e, setFormat)}>
          {/* `aria` validation: native validation would give each input an empty title, hiding the format's tooltip. */}
          <RadioGroup
            className="seg"
            aria-label="Format"
            orientation="horizontal"
            validationBehavior="aria"
            value={format}
            onChange={(v) => setFormat(v as ExportFormat)}
          >
            {EXPORT_FORMATS.map((f) => (
              <span key={f} className="seg-tip" title={FORMAT_LABELS[f]}>
                <Radio value={f} className={({ isSelected }) => `seg-btn ${isSelected ? 'is-on' : ''}`}>
                  {FORMAT_SHORT[f]}
                </Radio>
              </span>
            ))}
          </RadioGroup>
          {(format === 'pdf' || format === 'html') && (
            <label className="inline-select">
              Paper
              <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
                <option value="a4">A4</option>
                <option value="letter">Letter</option>
              </select>
            </label>
          )}
          {FORMS_BY_FORMAT[format].length > 1 && (
            <label className="inline-select">
              Form
              <select aria-label="Form" value={form} onChange={(e) => setForm(e.target.value as ExportForm)}>
                {FORMS_BY_FORMAT[format].map((f) => (
                  <option key={f} value={f}>
                    {FORM_LABELS[f]}
                  </option>
                ))}
              </select>
            </label>
          )}
          {format === 'html' && (
            <label className="inline-select">
              Theme
              <select aria-label="Theme" value={theme} onChange={(e) => setTheme(e.target.value as ExportTheme)}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
          )}
        </div>
        <ProfileSummary />
        {preview && <PendingReviewNote count={preview.unreviewed} />}
      </header>
      <div className="screen-body export-layout">
        <div className="export-side">
          <SelectionCard selection={selection} onChange={setSelection} projects={projects} targets={targets} />
          <VariantsCard current={{ selection, format, paper, theme }} onLoad={loadVariant} />
        </div>
        <PreviewPane format={format} form={form} paper={paper} preview={preview} previewError={previewError}>
          <PublishReadmeDialog open={publishing} selection={selection} onClose={() => setPublishing(false)} />
        </PreviewPane>
      </div>
    </div>
  );
}
