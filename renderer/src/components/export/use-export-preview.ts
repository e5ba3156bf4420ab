/**
 * The live preview of an export request, read through the query store once the choices rest for
 * a moment; the last preview stays up while the next one is made. What the export reads
 * (projects, profile, resume, variants…) changing makes a new one.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api-errors';
import { useQuery } from '../../stores/query-store';
import type { ChannelArgs, ExportPreview } from '../../../../shared/ipc-contract';

const PREVIEW_DEBOUNCE_MS = 200;

type PreviewRequest = ChannelArgs<'export:preview'>;

export function useExportPreview(request: PreviewRequest) {
  const requestKey = JSON.stringify(request);
  // The first request is asked at once: a screen opened again shows its preview from the cache.
  const [asked, setAsked] = useState(requestKey);
  const [shown, setShown] = useState<ExportPreview | null>(null);
  const [previewError, setPreviewError] = useState<{ key: string; message: string } | null>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => setAsked(requestKey), PREVIEW_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [requestKey]);

  const preview = useQuery('export:preview', JSON.parse(asked) as PreviewRequest, {
    onError: (error) => setPreviewError({ key: asked, message: errorMessage(error) }),
  });
  useEffect(() => {
    if (preview) setShown(preview);
  }, [preview]);

  return { preview: preview ?? shown, previewError: preview || previewError?.key !== asked ? null : (previewError?.message ?? null) };
}
