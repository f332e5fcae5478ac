import type { Role } from '../principal.js';
import type { Processing } from '../processing.js';
import type { Facets, MatchReason, SearchResult } from '../search/searchIndex.js';
import type { ConceptGroup } from '../search/thesaurus.js';

/** Shapes of the API's JSON answers, shared so the tab and the triggers cannot drift apart. */

/** GET /api/me */
export interface MeResponse {
  userId: string;
  tenantId: string;
  displayName: string;
  roles: Role[];
  department: string;
  jobTitle: string;
  preferredLanguage: string;
}

/** One row of GET /api/search: what a result list needs; the full record comes from GET /api/processings/{id}. */
export interface SearchItem {
  id: string;
  name: string;
  organisationUnit: string;
  status: Processing['status'];
  purposeCount: number;
  firstPurpose: string;
  systems: string[];
  legalBases: string[];
  specialCategories: boolean;
  score: number;
  matches: MatchReason[];
  updatedAt: string;
  /** The yearly review's due day, for approved processings (reviewers' answers only). */
  nextReviewOn?: string;
  /** Where the yearly review stands (reviewers' answers only). */
  reviewState?: 'overdue' | 'dueSoon' | 'onTime';
}

/** GET /api/search */
export interface SearchResponse {
  items: SearchItem[];
  total: number;
  mode: SearchResult['mode'];
  facets: Facets;
  forMe?: { department: string; jobTitle: string };
  /** "Did you mean": queries close to this one that do find something; only when it found nothing. */
  suggestions: string[];
  /** Words from the tenant's own register, for the search box's placeholder. */
  examples: string[];
  /** Reviewers only: processors and creators among all matches, for the register's filters. */
  processorFacet?: Record<string, number>;
  ownerFacet?: { id: string; name: string; count: number }[];
}

/** GET and PUT /api/search/thesaurus; the ETag header carries the version. */
export interface ThesaurusResponse {
  groups: ConceptGroup[];
  /** False while the tenant uses the built-in groups. */
  custom: boolean;
}

export function searchItem(p: Processing, score: number, matches: MatchReason[]): SearchItem {
  return {
    id: p.id,
    name: p.name,
    organisationUnit: p.organisationUnit,
    status: p.status,
    purposeCount: p.purposes.length,
    firstPurpose: p.purposes[0]?.description ?? '',
    systems: p.systems.map((s) => s.name),
    legalBases: [...new Set(p.purposes.flatMap((x) => x.legalBasis.article6))],
    specialCategories: p.purposes.some((x) => x.personalDataCategories.some((c) => c.special)),
    score,
    matches,
    updatedAt: p.updatedAt,
  };
}

/** One item of POST /api/register/reviewed: reviewed (200), not an approved processing (404), changed since read (412), store down (503). */
export type BulkReviewResult = { id: string; status: 200; etag: string; lastReviewedAt: string } | { id: string; status: 404 | 412 | 503; code: string };

/** POST /api/register/reviewed */
export interface BulkReviewResponse {
  items: BulkReviewResult[];
  reviewed: number;
  failed: number;
}
