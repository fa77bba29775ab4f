import { BadRequestException } from '@nestjs/common';

/** An ISO time from a query, already validated as ISO 8601; names the field if it is no instant. */
export function queryTime(field: string, text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) throw new BadRequestException([`${field} is not a valid time`]);
  return time;
}
