// The writers' side of burden's outbox: a writer marks the sources it changed, in its own transaction;
// once that commits, the projector (BurdenService.drain) rebuilds their events. Built before the writers
// (it needs only the database, the clock and a way to start the projector, which is built after them).
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { sourceRef, type BurdenOutbox, type SourceKind } from './ports.js';
import * as repo from './repository.js';

export class BurdenOutboxWriter implements BurdenOutbox {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    /** Runs the projector; called after the writer's commit (a failure leaves the marks for the next drain). */
    private readonly project: () => Promise<unknown>,
  ) {}

  async changed(kind: SourceKind, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await repo.markDirty(
      this.database.db,
      kind,
      ids.map((id) => sourceRef(kind, id)),
      this.clock.nowIso(),
    );
    await this.database.afterCommit(async () => {
      await this.project();
    });
  }
}
