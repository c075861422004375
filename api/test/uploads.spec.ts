import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { demoIds, submit } from './fixtures';
import { startTestApp, type TestApp } from './harness';

const jpegWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Copyright: 'Secret Owner', Make: 'PhoneCo' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' },
    })
    .toBuffer();

describe('uploads', () => {
  let t: TestApp;
  let tenant: string;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = join(__dirname, '..', '..', '.data', `test-uploads-${process.pid}`);
    t = await startTestApp({ UPLOAD_PHOTO_MB: '1', FIXLINE_DATA_DIR: dataDir });
    tenant = await t.login('tenant@demo.test');
  });
  afterAll(() => t.stop());

  const upload = async (bytes: Buffer, name: string, token = tenant) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${t.url}/uploads`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      body: (await response.json()) as {
        id: string;
        url: string;
        thumbnailUrl: string;
        contentType: string;
        size: number;
        error?: string;
        code?: string;
      },
    };
  };
  const storedFiles = () => {
    const root = join(dataDir, 'uploads');
    return existsSync(root)
      ? readdirSync(root, { recursive: true }).filter((f) => String(f).includes('.') || String(f).length > 3)
          .length
      : 0;
  };
  const rows = async () =>
    Number((await t.sql<{ n: string }>('select count(*) as n from attachments'))[0]?.n);

  it('re-encodes a photo: no EXIF or GPS left, a thumbnail made, served only through a signed link', async () => {
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const r = await upload(original, 'IMG_0001.jpg');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ contentType: 'image/jpeg' });
    const stored = Buffer.from(await (await fetch(`${t.url}${r.body.url}`)).arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('Secret Owner'))).toBe(false);
    expect(stored.includes(Buffer.from('GPS'))).toBe(false);
    expect([meta.width, meta.height]).toEqual([64, 48]);
    const thumb = await fetch(`${t.url}${r.body.thumbnailUrl}`);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const tampered = r.body.url.replace(/sig=./, 'sig=A');
    expect((await fetch(`${t.url}${tampered}`)).status).toBe(403);
    expect((await fetch(`${t.url}${r.body.url.replace(/exp=\d+/, 'exp=1000')}`)).status).toBe(403);
  });

  it.each([
    [
      'a text file named .jpg (wrong magic bytes)',
      () => Promise.resolve(Buffer.from('just text, not a photo at all')),
      'photo.jpg',
      415,
      'UNSUPPORTED_TYPE',
    ],
    [
      'an HTML page',
      () => Promise.resolve(Buffer.from('<html><script>alert(1)</script></html>')),
      'x.png',
      415,
      'UNSUPPORTED_TYPE',
    ],
    ['a zero-byte file', () => Promise.resolve(Buffer.alloc(0)), 'empty.jpg', 400, 'EMPTY'],
    [
      'a photo over the 1 MB limit',
      () =>
        sharp(Buffer.from(Array.from({ length: 900 * 700 * 3 }, () => Math.floor(Math.random() * 256))), {
          raw: { width: 900, height: 700, channels: 3 },
        })
          .png()
          .toBuffer(),
      'big.png',
      413,
      'TOO_LARGE',
    ],
    [
      'a JPEG header on garbage',
      () => Promise.resolve(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)])),
      'fake.jpg',
      422,
      'UNREADABLE_IMAGE',
    ],
  ])('refuses %s with a clear error and stores nothing', async (_name, make, filename, status, code) => {
    const [beforeFiles, beforeRows] = [storedFiles(), await rows()];
    const r = await upload(await make(), filename);
    expect(r.status).toBe(status);
    expect(r.body.code).toBe(code);
    expect(r.body.error).toEqual(expect.any(String));
    if (code === 'TOO_LARGE') expect(r.body.error).toContain('1 MB');
    expect([storedFiles(), await rows()]).toEqual([beforeFiles, beforeRows]);
  });

  it('strips what a polyglot hides after the image, and never uses the file name to store', async () => {
    const polyglot = Buffer.concat([
      await jpegWithGps(),
      Buffer.from('<script>alert(1)</script>PK\u0003\u0004zipdata'),
    ]);
    const r = await upload(polyglot, '../../../etc/passwd.jpg');
    expect(r.status).toBe(201);
    const stored = Buffer.from(await (await fetch(`${t.url}${r.body.url}`)).arrayBuffer());
    expect(stored.includes(Buffer.from('<script>'))).toBe(false);
    const [row] = await t.sql<{ original_name: string; storage_key: string }>(
      'select original_name, storage_key from attachments order by id desc limit 1',
    );
    expect(row?.original_name).toBe('passwd.jpg');
    expect(row?.storage_key).toMatch(/^[a-f0-9]{2}\/[a-f0-9]{32}$/);
    expect(existsSync(join(dataDir, 'etc'))).toBe(false);
  });

  it('attaches uploads to a request; only those who may see it get links; nobody attaches someone else’s upload', async () => {
    const photo = await upload(await jpegWithGps(), 'leak.jpg');
    const ids = await demoIds(t, tenant);
    const created = await submit(t, tenant, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'Leak',
      description: 'See photo',
      attachmentIds: [photo.body.id],
    });
    expect(created.userErrors).toEqual([]);
    const query =
      'query($id: ID!) { workOrder(id: $id) { attachments { id url thumbnailUrl contentType } } node(id: $id) { id } }';
    const manager = await t.login('manager@demo.test');
    const seen = await t.gql<{ workOrder: { attachments: { id: string; url: string }[] } }>(
      query,
      { id: created.workOrder?.id },
      manager,
    );
    expect(seen.data?.workOrder.attachments.map((a) => a.id)).toEqual([photo.body.id]);
    expect((await fetch(`${t.url}${seen.data?.workOrder.attachments[0]?.url}`)).status).toBe(200);
    const tenant2 = await t.login('tenant2@demo.test');
    const hidden = await t.gql<{ workOrder: unknown; node: unknown }>(
      query,
      { id: created.workOrder?.id },
      tenant2,
    );
    expect(hidden.data).toEqual({ workOrder: null, node: null });
    const direct = await t.gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: photo.body.id },
      tenant2,
    );
    expect(direct.data?.node).toBeNull();
    const theirs = await upload(await jpegWithGps(), 'mine.jpg', tenant2);
    const jobsBefore = await t.sql(`select id from pgboss.job where name = 'sla.check'`);
    const stolen = await submit(t, tenant, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'x',
      description: 'x',
      attachmentIds: [theirs.body.id],
    });
    expect(stolen.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'attachmentIds', '0'] });
    const reused = await submit(t, tenant, {
      categoryId: ids.category('PLUMBING'),
      severity: 'ROUTINE',
      title: 'x',
      description: 'x',
      attachmentIds: [photo.body.id],
    });
    expect(reused.userErrors[0]?.code).toBe('NOT_FOUND');
    // a refused attachment undoes the whole submission: no order, and no job queued for it
    expect(await t.sql(`select id from work_orders where title = 'x'`)).toEqual([]);
    expect(await t.sql(`select id from pgboss.job where name = 'sla.check'`)).toHaveLength(jobsBefore.length);
    const anonymous = await fetch(`${t.url}/uploads`, { method: 'POST', body: new FormData() });
    expect(anonymous.status).toBe(401);
  });
});
