import { MqChannelServer } from './mq-channel.server';
import { MqConsumerSupervisor } from './mq-consumer.supervisor';

describe(MqChannelServer.name, () => {
  const supervisor = { start: jest.fn(), stop: jest.fn() };
  const sut = new MqChannelServer(supervisor as unknown as MqConsumerSupervisor);

  beforeEach(() => jest.resetAllMocks());

  it('reports itself started once the consumers are', async () => {
    supervisor.start.mockResolvedValue(undefined);

    const error = await new Promise((resolve) => sut.listen(resolve));

    expect(error).toBeUndefined();
    expect(supervisor.start).toHaveBeenCalledTimes(1);
  });

  it('reports a failed start to Nest', async () => {
    supervisor.start.mockRejectedValue(new Error('boom'));

    const error = await new Promise((resolve) => sut.listen(resolve));

    expect(error).toEqual(new Error('boom'));
  });

  it('closes by stopping the consumers (which lets messages in hand finish)', async () => {
    supervisor.stop.mockResolvedValue(undefined);

    await sut.close();

    expect(supervisor.stop).toHaveBeenCalledTimes(1);
  });
});
