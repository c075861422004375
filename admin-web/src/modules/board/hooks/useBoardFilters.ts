import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Severity, WorkOrderFilter } from '../../../generated/graphql';

export interface BoardFilters {
  propertyId: string | null;
  priority: Severity | null;
  categoryId: string | null;
  assigneeId: string | null;
  text: string;
  showClosed: boolean;
}

const PARAM = {
  propertyId: 'property',
  priority: 'priority',
  categoryId: 'category',
  assigneeId: 'assignee',
  text: 'q',
  showClosed: 'closed',
} as const satisfies Record<keyof BoardFilters, string>;

const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['EMERGENCY', 'URGENT', 'ROUTINE', 'LOW']);

function isSeverity(value: string | null): value is Severity {
  return value !== null && SEVERITIES.has(value);
}

function parse(params: URLSearchParams): BoardFilters {
  const priority = params.get(PARAM.priority);
  return {
    propertyId: params.get(PARAM.propertyId) || null,
    priority: isSeverity(priority) ? priority : null,
    categoryId: params.get(PARAM.categoryId) || null,
    assigneeId: params.get(PARAM.assigneeId) || null,
    text: params.get(PARAM.text) ?? '',
    showClosed: params.get(PARAM.showClosed) === '1',
  };
}

/** The server-side part of the filters, shared by every column (each adds its own status). */
export function toWorkOrderFilter(filters: BoardFilters): Omit<WorkOrderFilter, 'statuses'> {
  const text = filters.text.trim();
  return {
    ...(filters.propertyId ? { propertyIds: [filters.propertyId] } : {}),
    ...(filters.priority ? { priorities: [filters.priority] } : {}),
    ...(filters.categoryId ? { categoryIds: [filters.categoryId] } : {}),
    ...(filters.assigneeId ? { assigneeIds: [filters.assigneeId] } : {}),
    ...(text ? { text } : {}),
  };
}

export function hasActiveFilters(filters: BoardFilters): boolean {
  return Boolean(
    filters.propertyId || filters.priority || filters.categoryId || filters.assigneeId || filters.text.trim(),
  );
}

/** Board filters live in the URL, so a filtered board can be bookmarked and shared. */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parse(searchParams), [searchParams]);

  const setFilters = useCallback(
    (patch: Partial<BoardFilters>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const key of Object.keys(patch) as Array<keyof BoardFilters>) {
            const value = patch[key];
            const name = PARAM[key];
            if (key === 'showClosed') {
              if (value) next.set(name, '1');
              else next.delete(name);
            } else if (typeof value === 'string' && value.trim() !== '') {
              next.set(name, value);
            } else {
              next.delete(name);
            }
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(
    () => setFilters({ propertyId: null, priority: null, categoryId: null, assigneeId: null, text: '' }),
    [setFilters],
  );

  return { filters, setFilters, clearFilters };
}
