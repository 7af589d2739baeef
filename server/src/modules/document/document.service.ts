import { DICT } from '@dossier/shared';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { AppContext } from '../../common/context';
import { InputProblems } from '../../common/errors/app-error';
import { listConnection } from '../../common/pagination/apply-list';
import { SortDirection } from '../../common/pagination/comparisons';
import type { ListArgsShape } from '../../common/pagination/list-types';
import type { FileStorage } from '../../common/storage';
import { inTransaction } from '../../common/transaction';
import { type AccessMode } from '../access/access-policy';
import { scopedChildren } from '../access/scoped-reads';
import { readableChildById } from '../access/scoped-lookup';
import type { Customer } from '../customer/customer.entity';
import { dictionaryItemId, optionalText } from '../followup/activity-support';
import { User } from '../user/user.entity';
import { CustomerDocument } from './document.entity';
import {
  DocumentList,
  MAX_CONTENT_TYPE,
  MAX_FILE_NAME,
  MAX_NOTE,
  type StoredUpload,
  type UploadFields,
} from './document.inputs';

/** Where a document is downloaded (`GET`, Bearer token). */
export const downloadUrl = (id: number | string) => `/files/documents/${id}`;

/**
 * Documents (档案材料): metadata rows in `customer_document`, bytes in the file storage. Reads go
 * through the access policy in SQL; uploads need edit access to the customer.
 */
export class DocumentService {
  constructor(
    private readonly ds: DataSource,
    readonly storage: FileStorage,
  ) {}

  /** Documents of customers the caller may read, filtered in SQL before paging; newest first by default. */
  async list(ctx: AppContext, args: ListArgsShape) {
    const qb = await scopedChildren(ctx, CustomerDocument, 'd');
    const sorting = args.sorting?.length
      ? args.sorting
      : [{ field: 'uploadedAt', direction: SortDirection.DESC }];
    return listConnection(qb, { ...args, sorting }, DocumentList.spec, {
      property: 'id',
      direction: 'DESC',
    });
  }

  /** Refuses an upload before any byte is read: NOT_FOUND / FORBIDDEN as `CustomerService.get(…, 'edit')`. */
  async assertCanUpload(ctx: AppContext, customerId: number): Promise<Customer> {
    return ctx.services.customers.get(ctx, customerId, this.ds.manager, 'edit');
  }

  /**
   * Records a stored upload: validates the fields, then inserts the row and its audit entry in
   * one transaction (re-checking edit access inside it). The caller deletes the stored file if
   * this throws.
   */
  async create(
    ctx: AppContext,
    customerId: number,
    fields: UploadFields,
    file: StoredUpload,
  ): Promise<CustomerDocument> {
    const problems = new InputProblems();
    const snap = await ctx.loaders.dictionarySnapshot();
    const typeCode = fields.type?.trim() ? fields.type : null;
    if (typeCode === null) problems.add('type', 'required');
    const typeId = dictionaryItemId(
      snap,
      DICT.documentType,
      typeCode ?? undefined,
      'type',
      problems,
    );
    const note = optionalText(fields.note ?? null, 'note', problems, MAX_NOTE);
    problems.throwIfAny();
    return inTransaction(ctx, async (em) => {
      await ctx.services.customers.get(ctx, customerId, em, 'edit');
      const row = em.create(CustomerDocument, {
        customerId,
        typeId: typeId!,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        storageKey: file.storageKey,
        sha256: file.sha256,
        uploadedById: ctx.caller?.userId ?? null,
        // Whole seconds: what MySQL's DATETIME keeps, so the response equals later reads.
        uploadedAt: new Date(Math.floor(Date.now() / 1000) * 1000),
        note: note ?? null,
        deletedAt: null,
      });
      await em.insert(CustomerDocument, row);
      await ctx.services.audit.record(em, ctx, {
        action: 'document.upload',
        entity: 'Document',
        entityId: row.id,
        diff: {
          customerId: { to: customerId },
          fileName: { to: row.fileName },
          typeId: { to: row.typeId },
          size: { to: row.size },
          sha256: { to: row.sha256 },
        },
        customerIds: [customerId],
      });
      return row;
    });
  }

  /**
   * A document the caller may read with its content stream, auditing the download. A missing
   * document and one of a customer the caller cannot read are the same NOT_FOUND.
   */
  async openForDownload(
    ctx: AppContext,
    id: number,
  ): Promise<{ doc: CustomerDocument; content: Readable }> {
    const doc = await this.accessible(ctx, id, 'read');
    const content = await this.storage.get(doc.storageKey);
    try {
      await inTransaction(ctx, (em) =>
        ctx.services.audit.record(em, ctx, {
          action: 'document.download',
          entity: 'Document',
          entityId: doc.id,
          diff: { customerId: doc.customerId, fileName: doc.fileName },
          customerIds: [doc.customerId],
        }),
      );
    } catch (err) {
      content.destroy();
      throw err;
    }
    return { doc, content };
  }

  /** Soft delete (the stored file is kept); needs edit access to the customer. */
  delete(ctx: AppContext, id: number): Promise<CustomerDocument> {
    return inTransaction(ctx, async (em) => {
      const doc = await this.accessible(ctx, id, 'edit', em);
      await em.softDelete(CustomerDocument, { id });
      await ctx.services.audit.record(em, ctx, {
        action: 'document.delete',
        entity: 'Document',
        entityId: id,
        diff: { customerId: { from: doc.customerId }, fileName: { from: doc.fileName } },
        customerIds: [doc.customerId],
      });
      return doc;
    });
  }

  /** The upload response: the same fields GraphQL exposes. */
  async toJson(ctx: AppContext, doc: CustomerDocument) {
    const snap = await ctx.loaders.dictionarySnapshot();
    const item = snap.itemById.get(doc.typeId);
    const uploader = doc.uploadedById
      ? await this.ds
          .getRepository(User)
          .findOne({ where: { id: doc.uploadedById }, select: { id: true, displayName: true } })
      : null;
    return {
      id: String(doc.id),
      customerId: String(doc.customerId),
      fileName: doc.fileName,
      contentType: doc.contentType,
      size: doc.size,
      sha256: doc.sha256,
      type: item
        ? { code: item.code, label: ctx.locale === 'en' ? item.labelEn : item.labelZh }
        : null,
      uploadedBy: uploader ? { id: String(uploader.id), displayName: uploader.displayName } : null,
      uploadedAt: doc.uploadedAt.toISOString(),
      note: doc.note,
      downloadUrl: downloadUrl(doc.id),
    };
  }

  /** A live document whose customer the caller may read/edit; otherwise NOT_FOUND for the document. */
  private async accessible(
    ctx: AppContext,
    id: number,
    mode: AccessMode,
    em = this.ds.manager,
  ): Promise<CustomerDocument> {
    const doc = await readableChildById(ctx, em, CustomerDocument, 'Document', id);
    if (mode !== 'read') await ctx.services.customers.get(ctx, doc.customerId, em, mode);
    return doc;
  }
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The client's file name made safe to keep and show: no directory parts, no control or
 * bidi-override characters, at most 255 characters (the extension kept when cutting).
 * It is never used in a storage path.
 */
export function cleanFileName(raw: string | undefined): string {
  // Browsers send `"` as %22 in multipart file names (WHATWG form encoding); undo that one escape.
  const base = ((raw ?? '').split(/[\\/]/).pop() ?? '').replace(/%22/g, '"');
  let name = base.replace(CONTROL, '').trim();
  if (!name || name === '.' || name === '..') return 'file';
  const chars = Array.from(name);
  if (chars.length > MAX_FILE_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
    const keep = ext.length > 0 && ext.length <= 20 ? ext : [];
    name = chars.slice(0, MAX_FILE_NAME - keep.length).join('') + keep.join('');
  }
  return name;
}

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** The declared content type if well-formed (lower case, no parameters), else `application/octet-stream`. */
export function cleanContentType(raw: string | undefined): string {
  const type = (raw ?? '').split(';')[0].trim().toLowerCase();
  return type.length <= MAX_CONTENT_TYPE && MIME.test(type) ? type : 'application/octet-stream';
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
