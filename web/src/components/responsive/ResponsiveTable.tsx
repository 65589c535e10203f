// A table on desktop, a list of cards on a phone: the same columns, data and paging, so a page does
// not fork for small screens. On a phone each row is a card: the first column (or `cardTitle`) is
// its title, the other titled columns are label–value lines, columns without a title (actions) sit
// at the bottom. Everything else the Table receives stays as it is on desktop.
import type { ReactNode } from 'react';
import { Table, type TableProps } from 'antd';
import { useIsMobile } from './useIsMobile.js';
import { CardList } from './CardList.js';

export type ResponsiveTableProps<T extends object> = TableProps<T> & {
  /** The card's title on a phone, instead of the first column's cell. */
  cardTitle?: (row: T, index: number) => ReactNode;
  /** data-testid of each card on a phone. */
  cardTestId?: (row: T) => string | undefined;
};

export function ResponsiveTable<T extends object>({ cardTitle, cardTestId, ...props }: ResponsiveTableProps<T>) {
  const mobile = useIsMobile();
  if (!mobile) return <Table<T> {...props} />;
  return <CardList<T> {...props} cardTitle={cardTitle} cardTestId={cardTestId} />;
}
