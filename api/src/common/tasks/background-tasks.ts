import type { Logger } from '../logging/logger.js';

/**
 * Work that runs after the request that started it has been answered. Kept track of, so that shutdown (and a test)
 * can wait for it to end instead of closing the database under it.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  /** Starts `work` without making the caller wait. A failure is logged by its name and code only: a message could carry input. */
  run(event: string, work: () => Promise<void>, log: Logger = this.log): void {
    const task: Promise<void> = Promise.resolve()
      .then(work)
      .catch((err: { name?: unknown; code?: unknown } | undefined) => {
        log.error(
          { event, err: { name: String(err?.name ?? 'Error'), code: err?.code === undefined ? undefined : String(err.code) } },
          'background work failed',
        );
      })
      .finally(() => void this.running.delete(task));
    this.running.add(task);
  }

  /** Resolves once no work is running, including work started meanwhile. */
  async settled(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }
}
