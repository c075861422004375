import {
  Button,
  Group,
  Kbd,
  Select,
  TextInput,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../generated/graphql';
import { PRIORITY_ORDER } from '../../../shared/ui/PriorityBadge';
import type { BoardFilters } from '../hooks/useBoardFilters';

export interface FilterOption {
  value: string;
  label: string;
}

export interface BoardFilterOptions {
  properties: FilterOption[];
  categories: FilterOption[];
  vendors: FilterOption[];
  technicians: FilterOption[];
}

export interface BoardFiltersBarProps {
  filters: BoardFilters;
  options: BoardFilterOptions;
  optionsLoading: boolean;
  filtered: boolean;
  onChange: (patch: Partial<Omit<BoardFilters, 'showClosed'>>) => void;
  onClear: () => void;
}

const SEARCH_DEBOUNCE_MS = 300;

export function BoardFiltersBar({
  filters,
  options,
  optionsLoading,
  filtered,
  onChange,
  onClear,
}: BoardFiltersBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.text);
  const searchRef = useRef<HTMLInputElement>(null);
  const commitText = useDebouncedCallback((value: string) => onChange({ text: value }), SEARCH_DEBOUNCE_MS);

  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const priorityOptions = PRIORITY_ORDER.map((priority) => ({
    value: priority,
    label: t(`priority.${priority}`),
  }));
  const assigneeOptions: Array<ComboboxItemGroup<ComboboxItem, string>> = [
    { group: t('board.filters.vendors'), items: options.vendors },
    { group: t('board.filters.technicians'), items: options.technicians },
  ].filter((group) => group.items.length > 0);
  const nothingFound = optionsLoading ? t('common.loading') : t('board.filters.nothingFound');

  const clear = () => {
    setText('');
    commitText.cancel();
    onClear();
  };

  return (
    <Group
      gap="sm"
      align="flex-end"
      wrap="wrap"
      component="form"
      role="search"
      onSubmit={(event) => event.preventDefault()}
    >
      <TextInput
        ref={searchRef}
        label={t('board.filters.search')}
        placeholder={t('board.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            /
          </Kbd>
        }
        rightSectionPointerEvents="none"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          commitText(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            commitText.cancel();
            onChange({ text });
          }
        }}
        w={230}
        size="sm"
      />
      <Select
        label={t('board.filters.property')}
        placeholder={t('board.filters.allProperties')}
        data={options.properties}
        value={filters.propertyId}
        onChange={(value) => onChange({ propertyId: value })}
        nothingFoundMessage={nothingFound}
        searchable
        clearable
        w={190}
        size="sm"
      />
      <Select
        label={t('board.filters.priority')}
        placeholder={t('board.filters.anyPriority')}
        data={priorityOptions}
        value={filters.priority}
        onChange={(value) => onChange({ priority: value as Severity | null })}
        clearable
        w={150}
        size="sm"
      />
      <Select
        label={t('board.filters.category')}
        placeholder={t('board.filters.allCategories')}
        data={options.categories}
        value={filters.categoryId}
        onChange={(value) => onChange({ categoryId: value })}
        nothingFoundMessage={nothingFound}
        searchable
        clearable
        w={170}
        size="sm"
      />
      <Select
        label={t('board.filters.assignee')}
        placeholder={t('board.filters.anyone')}
        data={assigneeOptions}
        value={filters.assigneeId}
        onChange={(value) => onChange({ assigneeId: value })}
        nothingFoundMessage={nothingFound}
        searchable
        clearable
        w={200}
        size="sm"
      />
      {filtered && (
        <Button variant="subtle" size="sm" leftSection={<IconX size={14} aria-hidden />} onClick={clear}>
          {t('board.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
