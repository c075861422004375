import { AttachmentKind } from './attachment.entity';

/** The allowlist: types decided from the file's bytes, with the kind and the size limit each falls under. */
export const ALLOWED_TYPES: Readonly<Record<string, AttachmentKind>> = {
  'image/jpeg': AttachmentKind.IMAGE,
  'image/png': AttachmentKind.IMAGE,
  'image/webp': AttachmentKind.IMAGE,
  'image/heic': AttachmentKind.IMAGE,
  'image/heif': AttachmentKind.IMAGE,
  'video/mp4': AttachmentKind.VIDEO,
  'video/quicktime': AttachmentKind.VIDEO,
};

export interface UploadLimits {
  photoBytes: number;
  videoBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  photoBytes: 15 * 1024 * 1024,
  videoBytes: 100 * 1024 * 1024,
};

export const limitFor = (kind: AttachmentKind, limits: UploadLimits): number =>
  kind === AttachmentKind.IMAGE ? limits.photoBytes : limits.videoBytes;

export const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** A display name: the last path segment, printable characters only, at most 100; never used to store anything. */
export const cleanName = (name: string | undefined): string => {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const printable = base
    .replace(/[^\p{L}\p{N} ._()-]/gu, '')
    .trim()
    .slice(0, 100);
  return printable.replace(/^\.+/, '') || 'upload';
};

/** Signed URLs live this long. */
export const URL_TTL_SECONDS = 15 * 60;
