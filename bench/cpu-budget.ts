/** What a stage's delivered messages cost each part of the machine, in CPU ms a message. */
export interface StageCost {
  offered: number;
  paxgate: number;
  redis: number;
  /** NaN when the broker runs on another machine: then it costs this one nothing. */
  rabbitmq: number;
  clients: number;
}

/**
 * The machine's budget, from each stage's measured costs. The bench's clients, Redis and RabbitMQ
 * share the cores with paxgate, so a rate the cores cannot pay for at these costs cannot be
 * sustained, however the work is spread; and at the target rate, paxgate may spend only what the
 * others leave of the cores.
 */
export function budgetRows(
  stages: readonly StageCost[],
  cores: number,
  target: number,
): Array<Record<string, string>> {
  return stages.map((stage) => {
    const others =
      stage.redis + (Number.isNaN(stage.rabbitmq) ? 0 : stage.rabbitmq) + stage.clients;
    const machine = stage.paxgate + others;
    return {
      'offered msg/s': String(stage.offered),
      'machine CPU ms/msg': machine.toFixed(2),
      'of it paxgate': `${Math.round((100 * stage.paxgate) / machine)} %`,
      [`msg/s ${cores} cores pay for`]: ((cores * 1000) / machine).toFixed(0),
      [`paxgate may spend at ${target} msg/s, ms/msg`]: ((cores * 1000) / target - others).toFixed(
        2,
      ),
    };
  });
}
