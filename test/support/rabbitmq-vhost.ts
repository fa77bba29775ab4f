import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BROKER = process.env.E2E_RABBITMQ_HOST ?? '127.0.0.1:5672';

async function rabbitmqctl(...args: string[]): Promise<string> {
  const { stdout } = await run('rabbitmqctl', ['-q', ...args], { timeout: 30_000 });
  return stdout;
}

/**
 * A RabbitMQ virtual host of its own for one suite (the broker is shared with other runs), with
 * guest allowed in, and any broker users the suite adds. `delete` removes them all.
 */
export class RabbitMqVhost {
  private readonly users: string[] = [];

  private constructor(readonly name: string) {}

  static async create(prefix: string): Promise<RabbitMqVhost> {
    const vhost = new RabbitMqVhost(`${prefix}-${randomBytes(4).toString('hex')}`);
    await rabbitmqctl('add_vhost', vhost.name);
    await rabbitmqctl('set_permissions', '-p', vhost.name, 'guest', '.*', '.*', '.*');
    return vhost;
  }

  /** An AMQP URL into this virtual host, as guest unless told otherwise. */
  url(user = 'guest', password = 'guest'): string {
    return `amqp://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${BROKER}/${encodeURIComponent(this.name)}`;
  }

  /** A broker user allowed in this virtual host only; deleted with it. */
  async addUser(prefix: string): Promise<{ user: string; password: string }> {
    const user = `${prefix}-${randomBytes(4).toString('hex')}`;
    const password = randomBytes(12).toString('hex');
    this.users.push(user);
    await rabbitmqctl('add_user', user, password);
    await rabbitmqctl('set_permissions', '-p', this.name, user, '.*', '.*', '.*');
    return { user, password };
  }

  /** The broker drops every connection into this virtual host (and nothing else). */
  async closeAllConnections(reason: string): Promise<string> {
    return rabbitmqctl('close_all_connections', '--vhost', this.name, reason);
  }

  /** Messages in a queue, ready and delivered-but-unacknowledged together. */
  async depth(queue: string): Promise<number> {
    const out = await rabbitmqctl(
      'list_queues',
      '-p',
      this.name,
      'name',
      'messages',
      '--no-table-headers',
    );
    const line = out
      .split('\n')
      .map((l) => l.split('\t'))
      .find(([name]) => name === queue);
    if (!line) throw new Error(`no queue ${queue} in ${this.name}`);
    return Number(line[1]);
  }

  async delete(): Promise<void> {
    for (const user of this.users.splice(0)) {
      await rabbitmqctl('delete_user', user).catch(() => undefined);
    }
    await rabbitmqctl('delete_vhost', this.name);
  }
}
