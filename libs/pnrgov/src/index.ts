export { readPnrgov } from './pnrgov.reader';
export { PnrgovPush } from './model/pnrgov-push.model';

export { toPnrgovJson } from './json/pnrgov-json.mapper';
