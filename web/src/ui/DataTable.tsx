import {
  Table,
  type TableProps,
  type TableTdProps,
  type TableThProps,
  type TableTrProps,
} from '@mantine/core';
import type { ReactNode } from 'react';

/** One column of a {@link DataTable}: its heading and how a row fills its cell. */
export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Props for the heading cell (width, alignment). */
  th?: TableThProps;
  /** Props for the body cell, fixed or per row (alignment, a tooltip). */
  td?: TableTdProps | ((row: Row) => TableTdProps);
  /** A column shown only when true (defaults to shown). */
  when?: boolean;
}

type RowProps = TableTrProps & { 'data-testid'?: string; 'aria-selected'?: boolean };

/** What a table shows, written once beside its row type. */
export interface TableSpec<Row> {
  /** The table's accessible name. */
  label: string;
  columns: readonly Column<Row>[];
  /** Scrolls sideways below this width; without it the table is not wrapped. */
  minWidth?: number;
  /** A page's main list: roomier rows that light up under the pointer. */
  list?: boolean;
  /** Defaults to the row's `id`. */
  rowKey?: (row: Row) => string;
  rowProps?: (row: Row) => RowProps;
}

interface DataTableProps<Row> extends TableSpec<Row>, Omit<TableProps, 'children' | 'data'> {
  rows: readonly Row[];
}

function keyOf(row: unknown): string {
  return String((row as { id?: unknown }).id);
}

/** A table of rows under a heading per column, the one markup every list and history uses. */
export function DataTable<Row>({
  label,
  columns,
  rows,
  rowKey = keyOf,
  rowProps,
  minWidth,
  list = false,
  ...tableProps
}: DataTableProps<Row>) {
  const shown = columns.filter((column) => column.when !== false);
  const table = (
    <Table
      aria-label={label}
      verticalSpacing={list ? 'sm' : 'xs'}
      highlightOnHover={list}
      {...tableProps}
    >
      <Table.Thead>
        <Table.Tr>
          {shown.map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
            <Table.Th key={index} {...column.th}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {shown.map((column, index) => (
              <Table.Td
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for a table
                key={index}
                {...(typeof column.td === 'function' ? column.td(row) : column.td)}
              >
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  if (minWidth === undefined) return table;
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth}>
      {table}
    </Table.ScrollContainer>
  );
}
