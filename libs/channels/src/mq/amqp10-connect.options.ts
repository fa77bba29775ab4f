import type { ConnectionOptions } from 'rhea';

/**
 * rhea's options for an `amqp://` or `amqps://` URL. A path names a RabbitMQ virtual host, sent
 * the way its AMQP 1.0 plugin reads it: `vhost:<name>` in the open frame's hostname. Without a
 * path the hostname stays the broker's host, as IBM MQ, Artemis and Azure Service Bus expect.
 * rhea's own reconnect is off: the channel reconnects, with the configured backoff.
 */
export function amqp10ConnectOptions(url: string): ConnectionOptions {
  const parsed = new URL(url);
  const tls = parsed.protocol === 'amqps:';
  const vhost = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const common = {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port === '' ? (tls ? 5671 : 5672) : Number(parsed.port),
    reconnect: false,
    ...(parsed.username !== '' ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password !== '' ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(vhost !== '' ? { hostname: `vhost:${vhost}` } : {}),
  };
  return tls ? { ...common, transport: 'tls' } : { ...common, transport: 'tcp' };
}
