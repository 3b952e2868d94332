/**
 * Whether React is hydrating a prerendered page right now (main.tsx says when it starts, the app's
 * first commit when it is done). While it is, a component must render what the build rendered:
 * nothing this browser remembers (sessionStorage, localStorage) may change the first render.
 */
let hydrating = false;

export const isHydrating = (): boolean => hydrating;

export function setHydrating(value: boolean): void {
  hydrating = value;
}
