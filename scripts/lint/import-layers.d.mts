// Types for import-layers.mjs, which stays JavaScript because oxlint loads it under plain Node 20.
export function layerOf(relToSrc: string): string | null;
export function layerViolation(from: string | null, to: string | null): string | null;
export function checkImport(srcDir: string, file: string, specifier: string): string | null;
