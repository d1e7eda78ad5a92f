import { MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { type StateStyle, stateOptions } from './stateStyle';

/**
 * A list's filters in the URL (`?status=TRIGGERED,ACKNOWLEDGED&q=gpu`), so a filtered list can be
 * shared and survives a reload; setting one replaces the history entry rather than adding one.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  return {
    /** The value of one filter, or '' when it is not set. */
    get: (key: string): string => params.get(key) ?? '',
    /** Sets a filter (a list joined with commas); nothing clears it. */
    set: (key: string, value: string | readonly string[] | null) => {
      const next = new URLSearchParams(params);
      const text = typeof value === 'string' || value === null ? value : value.join(',');
      if (text) next.set(key, text);
      else next.delete(key);
      setParams(next, { replace: true });
    },
  };
}

/** The members of a comma-separated filter that are what `is` says. */
export function listOf<K extends string>(text: string, is: (value: string) => value is K): K[] {
  return text.split(',').filter(is);
}

/** A filter of states: any number of them, "All …" when none is chosen. */
export function StatesFilter<K extends string>({
  label,
  all,
  styles,
  value,
  onChange,
  w,
}: {
  label: string;
  /** "All statuses". */
  all: string;
  styles: Record<K, StateStyle>;
  value: readonly K[];
  onChange: (value: string[]) => void;
  w: number;
}) {
  return (
    <MultiSelect
      aria-label={label}
      placeholder={value.length === 0 ? all : undefined}
      clearable
      w={w}
      data={stateOptions(styles)}
      value={[...value]}
      onChange={onChange}
    />
  );
}

/** A filter of one value among `data`, "All …" when none is chosen. */
export function OneOfFilter({
  label,
  all,
  data,
  value,
  onChange,
}: {
  label: string;
  /** "All namespaces". */
  all: string;
  data: readonly string[] | readonly { value: string; label: string }[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <Select
      aria-label={label}
      placeholder={all}
      clearable
      w={200}
      data={data}
      value={value}
      onChange={onChange}
    />
  );
}

// How every list searches, the same rule the server pages the deployments by.
export { matchesWords } from '../../../server/src/shared/validation.ts';

/** A list's search box (`?q=`), saying what it searches in its placeholder. */
export function SearchFilter({
  value,
  onChange,
  placeholder,
  w = 260,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  w?: number;
}) {
  return (
    <TextInput
      type="search"
      aria-label="Search"
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      w={w}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
