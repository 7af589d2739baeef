import { VARCHAR } from '../../common/limits';
import { defineListTypes } from '../../common/pagination/list-types';
import { CustomerDocument } from './document.entity';

export const DocumentList = defineListTypes('Document', CustomerDocument, {
  id: { kind: 'id' },
  customerId: { kind: 'id' },
  typeId: { kind: 'id' },
  fileName: { kind: 'string' },
  contentType: { kind: 'string' },
  size: { kind: 'int' },
  uploadedBy: { kind: 'id', property: 'uploadedById' },
  uploadedAt: { kind: 'date' },
});

/** Longest note on a document. */
export const MAX_NOTE = VARCHAR.customer_document.note;
/** Longest file name kept (characters). */
export const MAX_FILE_NAME = VARCHAR.customer_document.file_name;
/** Longest content type kept. */
export const MAX_CONTENT_TYPE = VARCHAR.customer_document.content_type;

/** The multipart fields of an upload, as received. */
export interface UploadFields {
  type?: string;
  note?: string;
}

/** The file part of an upload, after it was stored under `storageKey`. */
export interface StoredUpload {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}
