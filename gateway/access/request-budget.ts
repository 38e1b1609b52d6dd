import type http from 'node:http';
import type { Identity } from '@public-service-graph/subgraph-kit/identity';
import type { Decision } from '../rate-limit.ts';

/** The context the access plugins read: the fetch request, node's request (its socket), the enriched identity. */
export type AccessContext = { request: Request; req?: http.IncomingMessage; identity?: Identity };

export interface Budget {
  /** Cost of the request's operations so far (a batch has several). */
  cost: number;
  /** The rate limiter's last answer, for the response's headers. */
  decision: Decision | null;
}

/** What one request has spent, shared by the cost limit, the rate limit and key usage; forgotten with the request. */
export class RequestBudgets {
  private readonly budgets = new WeakMap<Request, Budget>();

  of(request: Request): Budget {
    let budget = this.budgets.get(request);
    if (!budget) this.budgets.set(request, (budget = { cost: 0, decision: null }));
    return budget;
  }

  peek(request: Request): Budget | undefined {
    return this.budgets.get(request);
  }
}
