import { routeRules, type RouteRule } from './route-rules';

interface CompiledRule {
  rule: RouteRule;
  regexp: RegExp;
}

/** `/comments/:id/decision` → /^\/comments\/[^/]+\/decision$/i (Express matches paths case-insensitively too). */
export function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(:[A-Za-z_$][\w$]*|\*[A-Za-z_$][\w$]*)/)
    .map((part) => {
      if (part.startsWith(':')) return '[^/]+';
      if (part.startsWith('*')) return '.+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`, 'i');
}

export function compileRules(rules: readonly RouteRule[]): (method: string, path: string) => RouteRule | null {
  const compiled: CompiledRule[] = rules.map((rule) => ({ rule, regexp: patternToRegExp(rule.path) }));
  return (method, path) => {
    const m = method === 'HEAD' ? 'GET' : method;
    // One trailing slash is the same route to Express; anything odder matches no rule.
    const p = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
    for (const c of compiled) if (c.rule.method === m && c.regexp.test(p)) return c.rule;
    return null;
  };
}

export const findRule = compileRules(routeRules);
