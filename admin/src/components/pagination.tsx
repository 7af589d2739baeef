import { cloneElement, isValidElement, type ReactElement } from 'react';
import type { TablePaginationConfig } from 'antd';

type Translate = (key: string) => string;

/**
 * Refine's synced tables wrap antd's previous/next arrows in links without a name: this names
 * the arrow buttons inside them ("上一页" / "下一页"), which names the links too.
 */
export function labelPageLinks(
  pagination: false | TablePaginationConfig | undefined,
  translate: Translate,
): false | TablePaginationConfig | undefined {
  if (!pagination) return pagination;
  const itemRender = pagination.itemRender;
  return {
    ...pagination,
    itemRender: (page, type, element) => {
      const named =
        (type === 'prev' || type === 'next') && isValidElement(element)
          ? cloneElement(element as ReactElement<{ 'aria-label'?: string }>, {
              'aria-label': translate(type === 'prev' ? 'phone.previousPage' : 'phone.nextPage'),
            })
          : element;
      return itemRender ? itemRender(page, type, named) : named;
    },
  };
}
