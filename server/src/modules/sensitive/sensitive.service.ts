import { reachesAll } from '../access/access-policy';
import type { CustomerKind } from '@dossier/shared';
import type { DataSource } from 'typeorm';
import type { FieldDefinition } from '../field-definition/field-definition.entity';
import { can } from '../../common/auth/caller';
import type { AppContext } from '../../common/context';
import { AppError, forbidden, InputProblems } from '../../common/errors/app-error';
import { inTransaction } from '../../common/transaction';
import { checkReason } from '../access/request-workflow';
import type { FilterShape, ListArgsShape } from '../../common/pagination/list-types';
import { storedValues } from '../customer/customer.service';
import { linkedCustomerIds } from '../contact/contact.service';
import { CONTACT_SENSITIVE_FIELDS, sensitiveKeys } from './sensitive-fields';
import { clearOnRecords } from '../audit/audit-masking';

export interface RevealInput {
  customerId?: number | null;
  contactId?: number | null;
  field: string;
  reasonCode?: string | null;
  reason?: string | null;
}

/** Who sees sensitive fields in clear, and the logged reveal (查阅登记). */
export class SensitiveService {
  private readonly keysBySnapshot = new WeakMap<FieldDefinition[], Map<string, Set<string>>>();

  constructor(private readonly ds: DataSource) {}

  /**
   * THE rule, used by the card, lists, search results, field history, change-request and audit
   * diffs: the keys of these customers' values this viewer gets masked. A key is sensitive per the
   * customer's KIND (the home address only for individuals); it is clear with
   * `customer.viewSensitive` and the record access the role's sensitiveLevel asks for (`READ`:
   * readable, `EDIT`: editable) on every one of the records. `shownApart`: the value is shown
   * apart from the record (audit, change requests), so being shown it does not prove the record
   * readable. Kinds not given are looked up (deleted customers included).
   */
  async maskedCustomerKeys(
    ctx: AppContext,
    customers: { id: number; kind?: CustomerKind | null }[],
    shownApart = false,
  ): Promise<ReadonlySet<string>> {
    if (!customers.length) return this.customerSensitiveKeys(ctx, undefined);
    const kinds = await Promise.all(
      customers.map(
        async (c) => c.kind ?? (await ctx.loaders.customerKindById.load(c.id))?.kind ?? undefined,
      ),
    );
    const keys = new Set<string>();
    for (const kind of new Set(kinds))
      for (const key of await this.customerSensitiveKeys(ctx, kind)) keys.add(key);
    if (!keys.size) return keys;
    const ids = customers.map((c) => c.id);
    const clear = shownApart
      ? await clearOnRecords(ctx, 'customers', ids)
      : (await Promise.all(ids.map((id) => this.customerClear(ctx, id)))).every(Boolean);
    return clear ? new Set() : keys;
  }

  /** Whether this field of this customer is masked for this viewer (see `maskedCustomerKeys`). */
  async customerFieldMasked(
    ctx: AppContext,
    customer: { id: number; kind?: CustomerKind | null },
    field: string,
    shownApart = false,
  ): Promise<boolean> {
    const kind = customer.kind ?? (await ctx.loaders.customerKindById.load(customer.id))?.kind;
    if (!(await this.customerSensitiveKeys(ctx, kind ?? undefined)).has(field)) return false;
    return (await this.maskedCustomerKeys(ctx, [{ id: customer.id, kind }], shownApart)).has(field);
  }

  /** Clear on this customer: `customer.viewSensitive` and the record access the caller's role asks for. */
  async customerClear(ctx: AppContext, customerId: number): Promise<boolean> {
    const level = ctx.caller?.sensitiveLevel;
    if (!level) return false;
    return level === 'READ' || ctx.loaders.editableFor(ctx.caller!).customers.load(customerId);
  }

  async contactClear(ctx: AppContext, contactId: number): Promise<boolean> {
    const level = ctx.caller?.sensitiveLevel;
    if (!level) return false;
    return level === 'READ' || ctx.loaders.editableFor(ctx.caller!).contacts.load(contactId);
  }

  /** Whether the caller sees a field in clear on every record they can read (so filtering on it is no oracle). */
  clearEverywhere(ctx: AppContext): boolean {
    const level = ctx.caller?.sensitiveLevel;
    return level === 'READ' || (level === 'EDIT' && reachesAll(ctx.caller ?? null, 'edit'));
  }

  /** Filters and sorts on a sensitive field are refused unless the caller sees it in clear everywhere (else `like` is an oracle). */
  refuseSensitiveFilters(ctx: AppContext, args: ListArgsShape, keys: ReadonlySet<string>): void {
    if (this.clearEverywhere(ctx)) return;
    const visit = (filter: FilterShape | null | undefined, path: string) => {
      for (const [key, value] of Object.entries(filter ?? {})) {
        if (key === 'and' || key === 'or')
          (value as FilterShape[] | null)?.forEach((f, i) => visit(f, `${path}.${key}.${i}`));
        else if (keys.has(key) && value != null)
          throw new AppError(
            'FORBIDDEN',
            'sensitiveFilter',
            { field: key },
            { field: `${path}.${key}` },
          );
      }
    };
    visit(args.filter, 'filter');
    for (const sort of args.sorting ?? [])
      if (keys.has(sort.field))
        throw new AppError(
          'FORBIDDEN',
          'sensitiveFilter',
          { field: sort.field },
          { field: 'sorting.field' },
        );
  }

  /** Sensitive keys of a kind's card (all kinds without one), computed once per field-definition snapshot. */
  async customerSensitiveKeys(ctx: AppContext, kind?: CustomerKind): Promise<Set<string>> {
    const defs = await ctx.services.fields.cache.get();
    let byKind = this.keysBySnapshot.get(defs);
    if (!byKind) this.keysBySnapshot.set(defs, (byKind = new Map()));
    let keys = byKind.get(kind ?? '*');
    if (!keys) byKind.set(kind ?? '*', (keys = sensitiveKeys(defs, kind)));
    return keys;
  }

  /**
   * The clear value of one sensitive field of a readable customer or contact. Needs
   * `customer.viewSensitive` and a reason (a code of `access_reason`, free text, or both); audited.
   */
  reveal(ctx: AppContext, input: RevealInput): Promise<string | null> {
    return inTransaction(ctx, async (em) => {
      // Permission, then the record (hidden = missing), then the input.
      if (!can(ctx.caller, 'customer.viewSensitive')) throw forbidden('customer.viewSensitive');
      if ((input.customerId == null) === (input.contactId == null))
        throw new AppError(
          'BAD_USER_INPUT',
          'required',
          { field: 'customerId' },
          { field: 'customerId' },
        );
      const customer =
        input.customerId != null
          ? await ctx.services.customers.get(ctx, input.customerId, em)
          : null;
      const contact =
        input.contactId != null ? await ctx.services.contacts.get(ctx, input.contactId, em) : null;
      const problems = new InputProblems();
      const reason = await checkReason(ctx, input.reasonCode, input.reason, problems, '');
      const reasonCode = input.reasonCode?.trim() || null;
      problems.throwIfAny();
      const snap = await ctx.loaders.dictionarySnapshot();

      let value: unknown;
      let customerId: number | null = null;
      if (customer) {
        const defs = await ctx.services.fields.forKind(customer.kind, true);
        if (!sensitiveKeys(defs).has(input.field))
          throw new AppError(
            'BAD_USER_INPUT',
            'notSensitive',
            { field: input.field },
            { field: 'field' },
          );
        value = (await storedValues(em, customer, defs))[input.field];
        const def = defs.find((d) => d.key === input.field)!;
        if ((def.type === 'SELECT' || def.type === 'MULTI_SELECT') && value !== null)
          value = [value]
            .flat()
            .map((id) => snap.itemById.get(id as number)?.code ?? id)
            .join(', ');
        customerId = customer.id;
      } else if (contact) {
        if (!(CONTACT_SENSITIVE_FIELDS as readonly string[]).includes(input.field))
          throw new AppError(
            'BAD_USER_INPUT',
            'notSensitive',
            { field: input.field },
            { field: 'field' },
          );
        value = (contact as unknown as Record<string, unknown>)[input.field];
      }
      // The entry names the field and the reason, never the value.
      await ctx.services.audit.record(em, ctx, {
        action: 'sensitive.reveal',
        entity: input.customerId != null ? 'Customer' : 'Contact',
        entityId: input.customerId ?? input.contactId,
        customerIds:
          customerId !== null ? [customerId] : await linkedCustomerIds(em, input.contactId!),
        diff: { field: input.field, reasonCode, reason },
      });
      return value === null || value === undefined ? null : String(value);
    });
  }
}
