import { InboxFileIngester } from './inbox-file.ingester';
import { InboxLocks } from './inbox.locks';
import { UploadNamingRule } from './upload-naming.rule';

/** What every session shares: one lock set, one ingester, one naming rule, one limit. */
export interface InboxServices {
  readonly locks: InboxLocks;
  readonly ingester: InboxFileIngester;
  readonly naming: UploadNamingRule;
  readonly uploadLimitBytes: number;
}
