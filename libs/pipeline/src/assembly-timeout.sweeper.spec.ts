import { Logger } from '@nestjs/common';
import { CloseOverdueAssembliesUseCase } from '@app/assembly';
import { AssemblyTimeoutSweeper } from './assembly-timeout.sweeper';

describe(AssemblyTimeoutSweeper.name, () => {
  const config = { timeoutMs: 60000, sweepIntervalMs: 1000 };

  it('passes the time of the pass on and gives back how many sets it closed', async () => {
    const execute = jest.fn().mockResolvedValue(2);
    const closeOverdue = { execute } as unknown as CloseOverdueAssembliesUseCase;
    const now = new Date('2026-12-07T12:00:00Z');

    expect(await new AssemblyTimeoutSweeper(closeOverdue, config).sweepOnce(now)).toBe(2);
    expect(execute).toHaveBeenCalledWith({ now });
  });

  it('reports a failed pass in a line and closes nothing, for the next pass to retry', async () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const execute = jest.fn().mockRejectedValue(new Error('database is locked'));
    const closeOverdue = { execute } as unknown as CloseOverdueAssembliesUseCase;

    expect(await new AssemblyTimeoutSweeper(closeOverdue, config).sweepOnce()).toBe(0);
    expect(warned).toHaveBeenCalledWith(
      'assembly sweep failed, will retry: Error: database is locked',
    );
    warned.mockRestore();
  });
});
