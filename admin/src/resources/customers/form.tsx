import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Space, Spin, Typography } from 'antd';
import { Create, Edit } from '@refinedev/antd';
import { useGo, useNotification, useParsed, useTranslate } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import type { CustomerKind } from '../../graphql/graphql';
import { CardFormFields } from '../data-card/CardForm';
import { errorCode, errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import {
  CREATE_CUSTOMER_MUTATION,
  CUSTOMER_CARD_QUERY,
  CUSTOMER_QUERY,
  UPDATE_CUSTOMER_MUTATION,
} from './queries';
import {
  fieldErrorsOf,
  formValuesToInput,
  recordToFormValues,
  type CustomerCardField,
} from './shared';
import {
  differs,
  maskedEchoes,
  maskedOf,
  protectedChanges,
  ProtectedHint,
  withProtectedHelp,
} from './form-helpers';
import { usePermission } from '../access/shared';
import { CardSectionNav, FormFooter, STICKY_FOOTER_CARD, useCardFormErrors } from './FormSections';
import { BackButton } from '../../components/BackButton';

type Values = Record<string, unknown>;

function useCard(kind: CustomerKind | undefined) {
  const card = useGqlQuery(
    CUSTOMER_CARD_QUERY,
    { kind: kind ?? 'ENTERPRISE' },
    { enabled: !!kind },
  );
  const fields = useMemo(
    () => (card.data?.dataCard ?? []) as unknown as CustomerCardField[],
    [card.data],
  );
  return { fields, isLoading: card.isLoading };
}

/** Form name of the approval reason (not a card field, so never sent as one). */
const REASON_FIELD = '__changeReason';

export function CustomerCreate() {
  const translate = useTranslate();
  const go = useGo();
  const { open } = useNotification();
  const [searchParams] = useSearchParams();
  const kind: CustomerKind =
    searchParams.get('kind') === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'ENTERPRISE';
  const { fields, isLoading } = useCard(kind);
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const create = useGqlMutation(CREATE_CUSTOMER_MUTATION);
  const { errors, refresh, revealFirst } = useCardFormErrors(form, fields);

  const submit = async (values: Values) => {
    setProblems([]);
    try {
      const input = formValuesToInput(fields, values);
      const result = await create.run({ input: { customer: { ...input, kind } as never } });
      open?.({
        type: 'success',
        message: translate('customers.form.created', {
          number: result.createOneCustomer.number ?? '',
        }),
      });
      go({ to: `/customers/show/${result.createOneCustomer.id}` });
    } catch (error) {
      const { fields: fieldErrors, unmatched } = fieldErrorsOf(
        error,
        fields.map((field) => field.key),
      );
      if (fieldErrors.length > 0) {
        form.setFields(fieldErrors);
        refresh();
        revealFirst();
      }
      if (fieldErrors.length === 0 || unmatched.length > 0)
        setProblems(unmatched.length > 0 ? unmatched : [errorMessage(error)]);
    }
  };

  return (
    <Create
      goBack={<BackButton />}
      title={translate(`customers.titles.create${kind}`)}
      saveButtonProps={{
        onClick: () => form.submit(),
        loading: create.isPending,
        disabled: isLoading,
      }}
      contentProps={STICKY_FOOTER_CARD}
      footerButtons={({ defaultButtons }) => (
        <FormFooter errors={errors} onShow={revealFirst}>
          {defaultButtons}
        </FormFooter>
      )}
    >
      <Spin spinning={isLoading}>
        {problems.length > 0 && (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} message={problems.join('; ')} />
        )}
        <CardSectionNav fields={fields} errors={errors} />
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          onFinishFailed={() => {
            refresh();
            revealFirst();
          }}
          onFieldsChange={refresh}
          data-testid="customer-form"
        >
          <CardFormFields kind={kind} fields={fields} form={form} />
        </Form>
      </Spin>
    </Create>
  );
}

export function CustomerEdit() {
  const translate = useTranslate();
  const go = useGo();
  const { open } = useNotification();
  const { id } = useParsed();
  const customerId = String(id ?? '');
  const record = useGqlQuery(CUSTOMER_QUERY, { id: customerId }, { enabled: !!customerId });
  const customer = record.data?.customer;
  const { fields, isLoading } = useCard(customer?.kind);
  const [form] = Form.useForm<Values>();
  const [problems, setProblems] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reapplying, setReapplying] = useState(false);
  const update = useGqlMutation(UPDATE_CUSTOMER_MUTATION);
  const { errors, refresh, revealFirst } = useCardFormErrors(form, fields);
  const initial = useRef<Values | undefined>(undefined);
  // Masked values as loaded: they may fail the field patterns, and are never sent while unchanged.
  const [maskedValues, setMaskedValues] = useState<Values>({});
  const permission = usePermission();
  // Protected fields go for approval only for users who cannot approve changes themselves.
  const approvalNeeded = permission.loaded && !permission.has('change.approve');
  const shown = useMemo(
    () =>
      approvalNeeded ? withProtectedHelp(fields, translate('customers.form.protected')) : fields,
    [fields, translate, approvalNeeded],
  );
  const watched = Form.useWatch([], form) as Values | undefined;
  const heldFields = useMemo(
    () =>
      approvalNeeded && watched && initial.current
        ? protectedChanges(fields, watched, initial.current)
        : [],
    [approvalNeeded, watched, fields],
  );

  useEffect(() => {
    if (!customer || fields.length === 0 || initial.current) return;
    initial.current = recordToFormValues(fields, customer as unknown as Values);
    setMaskedValues(maskedOf(fields, initial.current));
    form.setFieldsValue(initial.current as never);
  }, [customer, fields, form]);

  /** Sends the changed fields; true once saved (and on the way to the customer page). */
  const save = async (values: Values, version: number, customFields: Values): Promise<boolean> => {
    setProblems([]);
    try {
      const changes = formValuesToInput(fields, values, { initial: initial.current, customFields });
      if (Object.keys(changes).length === 0) {
        open?.({ type: 'success', message: translate('customers.form.noChanges') });
        return false;
      }
      const masked = maskedEchoes(fields, changes, initial.current);
      if (masked.length > 0) {
        form.setFields(
          masked.map((name) => ({ name, errors: [translate('customers.form.maskedValue')] })),
        );
        refresh();
        revealFirst();
        return false;
      }
      const reason = (form.getFieldValue(REASON_FIELD) as string | undefined)?.trim() || null;
      const result = await update.run({
        input: { id: customerId, version, update: changes as never, reason },
      });
      setConflict(false);
      const submitted = result.updateOneCustomer.submittedChangeRequest;
      if (submitted) {
        const labels = Object.keys((submitted.diff ?? {}) as object)
          .map((key) => fields.find((field) => field.key === key)?.label ?? key)
          .join(translate('common.listSeparator'));
        const direct = Object.keys(changes).some(
          (key) => !Object.keys((submitted.diff ?? {}) as object).includes(key),
        );
        open?.({
          type: 'success',
          key: 'change-request-submitted',
          message: translate('customers.form.submittedTitle'),
          description: translate(
            direct ? 'customers.form.submittedPartly' : 'customers.form.submitted',
            { fields: labels },
          ),
        });
      } else {
        open?.({ type: 'success', message: translate('customers.form.saved') });
      }
      go({ to: `/customers/show/${customerId}` });
      return true;
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        setConflict(true);
        return false;
      }
      const { fields: fieldErrors, unmatched } = fieldErrorsOf(
        error,
        fields.map((field) => field.key),
      );
      if (fieldErrors.length > 0) {
        form.setFields(fieldErrors);
        refresh();
        revealFirst();
      }
      if (fieldErrors.length === 0 || unmatched.length > 0)
        setProblems(unmatched.length > 0 ? unmatched : [errorMessage(error)]);
      return false;
    }
  };

  const submit = (values: Values) => {
    if (!customer) return;
    return save(values, customer.version, (customer.customFields ?? {}) as Values);
  };

  /** Reads the record again and sends the user's changes on top of it, with the new version. */
  const reloadAndReapply = async () => {
    setReapplying(true);
    try {
      const edited = form.getFieldsValue(true) as Values;
      const fresh = await record.refetch();
      const latest = (fresh.data?.data as { customer?: typeof customer } | undefined)?.customer;
      if (!latest) return;
      const loaded = initial.current;
      if (await save(edited, latest.version, (latest.customFields ?? {}) as Values)) return;
      // From now on the baseline is what is stored, and the fields the user did not touch show it
      // (otherwise a second save would send their stale, possibly masked, values back).
      const stored = recordToFormValues(fields, latest as unknown as Values);
      initial.current = stored;
      setMaskedValues(maskedOf(fields, stored));
      const untouched = fields.filter(
        (field) => loaded && !differs(edited[field.key], loaded[field.key]),
      );
      form.setFieldsValue(
        Object.fromEntries(untouched.map((field) => [field.key, stored[field.key]])) as never,
      );
    } finally {
      setReapplying(false);
    }
  };

  return (
    <Edit
      goBack={<BackButton />}
      recordItemId={customerId}
      title={
        customer
          ? `${translate('customers.titles.edit')} · ${customer.name}`
          : translate('customers.titles.edit')
      }
      isLoading={record.isLoading || isLoading}
      saveButtonProps={{ onClick: () => form.submit(), loading: update.isPending }}
      headerButtons={() => null}
      contentProps={STICKY_FOOTER_CARD}
      footerButtons={({ defaultButtons }) => (
        <FormFooter errors={errors} onShow={revealFirst}>
          {defaultButtons}
        </FormFooter>
      )}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="conflict-alert"
          style={{ marginBottom: 12 }}
          message={translate('customers.form.conflictTitle')}
          description={
            <Space direction="vertical">
              <Typography.Text>{translate('customers.form.conflictText')}</Typography.Text>
              <Button type="primary" loading={reapplying} onClick={reloadAndReapply}>
                {translate('customers.form.reloadReapply')}
              </Button>
            </Space>
          }
        />
      )}
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message={problems.join('; ')} />
      )}
      {approvalNeeded && <ProtectedHint fields={fields} />}
      {customer && <CardSectionNav fields={fields} errors={errors} />}
      {customer && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          onFinishFailed={() => {
            refresh();
            revealFirst();
          }}
          onFieldsChange={refresh}
          data-testid="customer-form"
        >
          {heldFields.length > 0 && (
            <Form.Item
              name={REASON_FIELD}
              label={translate('customers.form.changeReason', {
                fields: heldFields
                  .map((field) => field.label)
                  .join(translate('common.listSeparator')),
              })}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: translate('customers.form.changeReasonRequired'),
                },
              ]}
              data-testid="change-reason-item"
            >
              <Input.TextArea rows={2} maxLength={500} data-testid="change-reason" />
            </Form.Item>
          )}
          <CardFormFields
            kind={customer.kind}
            fields={shown}
            form={form}
            maskedValues={maskedValues}
          />
        </Form>
      )}
    </Edit>
  );
}
