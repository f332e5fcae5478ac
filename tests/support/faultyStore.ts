import type { Services } from '@prt/functions/app/services.js';

/** Before: the write never reaches the store. After: it is stored but the caller never hears (a lost acknowledgement). */
export type FaultMode = 'before' | 'after';

export class InjectedFault extends Error {
  constructor(readonly write: string) {
    super(`injected fault at ${write}`);
    this.name = 'InjectedFault';
  }
}

/** Counts every write through the wrapped stores and fails the k-th one, as a crash or a full disk would. */
export class FaultPlan {
  writes = 0;
  readonly log: string[] = [];
  constructor(
    readonly failAt: number | undefined = undefined,
    readonly mode: FaultMode = 'before',
  ) {}

  get fired(): boolean {
    return this.failAt !== undefined && this.writes >= this.failAt;
  }
}

type Wrapped = 'processings' | 'versions' | 'audit' | 'importJobs' | 'chat' | 'cases' | 'ledger' | 'templates' | 'systems' | 'processors' | 'documentDrafts';

const WRITES: Record<Wrapped, string[]> = {
  processings: ['create', 'replace', 'remove'],
  versions: ['createVersion', 'createDecision', 'markDecisionApplied', 'discardVersion', 'reviseUndecided'],
  audit: ['append'],
  importJobs: ['create', 'replace'],
  chat: ['send'],
  cases: ['create', 'replace'],
  ledger: ['record', 'recordSent', 'completeSweep', 'recordNextReminders', 'completeSchedule'],
  documentDrafts: ['create', 'replace'],
  templates: ['createVersion', 'createSet', 'replaceSet', 'recordAdoption'],
  systems: ['create', 'replace'],
  processors: ['create', 'replace'],
};

function wrap<T extends object>(inner: T, name: Wrapped, plan: FaultPlan): T {
  const writes = WRITES[name];
  return new Proxy(inner, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (!writes.includes(String(property))) return method.bind(target);
      return async (...args: unknown[]) => {
        const n = ++plan.writes;
        const label = `${name}.${String(property)}`;
        plan.log.push(label);
        if (n === plan.failAt && plan.mode === 'before') throw new InjectedFault(label);
        const result = await method.apply(target, args);
        if (n === plan.failAt && plan.mode === 'after') throw new InjectedFault(label);
        return result;
      };
    },
  });
}

/** The app's services with every repository and the outbox behind the fault plan; reads pass straight through. */
export function faultyServices(services: Services, plan: FaultPlan): Services {
  const wrapped: Record<string, unknown> = { ...services };
  for (const name of Object.keys(WRITES) as Wrapped[]) wrapped[name] = wrap(services[name], name, plan);
  return wrapped as unknown as Services;
}

/** Figures per use case, printed at the end of a suite. */
export class FaultFigures {
  private readonly rows: { useCase: string; writes: number; tried: number; held: number }[] = [];

  add(useCase: string, writes: number, tried: number, held: number): void {
    this.rows.push({ useCase, writes, tried, held });
  }

  print(title: string): void {
    const tried = this.rows.reduce((n, r) => n + r.tried, 0);
    const held = this.rows.reduce((n, r) => n + r.held, 0);
    const lines = this.rows.map((r) => `  ${r.useCase}: ${r.writes} writes, k=1..${r.writes} × before/after: ${r.tried} attacks tried, ${r.held} held`);
    console.log(`${title}\n${lines.join('\n')}\n  total: ${tried} attacks tried, ${held} held`);
  }
}
