// Heap snapshots (v8.writeHeapSnapshot in the api process) summed up by what the objects are, to see what one
// socket keeps alive.
import { readFileSync, unlinkSync } from 'node:fs';

const GROUPED = new Set([
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'code',
  'hidden',
  'array',
  'regexp',
]);

/** Self sizes summed per kind: objects by constructor, closures by function name, the rest by type. */
export const summarizeSnapshot = (file, { remove = true } = {}) => {
  const snapshot = JSON.parse(readFileSync(file, 'utf8'));
  if (remove) unlinkSync(file);
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const totals = new Map();
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    const name = strings[nodes[i + nameAt]];
    const key = GROUPED.has(type)
      ? `(${type})`
      : type === 'closure'
        ? `closure ${name || '(anonymous)'}`
        : `${type} ${name}`;
    const entry = totals.get(key) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += nodes[i + sizeAt];
    totals.set(key, entry);
  }
  return totals;
};

/** The kinds that grew the most from `before` to `after`, per unit (e.g. per socket). */
export const growth = (before, after, units, top = 20) =>
  [...after.entries()]
    .map(([key, a]) => {
      const b = before.get(key) ?? { count: 0, size: 0 };
      return { key, count: (a.count - b.count) / units, bytes: (a.size - b.size) / units };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, top);
