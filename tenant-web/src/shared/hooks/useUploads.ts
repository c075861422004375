import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../modules/auth/hooks/session';

export const UPLOAD_PATH = '/uploads';
/** The api's limit per request or message. */
export const MAX_UPLOADS = 10;

/** `offline`: kept on this device (no network), uploaded when the connection returns (see `keepOffline`). */
export type UploadStatus = 'pending' | 'done' | 'error' | 'offline';
export type UploadKind = 'image' | 'video';

/** A finished upload, as a draft keeps it (no file, no preview). */
export interface UploadedFile {
  id: string;
  name: string;
  kind: UploadKind;
}

export interface UploadItem {
  /** Stable React key. */
  key: string;
  name: string;
  size: number | null;
  kind: UploadKind;
  /** The file to (re)send; null for an upload restored from a draft. */
  file: File | null;
  /** An object URL for a local image preview. */
  previewUrl: string | null;
  status: UploadStatus;
  /** 0–100. */
  progress: number;
  /** The server's message (as is) or ours. */
  error: string | null;
  attachmentId: string | null;
}

export interface Uploads {
  items: readonly UploadItem[];
  /** Finished uploads, in the order chosen. */
  done: readonly UploadedFile[];
  attachmentIds: readonly string[];
  /** Some file is still being sent: the form must wait. */
  uploading: boolean;
  /** Files left out of the last choice because of the limit. */
  overLimit: boolean;
  max: number;
  add: (files: Iterable<File>) => void;
  retry: (key: string) => void;
  remove: (key: string) => void;
  /** Forget every row (e.g. after the message was sent); finished uploads are not deleted. */
  clear: () => void;
}

export interface UseUploadsOptions {
  /** Finished uploads to show again (e.g. from a restored draft). */
  initial?: readonly UploadedFile[];
  /** Called when the set of finished uploads changes. */
  onChange?: (done: UploadedFile[]) => void;
  /**
   * Without a network, keep the files (status `offline`) instead of failing them, and upload them by
   * themselves when the connection returns (the intake flow can also take them along into its outbox).
   */
  keepOffline?: boolean;
}

const VIDEO_EXTENSIONS = /\.(mp4|mov|m4v|qt)$/i;
/** Formats every browser can show from an object URL (HEIC is not one of them). */
const PREVIEWABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);

/** A video by its type or, when the phone gives none, its name; anything else is a photo. */
export const uploadKindOf = (file: { name: string; type: string }): UploadKind =>
  file.type.startsWith('video/') || VIDEO_EXTENSIONS.test(file.name) ? 'video' : 'image';

let counter = 0;
const nextKey = (): string => {
  counter += 1;
  return `upload-${counter}`;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

const toUploadedFile = (item: UploadItem): UploadedFile[] =>
  item.status === 'done' && item.attachmentId
    ? [{ id: item.attachmentId, name: item.name, kind: item.kind }]
    : [];

/**
 * Files chosen for a request or a message, each sent at once to `POST /uploads` with XMLHttpRequest (for
 * its progress). Only finished uploads count; a failed one can be retried or removed.
 */
export const useUploads = ({ initial, onChange, keepOffline = false }: UseUploadsOptions = {}): Uploads => {
  const { t } = useTranslation();
  // The same token the Apollo client sends.
  const { token } = useSession();
  const [items, setItems] = useState<UploadItem[]>(() =>
    (initial ?? []).map((file) => ({
      key: nextKey(),
      name: file.name,
      size: null,
      kind: file.kind,
      file: null,
      previewUrl: null,
      status: 'done',
      progress: 100,
      error: null,
      attachmentId: file.id,
    })),
  );
  const [overLimit, setOverLimit] = useState(false);
  const requests = useRef(new Map<string, XMLHttpRequest>());
  const itemsRef = useRef(items);
  const onChangeRef = useRef(onChange);

  useEffect(() => {
    itemsRef.current = items;
    onChangeRef.current = onChange;
  });

  const patch = useCallback((key: string, change: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));
  }, []);

  const send = useCallback(
    (key: string, file: File) => {
      const xhr = new XMLHttpRequest();
      requests.current.set(key, xhr);
      const fail = (message: string): void => {
        requests.current.delete(key);
        patch(key, { status: 'error', error: message, progress: 0 });
      };
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) {
          patch(key, { progress: Math.min(99, Math.round((event.loaded / event.total) * 100)) });
        }
      };
      xhr.onload = () => {
        requests.current.delete(key);
        const body = parseJson(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300 && isRecord(body) && typeof body['id'] === 'string') {
          patch(key, { status: 'done', progress: 100, error: null, attachmentId: body['id'] });
          return;
        }
        const serverError = isRecord(body) && typeof body['error'] === 'string' ? body['error'] : null;
        fail(serverError ?? t('uploads.failed'));
      };
      const lostNetwork = (): void => {
        if (!keepOffline) {
          fail(t('uploads.network'));
          return;
        }
        requests.current.delete(key);
        patch(key, { status: 'offline', error: null, progress: 0 });
      };
      xhr.onerror = lostNetwork;
      xhr.ontimeout = lostNetwork;
      xhr.open('POST', UPLOAD_PATH);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    },
    [patch, t, token, keepOffline],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const chosen = Array.from(files);
      const room = Math.max(0, MAX_UPLOADS - itemsRef.current.length);
      const accepted = chosen.slice(0, room);
      setOverLimit(chosen.length > accepted.length);
      if (accepted.length === 0) return;
      const offline = keepOffline && !navigator.onLine;
      const added: UploadItem[] = accepted.map((file) => ({
        key: nextKey(),
        name: file.name,
        size: file.size,
        kind: uploadKindOf(file),
        file,
        previewUrl: PREVIEWABLE.has(file.type) ? URL.createObjectURL(file) : null,
        status: offline ? 'offline' : 'pending',
        progress: 0,
        error: null,
        attachmentId: null,
      }));
      itemsRef.current = [...itemsRef.current, ...added];
      setItems((current) => [...current, ...added]);
      if (offline) return;
      for (const item of added) if (item.file) send(item.key, item.file);
    },
    [send, keepOffline],
  );

  const retry = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      if (!item?.file || (item.status !== 'error' && item.status !== 'offline')) return;
      patch(key, { status: 'pending', progress: 0, error: null });
      send(key, item.file);
    },
    [patch, send],
  );

  const discard = useCallback((item: UploadItem) => {
    requests.current.get(item.key)?.abort();
    requests.current.delete(item.key);
    if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
  }, []);

  const remove = useCallback(
    (key: string) => {
      const item = itemsRef.current.find((candidate) => candidate.key === key);
      if (item) discard(item);
      setOverLimit(false);
      itemsRef.current = itemsRef.current.filter((candidate) => candidate.key !== key);
      setItems((current) => current.filter((candidate) => candidate.key !== key));
    },
    [discard],
  );

  const clear = useCallback(() => {
    itemsRef.current.forEach(discard);
    itemsRef.current = [];
    setOverLimit(false);
    setItems([]);
  }, [discard]);

  // Back online: send what was kept on the device.
  useEffect(() => {
    if (!keepOffline) return undefined;
    const onOnline = (): void => {
      for (const item of itemsRef.current) {
        if (item.status !== 'offline' || !item.file) continue;
        patch(item.key, { status: 'pending', progress: 0, error: null });
        send(item.key, item.file);
      }
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [keepOffline, patch, send]);

  // Leaving the page: stop what is still being sent and free the previews.
  useEffect(() => {
    const pending = requests.current;
    return () => {
      pending.forEach((xhr) => xhr.abort());
      pending.clear();
      itemsRef.current.forEach((item) => {
        if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
      });
    };
  }, []);

  const done = useMemo(() => items.flatMap(toUploadedFile), [items]);
  const doneKey = done.map((file) => file.id).join(',');
  const reported = useRef(doneKey);
  useEffect(() => {
    if (reported.current === doneKey) return;
    reported.current = doneKey;
    onChangeRef.current?.(done);
  }, [doneKey, done]);

  const attachmentIds = useMemo(() => done.map((file) => file.id), [done]);
  const uploading = items.some((item) => item.status === 'pending');

  return {
    items,
    done,
    attachmentIds,
    uploading,
    overLimit,
    max: MAX_UPLOADS,
    add,
    retry,
    remove,
    clear,
  };
};
