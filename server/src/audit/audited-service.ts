import type { Clock } from '../shared/clock.ts';
import { type Db, type Queryable, UnitOfWork } from '../store/index.ts';
import type { AuditService } from './audit.service.ts';
import type { Actor, AuditInput } from './audit.types.ts';

/**
 * A change under way in a unit of work: its transaction, who makes it and when, the audit
 * entries to record with it, and the ids of what it changed (to announce after the commit).
 */
export interface ChangeInProgress {
  tx: Queryable;
  actor: Actor;
  at: Date;
  audits: AuditInput[];
  changed: Set<string>;
}

export interface AuditedServiceDeps {
  db: Db;
  audit: AuditService;
  clock: Clock;
  /** Opens the transaction of each change; a fresh one on `db` when not given. */
  units?: UnitOfWork;
}

/**
 * What a service that changes state stands on: it reads from the store, runs each change in a
 * unit of work with its audit entry as a participant, and takes the time from one clock.
 */
export abstract class AuditedService {
  protected readonly db: Db;
  protected readonly units: UnitOfWork;
  protected readonly audit: AuditService;
  protected readonly clock: Clock;

  constructor(deps: AuditedServiceDeps) {
    this.db = deps.db;
    this.units = deps.units ?? new UnitOfWork(deps.db);
    this.audit = deps.audit;
    this.clock = deps.clock;
  }
}
