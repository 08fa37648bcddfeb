export * from './auth';
export * from './programme';
export * from './audit';
export * from './steering';
export * from './cases';
export * from './monitoring';
export * from './voice';
