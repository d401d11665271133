import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { compact, filtersFromSearchParams, searchParamsFromFilters, type QueueUrlState } from './filters-url';

const noExtraKeys: readonly string[] = [];

/**
 * The filters live in the URL (bookmarkable, shareable, back button works).
 * `extraKeys` are page-specific params (e.g. the insights time range) kept as they are.
 */
export function useUrlFilters(extraKeyList: readonly string[] = noExtraKeys) {
  const [search, setSearch] = useSearchParams();
  // A string, so callers may pass a fresh array literal each render.
  const extraKeysId = extraKeyList.join(',');
  const extraKeys = useMemo(() => (extraKeysId ? extraKeysId.split(',') : []), [extraKeysId]);
  const filters = useMemo(() => filtersFromSearchParams(search), [search]);
  const extras = useMemo(() => {
    const out: Record<string, string> = {};
    for (const key of extraKeys) {
      const value = search.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }, [search, extraKeys]);

  const update = useCallback(
    (patch: Partial<QueueUrlState>, extraPatch: Record<string, string | undefined> = {}, replace = false) => {
      setSearch(
        (previous) => {
          const next = searchParamsFromFilters(compact({ ...filtersFromSearchParams(previous), ...patch }));
          for (const key of extraKeys) {
            const value = key in extraPatch ? extraPatch[key] : (previous.get(key) ?? undefined);
            if (value !== undefined && value !== '') next.set(key, value);
          }
          return next;
        },
        { replace },
      );
    },
    [setSearch, extraKeys],
  );

  const replaceAll = useCallback(
    (state: QueueUrlState) => setSearch(searchParamsFromFilters(compact(state))),
    [setSearch],
  );

  return { filters, extras, update, replaceAll };
}
