import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Whether each user has set a password (without reading the hash into memory); one statement per batch. */
export const hasPasswordLoader = (em: EntityManager): DataLoader<number, boolean> =>
  new DataLoader(async (ids) => {
    const rows = await em
      .getConnection()
      .execute<{ id: number; has: boolean }[]>(
        'select id, password_hash is not null as has from users where id in (?)',
        [[...ids]],
        'all',
        em.getTransactionContext(),
      );
    const has = new Map(rows.map((r) => [r.id, r.has]));
    return ids.map((id) => has.get(id) ?? false);
  });
