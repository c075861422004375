import type { EntityManager } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { Viewer } from '../../platform/graphql/context';
import { ApiKeyScope } from '../identity/api-key.scopes';
import { Role } from '../identity/role';
import { completedJobsCsv } from './report.export';

const MAX_RANGE_DAYS = 366 * 2;

/** GET /exports/completed-jobs.csv?from=…&to=…[&propertyIds=a,b] with `Authorization: Bearer …`. */
export const mountReportRoutes = (
  app: Express,
  deps: { em: () => EntityManager; authenticate: (authorization: unknown) => Promise<Viewer | null> },
): void => {
  app.get('/exports/completed-jobs.csv', async (req: Request, res: Response) => {
    const viewer = await deps.authenticate(req.headers.authorization);
    if (viewer === null) {
      res.status(401).json({ error: 'Sign in, or send an API key, to export.' });
      return;
    }
    const allowed = viewer.apiKey
      ? viewer.apiKey.scopes.includes(ApiKeyScope.READ_REPORTS)
      : [Role.MANAGER, Role.ADMIN, Role.OWNER].includes(viewer.role as Role);
    if (!allowed) {
      res
        .status(403)
        .json({ error: 'Exports are for managers, admins and owners (or keys with READ_REPORTS).' });
      return;
    }
    const from = new Date(String(req.query.from ?? ''));
    const to = new Date(String(req.query.to ?? ''));
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) {
      res.status(400).json({ error: 'Give "from" and "to" as ISO dates, "to" after "from".' });
      return;
    }
    const days = (to.getTime() - from.getTime()) / 86_400_000;
    if (days > MAX_RANGE_DAYS) {
      res.status(400).json({
        error: `An export covers at most ${MAX_RANGE_DAYS} days; ${Math.ceil(days)} were asked for.`,
      });
      return;
    }
    const propertyIds = String(req.query.propertyIds ?? '')
      .split(',')
      .filter((id) => id !== '');
    let csv: string;
    try {
      csv = await completedJobsCsv(deps.em(), viewer, { from, to }, propertyIds);
    } catch {
      res.status(500).json({ error: 'The export failed on our side. Please try again.' });
      return;
    }
    res.type('text/csv; charset=utf-8');
    res.attachment(
      `completed-jobs-${from.toISOString().slice(0, 10)}-to-${to.toISOString().slice(0, 10)}.csv`,
    );
    res.send(csv);
  });
};
