/** A Storage for unit tests (vitest runs in node): a Map, plus switches to make it fail like browsers do. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** When set, every setItem throws this (e.g. a QuotaExceededError). */
  writeError: Error | undefined;
  /** When set, every read throws this. */
  readError: Error | undefined;
  /** Total characters allowed, like a browser quota. */
  quota = Infinity;
  writes = 0;

  [name: string]: unknown;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.readError) throw this.readError;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.writeError) throw this.writeError;
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw quotaError();
    this.writes += 1;
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }
}

export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}
