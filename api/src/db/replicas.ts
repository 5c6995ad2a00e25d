import type { ConnectionType, CountOptions, FindOneOptions, FindOptions, ForkOptions, LoggingOptions, TransactionOptions } from '@mikro-orm/core';
import { EntityManager, type EntityName, type QueryBuilder } from '@mikro-orm/postgresql';

/**
 * Which server a request's reads go to when DATABASE_READ_URLS names read replicas (README, "Read replicas").
 *
 * MikroORM sends a read outside a transaction (em.find, findOne, count, countBy, query builders without a
 * connection type) to a random replica, and everything else (flushes, transactions, `em.execute`, `getConnection()`,
 * Kysely) to the primary. A request's entity manager is switched to the primary for every read with `readFromPrimary`
 * when it must see what it writes: a GraphQL mutation, a REST request that is not GET or HEAD. It also switches itself
 * once it has written (a flush or a transaction), so that whatever the request reads after its write sees it. Forks
 * keep the switch. Without replicas both kinds of connection are the primary and nothing changes.
 */
export class FengqiaoEntityManager extends EntityManager {
  #primary = false;

  /** Whether every read of this entity manager (and its later forks) goes to the primary. */
  get readsFromPrimary(): boolean {
    return this.#primary;
  }

  /** From now on every read goes to the primary. */
  readFromPrimary(): this {
    this.#primary = true;
    return this;
  }

  override fork(options?: ForkOptions): this {
    const fork = super.fork(options);
    if (this.#primary) fork.readFromPrimary();
    return fork;
  }

  // Every find, findOne, count and countBy (and the dataloaders, which call find) prepares its options here.
  protected override prepareOptions<Options extends FindOptions<any, any, any, any> | FindOneOptions<any, any, any, any> | CountOptions<any, any>>(
    options: Options,
  ): Options {
    const prepared = super.prepareOptions(options as never) as Options;
    if (this.#primary) (prepared as { connectionType?: ConnectionType }).connectionType ??= 'write';
    return prepared;
  }

  override createQueryBuilder<Entity extends object, RootAlias extends string = never>(
    entityName: EntityName<Entity> | QueryBuilder<Entity>,
    alias?: RootAlias,
    type?: ConnectionType,
    loggerContext?: LoggingOptions,
  ) {
    return super.createQueryBuilder<Entity, RootAlias>(entityName, alias, type ?? (this.#primary ? 'write' : undefined), loggerContext);
  }

  override async flush(): Promise<void> {
    await super.flush();
    this.#primary = true;
  }

  override async transactional<T>(cb: (em: this) => T | Promise<T>, options?: TransactionOptions): Promise<T> {
    try {
      return await super.transactional(cb, options);
    } finally {
      this.#primary = true;
    }
  }
}

/** Find options for a read that must come from the primary (a token, account or entitlement check). */
export const PRIMARY = { connectionType: 'write' } as const satisfies { connectionType: ConnectionType };

/** Sends every later read of this request's entity manager to the primary (a mutation; a REST request that writes). */
export function readFromPrimary(em: EntityManager): void {
  if (em instanceof FengqiaoEntityManager) em.readFromPrimary();
}

/**
 * A read-only statement (a count, an aggregate, an export's rows) on the connection MikroORM would read from: a
 * replica, unless the entity manager reads from the primary (a mutation, a request that has written) or is inside a
 * transaction, where MikroORM uses the transaction's connection. `em.execute` alone always runs on the primary.
 */
export function readQuery<T extends object = Record<string, unknown>[]>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T> {
  const connectionType: ConnectionType = em instanceof FengqiaoEntityManager && em.readsFromPrimary ? 'write' : 'read';
  return em.execute<T & object[]>(sql, params as unknown[], { method: 'all', connectionType }) as Promise<T>;
}
