export * from './ids.js';
export * from './random.js';
export * from './regions.js';
export * from './accounts.js';
export * from './roster.js';
export * from './cases.js';
export * from './worklogs.js';
export * from './trainings.js';
