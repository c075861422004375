import sharp from 'sharp';
import { startTestApp, type TestApp } from './harness';
import { startS3 } from './s3';

describe('uploads on S3-compatible storage', () => {
  let t: TestApp;
  let s3: Awaited<ReturnType<typeof startS3>>;
  beforeAll(async () => {
    s3 = await startS3('fixline-uploads');
    t = await startTestApp({
      S3_BUCKET: 'fixline-uploads',
      S3_ENDPOINT: s3.url,
      S3_REGION: 'eu-west-1',
      S3_ACCESS_KEY_ID: 'test-key',
      S3_SECRET_ACCESS_KEY: 'test-secret',
    });
  });
  afterAll(async () => {
    await t.stop();
    await s3.stop();
  });

  it('stores the re-encoded photo and its thumbnail as signed S3 objects and serves them back through a signed link', async () => {
    const tenant = await t.login('tenant@demo.test');
    const photo = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#36c' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([photo]), 'leak.jpg');
    const response = await fetch(`${t.url}/uploads`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${tenant}` },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { url: string; thumbnailUrl: string };

    // two objects under generated keys, written with SigV4-signed PUTs; nothing kept on the api's disk
    const puts = s3.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((p) => p.key).sort()).toEqual([...s3.objects.keys()].sort());
    expect(puts).toHaveLength(2);
    for (const p of puts) {
      expect(p.key).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{32}(\.thumb)?$/);
      expect(p.authorization).toMatch(
        /^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/eu-west-1\/s3\/aws4_request/,
      );
    }
    const stored = [...s3.objects.entries()].find(([key]) => !key.endsWith('.thumb'))?.[1] as Buffer;
    expect((await sharp(stored).metadata()).exif).toBeUndefined(); // re-encoded before it left the api

    const download = await fetch(new URL(body.url, t.url));
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(stored)).toBe(true);
    const thumb = await fetch(new URL(body.thumbnailUrl, t.url));
    expect(thumb.status).toBe(200);
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBeLessThanOrEqual(80);

    // an object gone from the bucket is a clean 404, not a crash
    s3.objects.clear();
    expect((await fetch(new URL(body.url, t.url))).status).toBe(404);
  });
});
