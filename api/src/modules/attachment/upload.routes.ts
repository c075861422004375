import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { Viewer } from '../../platform/graphql/context';
import type { Logger } from '../../platform/logging/logger';
import { Role, isStaff } from '../identity/role';
import { Attachment, AttachmentKind } from './attachment.entity';
import type { FileStorage } from './storage';
import { kindsFor, type UploadLimits } from './upload.rules';
import { UploadError, UrlSigner, storeUpload } from './upload.service';

export interface UploadDeps {
  em: () => EntityManager;
  storage: FileStorage;
  signer: UrlSigner;
  limits: UploadLimits;
  logger: Logger;
  authenticate: (authorization: unknown) => Promise<Viewer | null>;
}

/**
 * POST /uploads (multipart, field "file", bearer token; PDFs from managers only) → { id, contentType, size, url, thumbnailUrl }.
 * GET /uploads/:id?variant&exp&sig — only through a short-lived signed URL, which the API hands to those who may
 * see the work order or message the file belongs to.
 */
export const mountUploadRoutes = (app: Express, deps: UploadDeps): void => {
  app.post('/uploads', async (req: Request, res: Response) => {
    const viewer = await deps.authenticate(req.headers.authorization);
    if (viewer === null || viewer.apiKey) {
      req.resume();
      res.status(401).json({ error: 'Sign in to upload.' });
      return;
    }
    try {
      const staff = isStaff(viewer.role as Role);
      const attachment = await storeUpload(
        deps.em(),
        deps.storage,
        viewer.id,
        req,
        deps.limits,
        kindsFor(staff),
      );
      res.status(201).json({
        id: attachment.globalId,
        contentType: attachment.contentType,
        size: attachment.size,
        url: deps.signer.url(attachment.id, 'original'),
        thumbnailUrl: attachment.thumbnailKey ? deps.signer.url(attachment.id, 'thumbnail') : null,
      });
    } catch (error) {
      if (error instanceof UploadError) {
        res.status(error.status).json({ error: error.message, code: error.code });
        req.resume();
        return;
      }
      deps.logger.error({ err: error }, 'upload failed');
      res.status(500).json({ error: 'The upload failed on our side. Please try again.' });
    }
  });

  app.get('/uploads/:id', async (req: Request, res: Response) => {
    const id = Number(req.params.id);
    const variant = String(req.query.variant ?? 'original');
    if (
      !Number.isInteger(id) ||
      !deps.signer.verify(id, variant, Number(req.query.exp), String(req.query.sig ?? ''))
    ) {
      res.status(403).json({ error: 'This link is invalid or has expired.' });
      return;
    }
    const attachment = await deps.em().findOne(Attachment, id);
    const key = variant === 'thumbnail' ? attachment?.thumbnailKey : attachment?.storageKey;
    const stream = key ? await deps.storage.read(key) : null;
    if (!attachment || !stream) {
      res.status(404).json({ error: 'Not found.' });
      return;
    }
    res.setHeader('Content-Type', variant === 'thumbnail' ? 'image/webp' : attachment.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=600');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (attachment.kind === AttachmentKind.VIDEO)
      res.setHeader('Content-Disposition', `inline; filename="video"`);
    if (attachment.kind === AttachmentKind.DOCUMENT) {
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(attachment.originalName)}`,
      );
    }
    stream.pipe(res);
  });
};
