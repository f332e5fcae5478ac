import type { RouteDefinition } from '../http/apiRoute.js';

export interface RouteMatch {
  route: RouteDefinition;
  params: Record<string, string>;
}

interface CompiledRoute {
  route: RouteDefinition;
  pattern: RegExp;
  names: string[];
  /** Literal segments outrank parameters, as in the Functions host ("processings/export" before "processings/{id}"). */
  literalSegments: number;
}

/** Matches Azure Functions route templates: "processings/{id}", optional "{id?}", constraints "{id:int}". */
export class RouteMatcher {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly RouteDefinition[]) {
    this.compiled = routes.map((route) => compile(route)).sort((a, b) => b.literalSegments - a.literalSegments);
  }

  match(method: string, path: string): RouteMatch | 'method-not-allowed' | undefined {
    let pathMatched = false;
    for (const candidate of this.compiled) {
      const m = candidate.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (!candidate.route.methods.includes(method as never)) continue;
      const params: Record<string, string> = {};
      candidate.names.forEach((name, i) => {
        const value = m[i + 1];
        if (value !== undefined) params[name] = decodeSegment(value);
      });
      return { route: candidate.route, params };
    }
    return pathMatched ? 'method-not-allowed' : undefined;
  }
}

function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  let literalSegments = 0;
  const source = route.route
    .split('/')
    .map((segment) => {
      const param = /^\{(\*?)([A-Za-z0-9_]+)(?::[^}?]+)?(\?)?\}$/.exec(segment);
      if (!param) {
        literalSegments++;
        return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      }
      names.push(param[2]!);
      if (param[1]) return '/(.*)';
      return param[3] ? '(?:/([^/]+))?' : '/([^/]+)';
    })
    .join('');
  return { route, pattern: new RegExp(`^/api${source}/?$`), names, literalSegments };
}

/** The host refuses undecodable URLs before matching; should one get here, it is kept as sent rather than throwing. */
function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
