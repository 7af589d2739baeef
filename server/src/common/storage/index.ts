export { assertStorageKey, newStorageKey, STORAGE_KEY, type FileStorage } from './file-storage';
export { LocalDiskStorage } from './local-disk-storage';
