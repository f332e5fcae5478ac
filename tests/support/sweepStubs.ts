import type { DeadlineCase } from '@prt/domain/deadlines/cases';
import type { SweepDependencies } from '@prt/functions/app/reminderSweep.js';

/**
 * In-memory stand-ins for the repositories a reminder sweep reads, for tests and benches that drive the sweep
 * without a store: the cases are whatever `open` answers; everything a sweep never writes throws.
 */
export function sweepCaseRepository(open: () => Promise<DeadlineCase[]>): SweepDependencies['cases'] {
  return {
    open,
    allOfType: async () => [],
    closed: async () => [],
    replaceWithDeletionRecord: async () => false,
    deletionRecords: async () => [],
    get: async () => undefined,
    create: async () => {
      throw new Error('unused');
    },
    replace: async () => {
      throw new Error('unused');
    },
  };
}

/** A register with no processings: the sweep finds no yearly reviews. */
export function emptyProcessingRepository(): SweepDependencies['processings'] {
  return {
    list: async () => [],
    listPage: async () => ({ items: [] }),
    get: async () => undefined,
    create: async () => {
      throw new Error('unused');
    },
    replace: async () => {
      throw new Error('unused');
    },
    changedSince: async () => ({ items: [], cursor: 0 }),
    remove: async () => {},
  };
}
