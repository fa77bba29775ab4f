import { INestApplication } from '@nestjs/common';
import { AddressInfo, Server } from 'node:net';

/** Where an application listens, as a client on this machine would call it. */
export function listeningUrl(app: INestApplication, scheme: 'http' | 'https'): string {
  const address = (app.getHttpServer() as Server).address() as AddressInfo;
  const host =
    address.family === 'IPv6'
      ? `[${address.address === '::' ? '::1' : address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  return `${scheme}://${host}:${address.port}`;
}
