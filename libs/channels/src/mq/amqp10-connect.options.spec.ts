import { amqp10ConnectOptions } from './amqp10-connect.options';

describe(amqp10ConnectOptions.name, () => {
  it('takes host, port and credentials from the URL and turns rhea reconnect off', () => {
    expect(amqp10ConnectOptions('amqp://carrier:s%40cret@broker.example:5673')).toEqual({
      host: 'broker.example',
      port: 5673,
      username: 'carrier',
      password: 's@cret',
      reconnect: false,
      transport: 'tcp',
    });
  });

  it('names a RabbitMQ virtual host from the path as vhost:<name>', () => {
    expect(amqp10ConnectOptions('amqp://127.0.0.1/paxgate%2Fe2e').hostname).toBe(
      'vhost:paxgate/e2e',
    );
    expect(amqp10ConnectOptions('amqp://127.0.0.1/%2F').hostname).toBe('vhost:/');
  });

  it('leaves the hostname alone without a path, and defaults the port by scheme', () => {
    const plain = amqp10ConnectOptions('amqp://mq.example');
    expect(plain.hostname).toBeUndefined();
    expect(plain).toMatchObject({ transport: 'tcp', port: 5672 });
    const tls = amqp10ConnectOptions('amqps://mq.example/');
    expect(tls).toMatchObject({ transport: 'tls', port: 5671 });
    expect(tls.hostname).toBeUndefined();
  });
});
