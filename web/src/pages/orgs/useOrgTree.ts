// State of the lazy org tree: children loaded per parent, expanded keys, and a way to reveal a code
// (load its ancestors' children, expand them) for deep links and search hits.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parentCodeOf } from '#common/orgs.js';
import { allChildren, provinces } from '../../api/endpoints.js';
import type { OrgView } from '#common/api/orgs.js';
import type { ApiError } from '../../api/client.js';
import { isApiError } from '../../api/client.js';

export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let p = parentCodeOf(code); p; p = parentCodeOf(p)) out.unshift(p);
  return out;
}

export interface OrgTreeState {
  roots: OrgView[] | null;
  childrenOf: Record<string, OrgView[]>;
  expandedKeys: string[];
  error: ApiError | null;
  setExpandedKeys: (keys: string[]) => void;
  load: (code: string) => Promise<void>;
  /** Loads and expands the ancestors of `code` (and `code` itself when `andSelf`). */
  reveal: (code: string, andSelf?: boolean) => Promise<void>;
}

export function useOrgTree(): OrgTreeState {
  const [roots, setRoots] = useState<OrgView[] | null>(null);
  const [childrenOf, setChildrenOf] = useState<Record<string, OrgView[]>>({});
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  // Pending loads by parent code, so that reveal and the tree's own loadData share one request.
  const pending = useRef(new Map<string, Promise<void>>());
  const loaded = useRef(new Set<string>());

  useEffect(() => {
    const controller = new AbortController();
    provinces(controller.signal).then(setRoots, (err: unknown) => {
      if (isApiError(err)) setError(err);
    });
    return () => controller.abort();
  }, []);

  const load = useCallback((code: string): Promise<void> => {
    if (loaded.current.has(code)) return Promise.resolve();
    const existing = pending.current.get(code);
    if (existing) return existing;
    const p = allChildren(code)
      .then((items) => {
        loaded.current.add(code);
        setChildrenOf((prev) => ({ ...prev, [code]: items }));
      })
      .catch((err: unknown) => {
        if (isApiError(err)) setError(err);
      })
      .finally(() => pending.current.delete(code));
    pending.current.set(code, p);
    return p;
  }, []);

  const reveal = useCallback(
    async (code: string, andSelf = false) => {
      const ancestors = andSelf ? [...ancestorsOf(code), code] : ancestorsOf(code);
      for (const a of ancestors) await load(a);
      setExpandedKeys((prev) => [...new Set([...prev, ...ancestors])]);
    },
    [load],
  );

  return { roots, childrenOf, expandedKeys, error, setExpandedKeys, load, reveal };
}
