import { fromGlobalId, toGlobalId } from '../node';

describe('global ids', () => {
  it('encode Type:id in base64url, the same however often and however many are remembered', () => {
    expect(toGlobalId('WorkOrder', 42)).toBe(Buffer.from('WorkOrder:42').toString('base64url'));
    // past the per-type cache (20,000): still the encoding of each id
    for (let id = 1; id <= 25_000; id += 1) {
      const globalId = toGlobalId('Unit', id);
      if (id % 5_000 === 0) expect(fromGlobalId(globalId)).toEqual({ type: 'Unit', id });
    }
    expect(toGlobalId('Unit', 7)).toBe(Buffer.from('Unit:7').toString('base64url'));
    expect(toGlobalId('Property', 7)).not.toBe(toGlobalId('Unit', 7));
  });
});
