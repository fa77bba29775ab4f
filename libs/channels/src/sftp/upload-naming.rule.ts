const PARTIAL = /\.(tmp|part)$/i;

/**
 * When an upload is complete. A file written under its final name is complete when its handle
 * closes; one written as `*.tmp` or `*.part` is still being written then, and is complete only
 * when renamed to a final name (the usual convention of clients that upload in several sessions).
 */
export class UploadNamingRule {
  isPartial(name: string): boolean {
    return PARTIAL.test(name);
  }

  ingestsOnClose(name: string): boolean {
    return !this.isPartial(name);
  }

  ingestsOnRename(to: string): boolean {
    return !this.isPartial(to);
  }
}
