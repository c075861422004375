import DataLoader from 'dataloader';
import { loadNow, primeNow, thenNow } from '../src/platform/graphql/loaders';

describe('loadNow: primed values without a promise', () => {
  const counting = () => {
    const asked: number[][] = [];
    const loader = new DataLoader<number, string>(async (ids) => {
      asked.push([...ids]);
      return ids.map((id) => `loaded ${id}`);
    });
    return { loader, asked };
  };

  it('answers a key primed through primeNow at once, and never asks the batch function for it', async () => {
    const { loader, asked } = counting();
    primeNow(loader, 1, 'primed 1');
    const value = loadNow(loader, 1);
    expect(value).toBe('primed 1');
    expect(value).not.toBeInstanceOf(Promise);
    // the loader itself holds it too, for callers that use load()
    await expect(loader.load(1)).resolves.toBe('primed 1');
    expect(asked).toEqual([]);
  });

  it('loads any other key through the loader, batched', async () => {
    const { loader, asked } = counting();
    primeNow(loader, 1, 'primed 1');
    const two = loadNow(loader, 2);
    const three = loadNow(loader, 3);
    expect(two).toBeInstanceOf(Promise);
    await expect(Promise.all([two, three])).resolves.toEqual(['loaded 2', 'loaded 3']);
    expect(asked).toEqual([[2, 3]]);
  });

  it('does not answer at once for a key primed with the loader’s own prime (no record of it)', async () => {
    const { loader } = counting();
    loader.prime(4, 'primed 4');
    const value = loadNow(loader, 4);
    expect(value).toBeInstanceOf(Promise);
    await expect(value).resolves.toBe('primed 4');
  });

  it('thenNow applies a function at once to a plain value and after resolution to a promise', async () => {
    expect(thenNow(2, (n) => n * 10)).toBe(20);
    const later = thenNow(Promise.resolve(2), (n) => n * 10);
    expect(later).toBeInstanceOf(Promise);
    await expect(later).resolves.toBe(20);
  });
});
