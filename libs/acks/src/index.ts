export { buildContrl } from './contrl.builder';
export { summarizeContrl } from './contrl-summary.builder';
export * from './contrl.types';
export * from './contrl-summary.model';
