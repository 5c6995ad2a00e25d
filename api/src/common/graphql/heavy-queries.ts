import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from '../../context.js';

/**
 * Root fields whose answer at a city's or a province's scope is up to a thousand rows of nested objects: each such
 * request turns them into entities and GraphQL completes some 20,000 fields, all on the one event loop.
 */
export const HEAVY_ROOT_FIELDS: ReadonlySet<string> = new Set(['trainingCompliance', 'villageMonthReports', 'coverage']);

/**
 * How many heavy requests a process works on at once. Their work is the event loop's, which runs one thing at a time:
 * eight at once finish no sooner than one after another, but interleave eight graphs of entities in memory and chain
 * their continuations into holds of half a second (api/bench/RESULTS.md). Two keep one's SQL overlapping the other's
 * JavaScript.
 */
export const HEAVY_QUERY_CONCURRENCY = 2;

/** A counting semaphore: `acquire` waits for one of `limit` permits and resolves to the function that returns it. */
export class Permits {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {
    this.free = limit;
  }

  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The permit passes straight to the next in line, or back to the pool.
      if (next) next();
      else this.free += 1;
    };
  }

  /** Requests waiting for a permit now. */
  get queued(): number {
    return this.waiting.length;
  }
}

/** Whether the operation selects one of HEAVY_ROOT_FIELDS at its root (through fragments too). */
export function selectsHeavyField(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) return HEAVY_ROOT_FIELDS.has(s.name.value);
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      const name = s.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      const fragment = fragments.get(name);
      return fragment ? visit(fragment) : false;
    });
  return operation.operation === 'query' && visit(operation.selectionSet);
}

/**
 * Holds a heavy query (HEAVY_ROOT_FIELDS) until one of `limit` permits is free, from the moment its operation is known
 * until its response is ready: the whole of its execution, nested fields and batched loads included. Other requests
 * (lists, `me`, mutations) never wait for it.
 */
export function heavyQueryLimit(permits: Permits = new Permits(HEAVY_QUERY_CONCURRENCY)): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      let answered = false;
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation || !selectsHeavyField(operation, document)) return;
          const permit = await permits.acquire();
          // Another plugin may have refused the request while this one waited (Apollo runs these hooks side by side):
          // its response is out, the permit goes straight back.
          if (answered) permit();
          else release = permit;
        },
        async willSendResponse() {
          answered = true;
          release?.();
          release = null;
        },
      };
    },
  };
}
