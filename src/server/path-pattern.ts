/** A compiled Netlify path pattern: `*` at the end is the splat, `:name` is one path segment. */
export type PathMatcher = (pathname: string) => Record<string, string> | null;

const regexSpecials = /[.+?^${}()|[\]\\]/g;

/**
 * Compiles a Netlify `from` or `for` pattern, such as `/news/:year/*`. As on Netlify, `/news/*`
 * also matches `/news` itself, and the splat is available as `splat`.
 */
export function compilePathPattern(pattern: string): PathMatcher {
  const names: string[] = [];
  let source = pattern.replace(/\/$/, '').replace(regexSpecials, '\\$&');
  const hasSplat = source.endsWith('/*');
  if (hasSplat) source = source.slice(0, -2);
  source = source.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  source = source.replace(/\*/g, '.*');
  const expression = new RegExp(`^${source}${hasSplat ? '(?:/(.*))?' : '/?'}$`);
  return (pathname) => {
    const match = expression.exec(pathname);
    if (!match) return null;
    const params: Record<string, string> = {};
    names.forEach((name, index) => {
      params[name] = match[index + 1] ?? '';
    });
    if (hasSplat) params.splat = match[names.length + 1] ?? '';
    return params;
  };
}

/** Puts `:name` and `:splat` values from a match into a redirect's `to`. */
export function fillPathPattern(target: string, params: Record<string, string>): string {
  return target.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => params[name] ?? whole);
}
