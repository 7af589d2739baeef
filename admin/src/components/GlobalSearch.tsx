import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Empty, Grid, Input, Modal, Spin, Tag, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useGo, useTranslate } from '@refinedev/core';
import { useGqlQuery } from '../resources/dictionaries/gql';
import { GLOBAL_SEARCH_QUERY } from './global-search/queries';

const DEBOUNCE_MS = 250;
const LIMIT = 8;

interface Hit {
  key: string;
  to: string;
  number: string | null;
  name: string;
  detail: string | null;
}

/** Whether the key event comes from somewhere the user types (then "/" is a character, not a shortcut). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'combobox'
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Search over customers and contacts the user may read (Ctrl-K or "/" anywhere, or the header
 * button): arrow keys move, Enter opens, Esc closes.
 */
export function GlobalSearch() {
  const translate = useTranslate();
  const go = useGo();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const inputRef = useRef<InputRef>(null);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (ctrlK || (slash && !typingIn(event.target))) {
        event.preventDefault();
        setOpen(true);
      } else if (event.key === 'Escape') {
        // Also when focus has not reached the dialog yet.
        setOpen(false);
        setText('');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const result = useGqlQuery(
    GLOBAL_SEARCH_QUERY,
    { query, limit: LIMIT },
    { enabled: open && !!query },
  );
  const data = query ? result.data?.globalSearch : undefined;
  const groups = useMemo(() => {
    const customers: Hit[] = (data?.customers ?? []).map((c) => ({
      key: `customer-${c.id}`,
      to: `/customers/show/${c.id}`,
      number: c.number ?? null,
      name: c.name,
      detail: translate(`customers.kinds.${c.kind}`),
    }));
    const contacts: Hit[] = (data?.contacts ?? []).map((c) => {
      const customer = c.customers[0];
      return {
        key: `contact-${c.id}`,
        to: `/contacts/show/${c.id}`,
        number: customer?.number ?? null,
        name: c.name,
        detail: [c.title, customer?.name].filter(Boolean).join(' · ') || null,
      };
    });
    return [
      { key: 'customers', title: translate('globalSearch.customers'), hits: customers },
      { key: 'contacts', title: translate('globalSearch.contacts'), hits: contacts },
    ].filter((group) => group.hits.length > 0);
  }, [data, translate]);
  const hits = groups.flatMap((group) => group.hits);

  useEffect(() => setActive(0), [data]);
  useEffect(() => {
    document.querySelector(`[data-search-hit="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = () => {
    setOpen(false);
    setText('');
  };
  const openHit = (hit: Hit | undefined) => {
    if (!hit) return;
    close();
    go({ to: hit.to });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openHit(hits[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };

  const searching = !!text.trim() && (text.trim() !== query || result.isFetching);
  let index = 0;
  return (
    <>
      <Button
        icon={<SearchOutlined />}
        data-testid="global-search-open"
        aria-label={translate('globalSearch.open')}
        onClick={() => setOpen(true)}
      >
        {screens.md ? (
          <Typography.Text type="secondary">
            {translate('globalSearch.open')} <Tag style={{ marginInlineEnd: 0 }}>Ctrl K</Tag>
          </Typography.Text>
        ) : null}
      </Button>
      <Modal
        open={open}
        onCancel={close}
        footer={null}
        closable={false}
        destroyOnHidden
        width={screens.md ? 640 : '100%'}
        style={screens.md ? { top: 80 } : { top: 8, maxWidth: 'calc(100vw - 16px)' }}
        afterOpenChange={(visible) => visible && inputRef.current?.focus()}
        data-testid="global-search"
      >
        <Input
          ref={inputRef}
          autoFocus
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          suffix={searching ? <Spin size="small" /> : null}
          placeholder={translate('globalSearch.placeholder')}
          value={text}
          maxLength={100}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          data-testid="global-search-input"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="global-search-results"
          aria-activedescendant={hits.length > 0 ? `global-search-hit-${active}` : undefined}
        />
        <div
          id="global-search-results"
          role="listbox"
          style={{ maxHeight: '60vh', overflowY: 'auto', marginTop: 12 }}
        >
          {!query ? (
            <Typography.Text type="secondary">{translate('globalSearch.hint')}</Typography.Text>
          ) : result.error ? (
            <Typography.Text type="danger">{translate('globalSearch.failed')}</Typography.Text>
          ) : data && hits.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={translate('globalSearch.empty')}
            />
          ) : (
            groups.map((group) => (
              <div key={group.key} data-testid={`global-search-${group.key}`}>
                <Typography.Text
                  type="secondary"
                  strong
                  style={{ display: 'block', margin: '8px 0 4px' }}
                >
                  {group.title}
                </Typography.Text>
                {group.hits.map((hit) => {
                  const position = index++;
                  const selected = position === active;
                  return (
                    <div
                      key={hit.key}
                      id={`global-search-hit-${position}`}
                      role="option"
                      aria-selected={selected}
                      data-search-hit={position}
                      data-testid="global-search-hit"
                      onMouseEnter={() => setActive(position)}
                      onClick={() => openHit(hit)}
                      style={{
                        display: 'flex',
                        gap: 8,
                        alignItems: 'baseline',
                        padding: '8px 12px',
                        borderRadius: 6,
                        cursor: 'pointer',
                        background: selected ? '#e6f4ff' : undefined,
                      }}
                    >
                      {hit.number && (
                        <Typography.Text type="secondary" style={{ flex: 'none' }}>
                          {hit.number}
                        </Typography.Text>
                      )}
                      <Typography.Text strong ellipsis>
                        {hit.name}
                      </Typography.Text>
                      {hit.detail && (
                        <Typography.Text type="secondary" ellipsis style={{ marginLeft: 'auto' }}>
                          {hit.detail}
                        </Typography.Text>
                      )}
                    </div>
                  );
                })}
              </div>
            ))
          )}
        </div>
      </Modal>
    </>
  );
}
