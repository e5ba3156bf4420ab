/** The live preview of an export: text, sandboxed HTML, or a sheet of paper for the PDF. */
import { FORM_LABELS, FORMAT_LABELS, type ExportForm, type ExportFormat, type PaperSize } from '../../../../shared/export-types';
import type { ExportPreview } from '../../../../shared/ipc-contract';
import { PAPER_LABELS } from './labels';

export function PreviewPane({
  format,
  form,
  paper,
  preview,
  previewError,
  children,
}: {
  format: ExportFormat;
  form: ExportForm;
  paper: PaperSize;
  preview: ExportPreview | null;
  previewError: string | null;
  /** Dialogs that belong with the preview (publishing the profile README). */
  children?: React.ReactNode;
}) {
  return (
  <section className="card preview-card" aria-labelledby="preview-heading">
    <div className="card-head">
      <h2 id="preview-heading" className="card-title">
        Preview
      </h2>
      <span className="small muted">
        {format === 'pdf'
          ? 'A likeness of the PDF, not the PDF itself: same content and order; fonts and page breaks can differ.'
          : `${FORMAT_LABELS[format]} · ${FORM_LABELS[form]}`}
      </span>
    </div>
    {preview?.notes.map((note) => (
      <p key={note} className="notice notice-warn" role="status">
        {note}
      </p>
    ))}
    {previewError && (
      <div className="banner banner-error" role="alert">
        <span className="banner-text">{previewError}</span>
      </div>
    )}
      {children}
    {!preview ? (
      <p className="muted">Preparing the preview…</p>
    ) : preview.kind === 'html' && format === 'pdf' ? (
      // A sheet of the chosen paper, so A4 and Letter differ as they will on paper.
      <div className={`paper-frame paper-${paper}`}>
        <p className="paper-label small muted">{PAPER_LABELS[paper]}</p>
        <iframe className="preview-frame" title="Export preview" sandbox="" srcDoc={preview.text} />
      </div>
    ) : preview.kind === 'html' ? (
      // The only HTML the app renders: sandboxed, no scripts, same origin denied.
      <iframe className="preview-frame" title="Export preview" sandbox="" srcDoc={preview.text} />
    ) : (
      <pre className="preview-text" aria-label="Export preview" tabIndex={0}>
        {preview.text}
      </pre>
    )}
  </section>
  );
}
