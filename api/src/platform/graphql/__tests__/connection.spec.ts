import { connectionFrom } from '../connection';

describe('connectionFrom', () => {
  it('makes a cursor per node only when the edges are read, and the same cursors then', () => {
    const made: number[] = [];
    const cursorOf = (n: number): string => {
      made.push(n);
      return `c${n}`;
    };
    const connection = Object.assign(connectionFrom([1, 2, 3, 4], 3, 10, cursorOf, false), { extra: true });
    expect(connection.nodes).toEqual([1, 2, 3]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, startCursor: 'c1', endCursor: 'c3' });
    expect(made).toEqual([1, 3]);
    expect(connection.edges).toEqual([
      { cursor: 'c1', node: 1 },
      { cursor: 'c2', node: 2 },
      { cursor: 'c3', node: 3 },
    ]);
    expect(connection.edges).toBe(connection.edges);
    expect(made).toEqual([1, 3, 1, 2, 3]);
    expect(connection.extra).toBe(true);
  });

  it('has no cursors for an empty page', () => {
    const connection = connectionFrom<number>([], 3, 0, () => 'x', true);
    expect(connection.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
    expect(connection.edges).toEqual([]);
  });
});
