import { dpaStatus, type DpaStatus } from '@prt/domain/deadlines/processorDeadlines';
import type { Principal } from '@prt/domain/principal';
import type { RegisterProcessor } from '@prt/domain/register/entities';
import { seesAgreementInternals } from './entityUseCases.js';

/** What staff see of a processor: who it is and whether an agreement is in force, never the agreement's internals. */
export interface ProcessorSummary {
  id: string;
  name: string;
  location: string;
  dpaStatus: DpaStatus;
  retired?: RegisterProcessor['retired'];
}

export type ProcessorView = (RegisterProcessor & { dpaStatus: DpaStatus }) | ProcessorSummary;

export function processorView(processor: RegisterProcessor, principal: Principal, today: string): ProcessorView {
  const status = dpaStatus(processor, today);
  if (seesAgreementInternals(principal)) return { ...processor, dpaStatus: status };
  return {
    id: processor.id,
    name: processor.name,
    location: processor.location,
    dpaStatus: status,
    ...(processor.retired ? { retired: processor.retired } : {}),
  };
}
