/**
 * A regular expression built on its first use. V8 checks a regular expression literal when it
 * parses the module that holds it, and checking Unicode property classes (`\p{L}`) builds their
 * tables: about 2.4 million instructions that every import would pay, used or not
 * (docs/performance.md).
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= new RegExp(source, flags);
    return pattern;
  };
}
