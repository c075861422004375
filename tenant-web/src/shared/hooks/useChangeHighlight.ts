import { useEffect, useRef, useState } from 'react';

const HIGHLIGHT_MS = 2500;

/**
 * True for a moment after `signature` changes (not on the first render): for a brief "this just changed"
 * highlight of something updated live, e.g. a new appointment time or a running-late notice.
 */
export const useChangeHighlight = (signature: string): boolean => {
  const previous = useRef(signature);
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    if (previous.current === signature) return undefined;
    previous.current = signature;
    setChanged(true);
    const timer = window.setTimeout(() => setChanged(false), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [signature]);

  return changed;
};
