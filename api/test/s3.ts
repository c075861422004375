import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small S3-compatible server over HTTP (path-style PutObject, GetObject, HeadObject, DeleteObject), standing in
 * for MinIO or AWS in tests: it keeps objects in memory and records what it was sent.
 */
export const startS3 = async (bucket: string) => {
  const objects = new Map<string, Buffer>();
  const requests: { method: string; key: string; authorization: string }[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://s3.local');
    const [, name, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    requests.push({ method: req.method ?? '', key, authorization: String(req.headers.authorization ?? '') });
    if (name !== bucket) {
      res.statusCode = 404;
      res.end('<Error><Code>NoSuchBucket</Code></Error>');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        res.setHeader('ETag', '"fixline"');
        res.end();
      } else if (req.method === 'GET' || req.method === 'HEAD') {
        const body = objects.get(key);
        if (body === undefined) {
          res.statusCode = 404;
          res.setHeader('content-type', 'application/xml');
          res.end(
            req.method === 'GET'
              ? '<Error><Code>NoSuchKey</Code><Message>missing</Message></Error>'
              : undefined,
          );
          return;
        }
        res.setHeader('content-length', body.length);
        res.end(req.method === 'GET' ? body : undefined);
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.statusCode = 204;
        res.end();
      } else {
        res.statusCode = 405;
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
