export * from './access/roles.js';
export * from './errors/problem-codes.js';
export * from './people/age.js';
export * from './treatment/disciplines.js';
