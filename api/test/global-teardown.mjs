export default async () => {
  await globalThis.__fixlineEmbeddedPg?.stop();
};
