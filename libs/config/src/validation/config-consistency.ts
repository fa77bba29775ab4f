import { posix } from 'node:path';
import { PaxgateConfig } from '../paxgate.config';
import { describeSetting } from './config-problem';

// Rules across keys, run only on groups that passed their own checks (so every value is typed).

function duplicates(names: readonly string[]): Map<number, string> {
  const seen = new Set<string>();
  const repeated = new Map<number, string>();
  names.forEach((name, index) => {
    if (seen.has(name)) {
      repeated.set(index, name);
    }
    seen.add(name);
  });
  return repeated;
}

function journalProblems({ journal }: PaxgateConfig): string[] {
  return journal.kind === 'postgres' && journal.postgresUrl === undefined
    ? [`${describeSetting(['journal', 'postgresUrl'])} is required when journal.kind is 'postgres'`]
    : [];
}

function gatewayProblems({ gateway }: PaxgateConfig): string[] {
  // Node's HTTP server refuses a headers timeout longer than the whole request's.
  return gateway.requestTimeoutMs < gateway.headersTimeoutMs
    ? [
        `${describeSetting(['gateway', 'requestTimeoutMs'])} must be at least gateway.headersTimeoutMs ` +
          `(${gateway.headersTimeoutMs}); got ${gateway.requestTimeoutMs}`,
      ]
    : [];
}

function deliveryProblems({ delivery }: PaxgateConfig): string[] {
  return delivery.maxBackoffMs < delivery.backoffMs
    ? [
        `${describeSetting(['delivery', 'maxBackoffMs'])} must be at least delivery.backoffMs ` +
          `(${delivery.backoffMs}); got ${delivery.maxBackoffMs}`,
      ]
    : [];
}

function carrierProblems({ carriers }: PaxgateConfig): string[] {
  const problems = [...duplicates(carriers.map((c) => c.id))].map(
    ([index, id]) =>
      `${describeSetting(['carriers', `${index}`, 'id'])} repeats carrier id '${id}'`,
  );
  // One sender id, one carrier: else either could send in the other's name.
  const owners = new Map<string, string>();
  carriers.forEach((carrier, index) => {
    carrier.senders.forEach((sender, position) => {
      const owner = owners.get(sender);
      if (owner === undefined) owners.set(sender, carrier.id);
      else if (owner !== carrier.id) {
        problems.push(
          `${describeSetting(['carriers', `${index}`, 'senders', `${position}`])} repeats sender '${sender}' of carrier '${owner}'`,
        );
      }
    });
  });
  // Two carriers on one queue would make the queue's identity ambiguous.
  const queues = carriers.map((c) => c.mq?.inboundQueue ?? '');
  for (const [index, queue] of duplicates(queues)) {
    if (queue !== '') {
      problems.push(
        `${describeSetting(['carriers', `${index}`, 'mq', 'inboundQueue'])} repeats inbound queue '${queue}'`,
      );
    }
  }
  return problems;
}

function routingProblems({ routing }: PaxgateConfig): string[] {
  const names = routing.destinations.map((d) => d.name);
  const problems = [...duplicates(names)].map(
    ([index, name]) =>
      `${describeSetting(['routing', 'destinations', `${index}`, 'name'])} repeats destination '${name}'`,
  );
  for (const [index, name] of duplicates(routing.rules.map((r) => r.name))) {
    problems.push(
      `${describeSetting(['routing', 'rules', `${index}`, 'name'])} repeats rule '${name}'`,
    );
  }
  const known = new Set(names);
  const listed = names.map((n) => `'${n}'`).join(', ') || 'none';
  routing.rules.forEach((rule, index) => {
    for (const destination of rule.destinations.filter((d) => !known.has(d))) {
      problems.push(
        `${describeSetting(['routing', 'rules', `${index}`, 'destinations'])}: rule '${rule.name}' ` +
          `sends to unknown destination '${destination}'; known destinations: ${listed}`,
      );
    }
  });
  return problems;
}

function mqProblems({ mq }: PaxgateConfig): string[] {
  return mq.reconnectMaxMs < mq.reconnectMinMs
    ? [
        `${describeSetting(['mq', 'reconnectMaxMs'])} must be at least mq.reconnectMinMs ` +
          `(${mq.reconnectMinMs}); got ${mq.reconnectMaxMs}`,
      ]
    : [];
}

function sameRemoteDirectory(a: string, b: string): boolean {
  const normal = (path: string): string => posix.normalize(path).replace(/(.)\/+$/u, '$1');
  return normal(a) === normal(b);
}

function pollingProblems({ polling, carriers }: PaxgateConfig): string[] {
  // carriers may itself be invalid (checked on its own); then the ids are not looked up.
  const valid: unknown = carriers;
  const known = Array.isArray(valid)
    ? new Set((valid as readonly { id: string }[]).map((c) => c.id))
    : undefined;
  const problems = [...duplicates(polling.sftp.map((r) => r.name))].map(
    ([index, name]) =>
      `${describeSetting(['polling', 'sftp', `${index}`, 'name'])} repeats remote '${name}'`,
  );
  polling.sftp.forEach((remote, index) => {
    if (known !== undefined && !known.has(remote.carrierId)) {
      problems.push(
        `${describeSetting(['polling', 'sftp', `${index}`, 'carrierId'])}: unknown carrier '${remote.carrierId}'`,
      );
    }
    if (remote.afterIngest === 'move' && remote.archiveDirectory === undefined) {
      problems.push(
        `${describeSetting(['polling', 'sftp', `${index}`, 'archiveDirectory'])} is required when afterIngest is 'move'`,
      );
    }
    // An archive that is the polled directory would have each file polled again, and again.
    if (
      remote.afterIngest === 'move' &&
      remote.archiveDirectory !== undefined &&
      sameRemoteDirectory(remote.archiveDirectory, remote.directory)
    ) {
      problems.push(
        `${describeSetting(['polling', 'sftp', `${index}`, 'archiveDirectory'])} must not be the polled directory '${remote.directory}'`,
      );
    }
  });
  return problems;
}

const CHECKS: ReadonlyArray<[keyof PaxgateConfig, (config: PaxgateConfig) => string[]]> = [
  ['journal', journalProblems],
  ['gateway', gatewayProblems],
  ['delivery', deliveryProblems],
  ['carriers', carrierProblems],
  ['routing', routingProblems],
  ['mq', mqProblems],
  ['polling', pollingProblems],
];

export function consistencyProblems(
  config: PaxgateConfig,
  invalidGroups: ReadonlySet<string>,
): string[] {
  return CHECKS.filter(([group]) => !invalidGroups.has(group)).flatMap(([, check]) =>
    check(config),
  );
}
