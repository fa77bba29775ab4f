import { createHash, timingSafeEqual } from 'node:crypto';
import {
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { OPERATIONS_OPTIONS, OperationsOptions } from '../operations.options';

const BEARER = /^Bearer +(\S+) *$/i;

/**
 * Opens a route to the holder of the admin token only. A carrier's credentials (its client
 * certificate, SSH key or MQ queue) are never looked at here, so they can never open these
 * routes, even when the console shares a listener with carrier traffic.
 */
@Injectable()
export class AdminTokenGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(OPERATIONS_OPTIONS) options: OperationsOptions) {
    // Refuse to start rather than guard the console with an empty secret.
    if (options.adminToken.trim() === '') throw new Error('The operations admin token is empty');
    this.expected = digest(options.adminToken);
  }

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const header = http.getRequest<Request>().headers.authorization;
    const reason = this.refusal(header);
    if (reason === undefined) return true;
    http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="paxgate-operations"');
    throw new UnauthorizedException(reason);
  }

  private refusal(header: string | undefined): string | undefined {
    if (header === undefined) return 'An Authorization: Bearer <admin token> header is required';
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) return 'The Authorization header must be Bearer <admin token>';
    // Compare digests: equal lengths for timingSafeEqual, and nothing learned from the length.
    return timingSafeEqual(digest(token), this.expected)
      ? undefined
      : 'The admin token is not valid';
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
