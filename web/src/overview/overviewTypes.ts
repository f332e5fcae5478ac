import type { RegisterOverview } from '@prt/domain/overview/registerOverview';

/** GET /api/overview: the domain's counts and the server's now they were taken at. */
export type OverviewResponse = RegisterOverview & { asOf: string };
