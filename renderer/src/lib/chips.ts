/** Chip rows that wrap onto a hidden second line: how many chips the user actually sees. */
import { useLayoutEffect, useState, type DependencyList, type RefObject } from 'react';

/**
 * The number of `selector` chips on the first line of `box` (the rest wrapped out of sight),
 * measured after each render that changes `deps`; "+N" then counts what is not seen.
 */
export function useChipsShown(box: RefObject<HTMLElement | null>, selector: string, initial: number, deps: DependencyList): number {
  const [shown, setShown] = useState(initial);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const first = el.firstElementChild instanceof HTMLElement ? el.firstElementChild.offsetTop : 0;
    setShown([...el.querySelectorAll<HTMLElement>(selector)].filter((c) => c.offsetTop <= first).length);
    // The caller names what the measurement depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return shown;
}
