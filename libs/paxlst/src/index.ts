export { readPaxlst } from './reading/paxlst.reader';

export { PaxlstManifest } from './model/paxlst-manifest';

export { toPaxlstJson } from './json/paxlst-json.mapper';

export { PaxlstJsonV1 } from './json/paxlst-json.types';
