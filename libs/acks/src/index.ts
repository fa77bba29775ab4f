export { buildContrl } from './contrl.builder';
