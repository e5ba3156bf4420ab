/** The live preview of an export request, debounced; only the newest answer is shown. */
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api';
import type { ExportPreview } from '../../../../shared/ipc-contract';

const PREVIEW_DEBOUNCE_MS = 200;

type PreviewRequest = Parameters<typeof api.exportPreview>[0];

/** `refresh` changes when the data behind the same request changed (projects, profile, resume). */
export function useExportPreview(request: PreviewRequest, refresh: string) {
  const [preview, setPreview] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const seq = useRef(0);
  const requestKey = JSON.stringify(request);

  useEffect(() => {
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      api
        .exportPreview(JSON.parse(requestKey) as PreviewRequest)
        .then((p) => {
          if (mine !== seq.current) return;
          setPreview(p);
          setPreviewError(null);
        })
        .catch((error: unknown) => {
          if (mine !== seq.current) return;
          setPreviewError(errorMessage(error));
        });
    }, PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [requestKey, refresh]);

  return { preview, previewError };
}
