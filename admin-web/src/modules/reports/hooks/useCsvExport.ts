import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';

export interface CsvExportRequest {
  from: string;
  to: string;
  propertyIds: readonly string[];
}

export interface CsvExportState {
  exporting: boolean;
  /** Bytes received so far while downloading, for the button's progress label. */
  received: number;
  run: (request: CsvExportRequest) => Promise<void>;
}

function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** Downloads the completed-jobs CSV as the signed-in user and saves it through a temporary link. */
export function useCsvExport(): CsvExportState {
  const { t } = useTranslation();
  const { token } = useAuth();
  const [exporting, setExporting] = useState(false);
  const [received, setReceived] = useState(0);

  const run = useCallback(
    async ({ from, to, propertyIds }: CsvExportRequest) => {
      setExporting(true);
      setReceived(0);
      try {
        const params = new URLSearchParams({ from, to });
        if (propertyIds.length > 0) params.set('propertyIds', propertyIds.join(','));
        const response = await fetch(`/exports/completed-jobs.csv?${params.toString()}`, {
          headers: token ? { Authorization: `Bearer ${token}` } : {},
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        let blob: Blob;
        if (response.body) {
          const reader = response.body.getReader();
          const chunks: Uint8Array<ArrayBuffer>[] = [];
          let total = 0;
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            chunks.push(value);
            total += value.byteLength;
            setReceived(total);
          }
          blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'text/csv' });
        } else {
          blob = await response.blob();
        }
        const name = fileNameFrom(
          response.headers.get('Content-Disposition'),
          `completed-jobs-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`,
        );
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        notifications.show({
          color: 'teal',
          title: t('reports.export.doneTitle'),
          message: t('reports.export.doneBody', { name }),
        });
      } catch {
        notifications.show({
          color: 'red',
          title: t('reports.export.errorTitle'),
          message: t('reports.export.errorBody'),
        });
      } finally {
        setExporting(false);
      }
    },
    [t, token],
  );

  return { exporting, received, run };
}
