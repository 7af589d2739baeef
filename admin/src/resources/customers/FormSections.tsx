import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Anchor, Badge, Button, Space, Typography, type FormInstance } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { FieldGroup } from '../../graphql/graphql';
import { FIELD_GROUPS } from '../data-card/constants';
import { cardGroupId } from '../data-card/CardForm';
import type { CustomerCardField } from './shared';

/** Height of the console's sticky header; the section bar sticks below it. */
const HEADER_HEIGHT = 64;
/** Header plus the section bar: where a section's top lands when jumped to. */
export const SECTION_OFFSET = HEADER_HEIGHT + 56;

export interface FormErrors {
  total: number;
  byGroup: Partial<Record<FieldGroup, number>>;
}

/**
 * Field errors of a card form, counted per card group: `refresh` after validation or after
 * setting the server's field errors, `revealFirst` scrolls the first field in error (in page
 * order) to the middle of the screen and focuses it.
 */
export function useCardFormErrors(form: FormInstance, fields: readonly CustomerCardField[]) {
  const [errors, setErrors] = useState<FormErrors>({ total: 0, byGroup: {} });
  const groupOf = useMemo(() => new Map(fields.map((f) => [f.key, f.group])), [fields]);

  const refresh = useCallback((): FormErrors => {
    const next: FormErrors = { total: 0, byGroup: {} };
    for (const entry of form.getFieldsError()) {
      if (entry.errors.length === 0) continue;
      next.total += 1;
      const group = groupOf.get(String(entry.name[0]));
      if (group) next.byGroup[group] = (next.byGroup[group] ?? 0) + 1;
    }
    setErrors(next);
    return next;
  }, [form, groupOf]);

  const revealFirst = useCallback(() => {
    // After the errors are painted: the first item in error in page order.
    window.setTimeout(() => {
      const item = document.querySelector<HTMLElement>(
        '[data-testid="customer-form"] .ant-form-item-has-error',
      );
      if (!item) return;
      item.scrollIntoView({ block: 'center' });
      item.querySelector<HTMLElement>('input, textarea, .ant-select-selector')?.focus({
        preventScroll: true,
      });
    }, 50);
  }, []);

  return { errors, refresh, revealFirst };
}

/** The card's groups as a bar of links that sticks below the header, each with its error count. */
export function CardSectionNav({
  fields,
  errors,
}: {
  fields: readonly CustomerCardField[];
  errors: FormErrors;
}) {
  const translate = useTranslate();
  const groups = FIELD_GROUPS.filter((group) =>
    fields.some((field) => field.group === group && field.active !== false),
  );
  if (groups.length < 2) return null;
  return (
    <div
      data-testid="card-section-nav"
      style={{
        position: 'sticky',
        top: HEADER_HEIGHT,
        zIndex: 6,
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        margin: '-12px 0 12px',
        padding: '8px 0 4px',
      }}
    >
      <Anchor
        direction="horizontal"
        affix={false}
        targetOffset={SECTION_OFFSET}
        items={groups.map((group) => ({
          key: group,
          href: `#${cardGroupId(group)}`,
          title: (
            <span data-testid={`section-${group}`} data-errors={errors.byGroup[group] ?? 0}>
              {translate(`dataCard.groups.${group}`)}
              {(errors.byGroup[group] ?? 0) > 0 && (
                <Badge
                  count={errors.byGroup[group]}
                  size="small"
                  style={{ marginInlineStart: 4 }}
                />
              )}
            </span>
          ),
        }))}
      />
    </div>
  );
}

/** The footer's content: how many fields need attention (with a jump to the first), then Save. */
export function FormFooter({
  errors,
  onShow,
  children,
}: {
  errors: FormErrors;
  onShow: () => void;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Space wrap style={{ justifyContent: 'flex-end' }}>
      {errors.total > 0 && (
        <Typography.Text type="danger" role="alert" data-testid="form-error-summary">
          {translate('forms.summary.attention', { count: errors.total })}
          <Button type="link" size="small" onClick={onShow}>
            {translate('forms.summary.jump')}
          </Button>
        </Typography.Text>
      )}
      {children}
    </Space>
  );
}

/** Card styles that keep the footer (and Save) on screen however long the form is. */
export const STICKY_FOOTER_CARD = {
  styles: {
    actions: {
      position: 'sticky' as const,
      bottom: 0,
      zIndex: 6,
      background: '#fff',
      borderTop: '1px solid #f0f0f0',
    },
  },
};
