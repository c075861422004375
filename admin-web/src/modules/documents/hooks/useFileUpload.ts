import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/auth-context';

export interface UploadedFileInfo {
  id: string;
  contentType: string | null;
}

export interface FileUpload {
  /** 0–100 while a file is being sent; null otherwise. */
  progress: number | null;
  /** Sends one file to `POST /uploads` as the signed-in user; rejects with a message to show. */
  upload: (file: File) => Promise<UploadedFileInfo>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** One file at a time, with XMLHttpRequest for its progress; leaving the page stops it. */
export function useFileUpload(): FileUpload {
  const { t } = useTranslation();
  const { token } = useAuth();
  const [progress, setProgress] = useState<number | null>(null);
  const request = useRef<XMLHttpRequest | null>(null);

  useEffect(() => () => request.current?.abort(), []);

  const upload = useCallback(
    (file: File) =>
      new Promise<UploadedFileInfo>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        request.current = xhr;
        setProgress(0);
        const fail = (message: string) => {
          request.current = null;
          setProgress(null);
          reject(new Error(message));
        };
        xhr.upload.onprogress = (event) => {
          if (event.lengthComputable && event.total > 0)
            setProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
        };
        xhr.onload = () => {
          const body = parseJson(xhr.responseText);
          if (xhr.status >= 200 && xhr.status < 300 && isRecord(body) && typeof body['id'] === 'string') {
            request.current = null;
            setProgress(null);
            resolve({
              id: body['id'],
              contentType: typeof body['contentType'] === 'string' ? body['contentType'] : null,
            });
            return;
          }
          fail(isRecord(body) && typeof body['error'] === 'string' ? body['error'] : t('uploads.failed'));
        };
        xhr.onerror = () => fail(t('uploads.network'));
        xhr.ontimeout = () => fail(t('uploads.network'));
        xhr.onabort = () => fail(t('uploads.network'));
        xhr.open('POST', '/uploads');
        if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
        const form = new FormData();
        form.append('file', file, file.name);
        xhr.send(form);
      }),
    [t, token],
  );

  return { progress, upload };
}
