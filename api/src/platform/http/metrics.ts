import type { Express, NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricsSources {
  openWebSockets: () => number;
  activeSubscriptions: () => number;
  queueDepths: () => Promise<Record<string, number>>;
  requestsInFlight: () => number;
  /** Background steps (fan-out, job batches, rollups) that waited for the requests to thin out, so far. */
  backgroundDeferrals: () => number;
}

/** Prometheus metrics of one api instance: request latency, sockets and subscriptions, job queues. */
export class Metrics {
  readonly registry = new Registry();
  readonly jobFailures: Counter<'queue'>;
  readonly subscriptionResults: Counter<'kind'>;
  readonly graphqlExecutions: Counter<'mode'>;
  private readonly requestDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(sources: MetricsSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'fixline_' });
    this.requestDuration = new Histogram({
      name: 'fixline_http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
    this.jobFailures = new Counter({
      name: 'fixline_job_failures_total',
      help: 'Jobs that threw (they are retried)',
      labelNames: ['queue'],
      registers: [this.registry],
    });
    this.subscriptionResults = new Counter({
      name: 'fixline_subscription_results_total',
      help: 'Subscription results sent: executed, or shared from an identical subscriber (same event, document, variables, viewer)',
      labelNames: ['kind'],
      registers: [this.registry],
    });
    this.graphqlExecutions = new Counter({
      name: 'fixline_graphql_executions_total',
      help: 'Queries and mutations executed: compiled (graphql-jit) or interpreted (graphql-js)',
      labelNames: ['mode'],
      registers: [this.registry],
    });
    new Gauge({
      name: 'fixline_websocket_connections',
      help: 'Open WebSocket connections',
      registers: [this.registry],
      collect() {
        this.set(sources.openWebSockets());
      },
    });
    new Gauge({
      name: 'fixline_graphql_subscriptions',
      help: 'Active GraphQL subscriptions',
      registers: [this.registry],
      collect() {
        this.set(sources.activeSubscriptions());
      },
    });
    new Gauge({
      name: 'fixline_http_requests_in_flight',
      help: 'HTTP requests being served',
      registers: [this.registry],
      collect() {
        this.set(sources.requestsInFlight());
      },
    });
    new Counter({
      name: 'fixline_background_deferrals_total',
      help: 'Background steps (outbox fan-out, job batches, report rollups) that waited while requests were busy',
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(sources.backgroundDeferrals());
      },
    });
    new Gauge({
      name: 'fixline_job_queue_depth',
      help: 'Jobs waiting per queue',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        for (const [queue, depth] of Object.entries(await sources.queueDepths())) this.set({ queue }, depth);
      },
    });
  }

  /** Times every request; the route label is the mounted path (not the raw URL, to keep cardinality low). */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const stop = this.requestDuration.startTimer();
      const path = req.path; // read now: mounted routers rewrite it while the request runs
      res.on('finish', () => {
        const route =
          ['/graphql', '/uploads', '/admin', '/exports', '/metrics'].find((prefix) =>
            path.startsWith(prefix),
          ) ?? '/';
        stop({ method: req.method, route, status: String(res.statusCode) });
      });
      next();
    };
  }

  mount(app: Express, token: string | undefined): void {
    app.get('/metrics', async (req: Request, res: Response) => {
      if (token && req.headers.authorization !== `Bearer ${token}`) {
        res.status(401).send('unauthorized');
        return;
      }
      res.setHeader('Content-Type', this.registry.contentType);
      res.send(await this.registry.metrics());
    });
  }
}
