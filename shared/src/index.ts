export * from './permissions';
export * from './locale';
export * from './masking';
export * from './validation';
export * from './dictionary-codes';
export * from './numbering';
export * from './search-tokens';
export * from './codes';
