/** A path the carrier may not use: it leaves its tree, or touches what the jail does not allow. */
export class JailViolation extends Error {
  constructor(
    /** The path as the carrier sent it. */
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${JSON.stringify(path)}: ${reason}`);
    this.name = 'JailViolation';
  }
}
