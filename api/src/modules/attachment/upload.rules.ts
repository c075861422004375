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
  'application/pdf': AttachmentKind.DOCUMENT,
};

/** Kinds anyone signed in may upload; documents are filed by managers. */
export const kindsFor = (staff: boolean): readonly AttachmentKind[] =>
  staff
    ? [AttachmentKind.IMAGE, AttachmentKind.VIDEO, AttachmentKind.DOCUMENT]
    : [AttachmentKind.IMAGE, AttachmentKind.VIDEO];

export interface UploadLimits {
  photoBytes: number;
  videoBytes: number;
  documentBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  photoBytes: 15 * 1024 * 1024,
  videoBytes: 100 * 1024 * 1024,
  documentBytes: 20 * 1024 * 1024,
};

export const limitFor = (kind: AttachmentKind, limits: UploadLimits): number =>
  kind === AttachmentKind.IMAGE
    ? limits.photoBytes
    : kind === AttachmentKind.VIDEO
      ? limits.videoBytes
      : limits.documentBytes;

export const largestLimit = (limits: UploadLimits): number =>
  Math.max(limits.photoBytes, limits.videoBytes, limits.documentBytes);

/** "Photos are limited to 15 MB." */
export const limitMessage = (kind: AttachmentKind, limits: UploadLimits): string =>
  `${{ IMAGE: 'Photos', VIDEO: 'Videos', DOCUMENT: 'Documents' }[kind]} are limited to ${megabytes(limitFor(kind, limits))}.`;

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
