import { DICT, isValidEmail, isValidMobile, isValidDate } from '@dossier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { conflict, forbidden, InputProblems, notFound } from '../../common/errors/app-error';
import {
  charLength,
  checkLength,
  IMPORTANT_DATE_LABEL,
  IMPORTANT_DATES_MAX,
  TEXT_CHARS,
  VARCHAR,
} from '../../common/limits';
import { parseId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import { inTransaction, updateVersioned } from '../../common/transaction';
import { CONTACT_SENSITIVE_FIELDS } from '../sensitive/sensitive-fields';
import { type AccessMode } from '../access/access-policy';
import { childPredicate, scopedChildren, scopedContacts, unscoped } from '../access/scoped-reads';
import { diffChanges } from '../audit/audit.service';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { dictionaryItemId, optionalText } from '../followup/activity-support';
import { Contact, CustomerContact } from './contact.entity';
import { ContactHistory } from '../customer/customer-history.entity';
import { recordChanges } from '../customer/field-history';
import {
  ContactList,
  type ContactFields,
  type ContactListArgs,
  type CreateContactInput,
} from './contact.inputs';

const AUDITED = [
  'name',
  'genderId',
  'title',
  'departmentName',
  'mobile',
  'phone',
  'email',
  'wechat',
  'birthday',
  'nativePlace',
  'educationId',
  'school',
  'major',
  'hobbies',
  'personalNotes',
  'decisionRoleId',
  'closeness',
  'emailOptIn',
  'smsOptIn',
  'importantDates',
];

export class ContactService {
  constructor(private readonly ds: DataSource) {}

  /** Contacts linked to at least one customer the caller may read. */
  async list(ctx: AppContext, args: ContactListArgs) {
    ctx.services.sensitive.refuseSensitiveFilters(ctx, args, new Set(CONTACT_SENSITIVE_FIELDS));
    const qb = await scopedContacts(ctx);
    if (args.customerId) {
      // Only through a readable customer: a hidden customer's contacts are an empty list, as for a missing one.
      const customer = await childPredicate(ctx, 'l.customer_id');
      qb.andWhere(
        `EXISTS (SELECT 1 FROM customer_contact l WHERE l.contact_id = ct.id AND l.customer_id = :cid AND ${customer.sql})`,
        { cid: parseId(args.customerId, 'customerId'), ...customer.params },
      );
    }
    return listConnection(qb, args, ContactList.spec, { property: 'id', direction: 'DESC' });
  }

  async get(
    ctx: AppContext,
    id: number,
    em: EntityManager = this.ds.manager,
    mode: AccessMode = 'read',
  ): Promise<Contact> {
    const find = async (m: AccessMode) =>
      (await scopedContacts(ctx, { em, mode: m })).andWhere('ct.id = :id', { id });
    const contact = await (await find(mode)).getOne();
    if (contact) return contact;
    // Readable but not editable is FORBIDDEN; anything else looks exactly like a missing id.
    if (mode === 'edit' && (await (await find('read')).getExists()))
      throw forbidden('contact.edit');
    throw notFound('Contact', id);
  }

  async create(ctx: AppContext, input: CreateContactInput): Promise<Contact> {
    return inTransaction(ctx, async (em) => {
      const customerId = parseId(input.customerId, 'contact.customerId');
      await ctx.services.customers.get(ctx, customerId, em, 'edit');
      const problems = new InputProblems();
      const fields = checkFields(
        problems,
        'contact',
        input,
        await ctx.loaders.dictionarySnapshot(),
        true,
      );
      problems.throwIfAny();
      const contact = await em.save(
        em.create(Contact, { emailOptIn: false, smsOptIn: false, ...fields } as Partial<Contact>),
      );
      if (input.isPrimary) await em.update(CustomerContact, { customerId }, { isPrimary: false });
      await em.insert(CustomerContact, {
        customerId,
        contactId: contact.id,
        isPrimary: !!input.isPrimary,
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'contact.create',
        entity: 'Contact',
        entityId: contact.id,
        diff: { customerId, ...diffChanges(null, contact, AUDITED) },
        customerIds: [customerId],
      });
      return contact;
    });
  }

  async update(
    ctx: AppContext,
    id: number,
    version: number,
    input: ContactFields,
  ): Promise<Contact> {
    return inTransaction(ctx, async (em) => {
      const before = await this.get(ctx, id, em, 'edit');
      if (before.version !== version)
        throw conflict('versionConflict', {}, { id: String(id), version });
      const problems = new InputProblems();
      const changes = checkFields(
        problems,
        'update',
        input,
        await ctx.loaders.dictionarySnapshot(),
        false,
      );
      problems.throwIfAny();
      await updateVersioned(em, Contact, id, version, { ...changes, updatedAt: new Date() });
      const snap = await ctx.loaders.dictionarySnapshot();
      const shown = (key: string, value: unknown) => {
        if (value === null || value === undefined) return null;
        if (key.endsWith('Id') && typeof value === 'number')
          return snap.itemById.get(value)?.code ?? String(value);
        return typeof value === 'object' ? JSON.stringify(value) : String(value);
      };
      await recordChanges(
        em,
        ctx,
        { contactId: id },
        Object.entries(changes).map(([key, to]) => ({
          field: key.replace(/Id$/, ''),
          from: shown(key, (before as unknown as Record<string, unknown>)[key]),
          to: shown(key, to),
        })),
        null,
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'contact.update',
        entity: 'Contact',
        entityId: id,
        diff: diffChanges(before, { ...before, ...changes }, AUDITED),
        customerIds: await linkedCustomerIds(em, id),
      });
      // Reloaded after the write; `get` admitted it above.
      return (await unscoped(em).findOneBy(Contact, { id }))!;
    });
  }

  history(contactId: number) {
    return this.ds
      .getRepository(ContactHistory)
      .find({ where: { contactId }, order: { at: 'DESC', id: 'DESC' }, take: 200 });
  }

  /** Links an existing contact to another customer (a person may belong to several). */
  async link(ctx: AppContext, contactId: number, customerId: number, isPrimary: boolean) {
    return inTransaction(ctx, async (em) => {
      await this.get(ctx, contactId, em, 'read');
      await ctx.services.customers.get(ctx, customerId, em, 'edit');
      if (isPrimary) await em.update(CustomerContact, { customerId }, { isPrimary: false });
      const existing = await unscoped(em).findOneBy(CustomerContact, { customerId, contactId });
      if (existing) await em.update(CustomerContact, { customerId, contactId }, { isPrimary });
      else await em.insert(CustomerContact, { customerId, contactId, isPrimary });
      // The customer just linked first, then the others the contact already belonged to.
      const linked = await linkedCustomerIds(em, contactId);
      await ctx.services.audit.record(em, ctx, {
        action: 'contact.link',
        entity: 'Contact',
        entityId: contactId,
        diff: { customerId, isPrimary },
        customerIds: [customerId, ...linked.filter((id) => id !== customerId)],
      });
      // The contact's links to customers the caller can read (a hidden customer is not named).
      return (await scopedChildren(ctx, CustomerContact, 'cc', { em }))
        .andWhere('cc.contact_id = :contactId', { contactId })
        .getMany();
    });
  }

  /** Soft delete; links and relationships stay for the history. */
  async delete(ctx: AppContext, id: number): Promise<Contact> {
    return inTransaction(ctx, async (em) => {
      const contact = await this.get(ctx, id, em, 'edit');
      await em.softDelete(Contact, { id });
      await ctx.services.audit.record(em, ctx, {
        action: 'contact.delete',
        entity: 'Contact',
        entityId: id,
        diff: { name: contact.name },
        // Soft delete keeps the links: the customers it belonged to.
        customerIds: await linkedCustomerIds(em, id),
      });
      return contact;
    });
  }
}

/** The customers a contact is linked to, for its audit entries (the contact was admitted already). */
export async function linkedCustomerIds(em: EntityManager, contactId: number): Promise<number[]> {
  const links = await unscoped(em).find(CustomerContact, {
    where: { contactId },
    select: { customerId: true },
    order: { customerId: 'ASC' },
  });
  return links.map((l) => Number(l.customerId));
}

function checkFields(
  problems: InputProblems,
  path: string,
  input: ContactFields,
  snap: DictionarySnapshot,
  creating: boolean,
): Partial<Contact> {
  const out: Partial<Contact> = {};
  if (creating || input.name !== undefined) {
    const name = input.name?.trim() ?? '';
    if (!name) problems.add(`${path}.name`, 'required');
    else if (checkLength(problems, `${path}.name`, name, VARCHAR.contact.name)) out.name = name;
  }
  const texts: [keyof ContactFields & keyof Contact, number][] = [
    ['title', VARCHAR.contact.title],
    ['departmentName', VARCHAR.contact.department_name],
    ['phone', VARCHAR.contact.phone],
    ['wechat', VARCHAR.contact.wechat],
    ['nativePlace', VARCHAR.contact.native_place],
    ['school', VARCHAR.contact.school],
    ['major', VARCHAR.contact.major],
    ['hobbies', TEXT_CHARS.contact.hobbies],
    ['personalNotes', TEXT_CHARS.contact.personal_notes],
  ];
  for (const [key, max] of texts) {
    const value = optionalText(
      input[key] as string | null | undefined,
      `${path}.${key}`,
      problems,
      max,
    );
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  const mobile = optionalText(input.mobile, `${path}.mobile`, problems, VARCHAR.contact.mobile);
  if (mobile && !isValidMobile(mobile)) problems.add(`${path}.mobile`, 'invalidFormat');
  else if (mobile !== undefined) out.mobile = mobile;
  const email = optionalText(input.email, `${path}.email`, problems, VARCHAR.contact.email);
  if (email && !isValidEmail(email)) problems.add(`${path}.email`, 'invalidFormat');
  else if (email !== undefined) out.email = email;
  if (input.birthday !== undefined) {
    if (input.birthday && !isValidDate(input.birthday))
      problems.add(`${path}.birthday`, 'notDate', { field: 'birthday' });
    else out.birthday = input.birthday || null;
  }
  if (input.closeness !== undefined) {
    if (
      input.closeness !== null &&
      (!Number.isInteger(input.closeness) || input.closeness < 1 || input.closeness > 5)
    )
      problems.add(`${path}.closeness`, 'outOfRange', { field: 'closeness', min: 1, max: 5 });
    else out.closeness = input.closeness;
  }
  const dicts: [keyof ContactFields, string, keyof Contact][] = [
    ['gender', DICT.gender, 'genderId'],
    ['education', DICT.education, 'educationId'],
    ['decisionRole', DICT.decisionRole, 'decisionRoleId'],
  ];
  for (const [key, type, property] of dicts) {
    const id = dictionaryItemId(
      snap,
      type,
      input[key] as string | null | undefined,
      `${path}.${key}`,
      problems,
    );
    if (id !== undefined) (out as Record<string, unknown>)[property] = id;
  }
  if (input.emailOptIn !== undefined && input.emailOptIn !== null)
    out.emailOptIn = input.emailOptIn;
  if (input.smsOptIn !== undefined && input.smsOptIn !== null) out.smsOptIn = input.smsOptIn;
  if (input.importantDates !== undefined) {
    const list = input.importantDates ?? [];
    const ok =
      Array.isArray(list) &&
      list.every(
        (d) =>
          d &&
          typeof d.label === 'string' &&
          d.label.trim() &&
          typeof d.date === 'string' &&
          isValidDate(d.date),
      );
    if (!ok) problems.add(`${path}.importantDates`, 'invalidFormat');
    else if (list.length > IMPORTANT_DATES_MAX)
      problems.add(`${path}.importantDates`, 'tooMany', { max: IMPORTANT_DATES_MAX });
    else if (list.some((d) => charLength(d.label.trim()) > IMPORTANT_DATE_LABEL))
      problems.add(`${path}.importantDates`, 'tooLong', { max: IMPORTANT_DATE_LABEL });
    else out.importantDates = list.map((d) => ({ label: d.label.trim(), date: d.date }));
  }
  return out;
}
