import { DeliveryError } from '../delivery.error';

/** Asserts a delivery failed with a DeliveryError saying `pattern`, retryable or not. */
export async function expectDeliveryError(
  delivery: Promise<unknown>,
  pattern: RegExp,
  retryable: boolean,
): Promise<void> {
  const error = await delivery.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  expect((error as DeliveryError).message).toMatch(pattern);
  expect((error as DeliveryError).retryable).toBe(retryable);
}
