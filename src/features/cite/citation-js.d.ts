// citation-js ships no type declarations; these cover the part this feature uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string | object;
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
