import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import busboy from 'busboy';
import { fromBuffer } from 'file-type';
import sharp from 'sharp';
import { Attachment, AttachmentKind } from './attachment.entity';
import type { FileStorage } from './storage';
import {
  ALLOWED_TYPES,
  URL_TTL_SECONDS,
  cleanName,
  largestLimit,
  limitFor,
  limitMessage,
  megabytes,
  type UploadLimits,
} from './upload.rules';

export class UploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const SNIFF_BYTES = 4100;

interface Received {
  path: string;
  size: number;
  contentType: string;
  kind: AttachmentKind;
  name: string;
}

/**
 * Streams one multipart file to a temporary file: the type is decided from the first bytes (never the name or the
 * header) and the size limit for that type is enforced while streaming — an upload over it stops at once.
 */
const receive = (
  request: Readable & { headers: Record<string, string | string[] | undefined> },
  limits: UploadLimits,
  kinds: readonly AttachmentKind[],
) =>
  new Promise<Received>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers as never,
        limits: { files: 1, fields: 5, fileSize: largestLimit(limits) + 1 },
      });
    } catch {
      reject(
        new UploadError(400, 'BAD_REQUEST', 'Send the file as multipart/form-data in a field named "file".'),
      );
      return;
    }
    let sawFile = false;
    parser.on('file', (_field, stream, info) => {
      sawFile = true;
      const path = join(tmpdir(), `fixline-upload-${randomBytes(12).toString('hex')}`);
      const out = createWriteStream(path);
      let size = 0;
      let head = Buffer.alloc(0);
      let kind: AttachmentKind | null = null;
      let contentType = '';
      let failed = false;
      const fail = (error: UploadError) => {
        if (failed) return;
        failed = true;
        stream.unpipe(out);
        stream.resume();
        out.destroy();
        void rm(path, { force: true });
        reject(error);
      };
      const decide = async () => {
        const type = await fromBuffer(head);
        const allowed = type ? ALLOWED_TYPES[type.mime] : undefined;
        if (!type || !allowed || !kinds.includes(allowed)) {
          fail(
            new UploadError(
              415,
              'UNSUPPORTED_TYPE',
              `Only photos (JPEG, PNG, WebP, HEIC)${kinds.includes(AttachmentKind.DOCUMENT) ? ', videos (MP4, MOV) and PDF documents' : ' and videos (MP4, MOV)'} can be uploaded${type ? `; this file is ${type.mime}` : ''}.`,
            ),
          );
          return;
        }
        kind = allowed;
        contentType = type.mime;
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (kind !== null && size > limitFor(kind, limits)) {
          fail(new UploadError(413, 'TOO_LARGE', limitMessage(kind, limits)));
        }
      });
      stream.on('limit', () =>
        fail(new UploadError(413, 'TOO_LARGE', `Files are limited to ${megabytes(largestLimit(limits))}.`)),
      );
      stream.pipe(out);
      let sniffed: Promise<void> | null = null;
      stream.on('data', () => {
        if (sniffed === null && head.length >= Math.min(SNIFF_BYTES, 12)) sniffed = decide();
      });
      out.on('finish', async () => {
        if (failed) return;
        if (size === 0) return fail(new UploadError(400, 'EMPTY', 'The file is empty.'));
        await (sniffed ?? decide());
        if (failed || kind === null) return;
        if (size > limitFor(kind, limits)) {
          return fail(new UploadError(413, 'TOO_LARGE', limitMessage(kind, limits)));
        }
        resolve({ path, size, contentType, kind, name: cleanName(info.filename) });
      });
      out.on('error', () => fail(new UploadError(500, 'STORAGE', 'The file could not be stored.')));
    });
    parser.on('finish', () => {
      if (!sawFile) reject(new UploadError(400, 'NO_FILE', 'Send one file in a field named "file".'));
    });
    parser.on('error', () => reject(new UploadError(400, 'BAD_REQUEST', 'The upload could not be read.')));
    request.pipe(parser);
  });

const sha256Of = async (path: string): Promise<string> => {
  const { createReadStream } = await import('node:fs');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
};

const keyOf = (): string => {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id}`;
};

/**
 * Receives, checks and stores one upload. Images are decoded and re-encoded (which drops EXIF and GPS and any bytes
 * hidden after the image), oriented, and given a thumbnail; a file that does not decode as the image it claims to
 * be is refused. Returns the stored attachment (not yet attached to anything).
 */
export const storeUpload = async (
  em: EntityManager,
  storage: FileStorage,
  uploaderId: number,
  request: Readable & { headers: Record<string, string | string[] | undefined> },
  limits: UploadLimits,
  kinds: readonly AttachmentKind[],
): Promise<Attachment> => {
  const received = await receive(request, limits, kinds);
  const cleanup: string[] = [received.path];
  try {
    let finalPath = received.path;
    let contentType = received.contentType;
    let thumbnailKey: string | null = null;
    const key = keyOf();
    if (received.kind === AttachmentKind.IMAGE) {
      const reencoded = `${received.path}.out`;
      cleanup.push(reencoded, `${received.path}.thumb`);
      try {
        const image = sharp(received.path, { failOn: 'error' }).rotate();
        if (contentType === 'image/png') await image.png().toFile(reencoded);
        else if (contentType === 'image/webp') await image.webp({ quality: 85 }).toFile(reencoded);
        else {
          await image.jpeg({ quality: 85, mozjpeg: true }).toFile(reencoded);
          contentType = 'image/jpeg';
        }
        await sharp(reencoded)
          .resize(320, 320, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 70 })
          .toFile(`${received.path}.thumb`);
      } catch {
        throw new UploadError(
          422,
          'UNREADABLE_IMAGE',
          'The photo could not be read. Try another photo, or save it as JPEG.',
        );
      }
      finalPath = reencoded;
      thumbnailKey = `${key}.thumb`;
      await storage.putFile(thumbnailKey, `${received.path}.thumb`);
    }
    const size = (await stat(finalPath)).size;
    const sha256 = await sha256Of(finalPath);
    await storage.putFile(key, finalPath);
    const attachment = em.create(Attachment, {
      uploadedBy: uploaderId,
      kind: received.kind,
      contentType,
      size,
      sha256,
      storageKey: key,
      thumbnailKey,
      originalName: received.name,
    });
    await em.flush();
    return attachment;
  } finally {
    await Promise.all(cleanup.map((p) => rm(p, { force: true })));
  }
};

/** Short-lived signed URLs: HMAC over id, variant and expiry with a key derived from the server secret. */
export class UrlSigner {
  private readonly key: Buffer;

  constructor(secretKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'fixline upload urls v1', 32));
  }

  private mac(id: number, variant: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${id}:${variant}:${exp}`).digest('base64url');
  }

  url(id: number, variant: 'original' | 'thumbnail', now = Date.now()): string {
    const exp = Math.floor(now / 1000) + URL_TTL_SECONDS;
    return `/uploads/${id}?variant=${variant}&exp=${exp}&sig=${this.mac(id, variant, exp)}`;
  }

  verify(id: number, variant: string, exp: number, sig: string, now = Date.now()): boolean {
    if (!Number.isInteger(exp) || exp < now / 1000) return false;
    const expected = Buffer.from(this.mac(id, variant, exp));
    const given = Buffer.from(sig);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
