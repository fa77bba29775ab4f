/** One dependency `/health` checks; `check` resolves when it answers, and rejects saying why. */
export interface HealthIndicator {
  readonly name: string;
  check(timeoutMs: number): Promise<void>;
}

/** Injection token of the indicators, one per dependency, built from the module options. */
export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');
