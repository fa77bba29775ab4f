import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { POLLING_CONFIG, PollingConfig } from '@app/config';
import { Queue } from 'bullmq';
import {
  pollSchedulerId,
  SFTP_POLL_JOB,
  SFTP_POLLING_QUEUE,
  SftpPollJob,
} from './sftp-polling-queue.constants';

/**
 * Job schedulers live in Redis, beyond any one worker: each worker's start upserts one per
 * configured remote (the same id, so workers agree) and removes those of remotes since removed.
 */
@Injectable()
export class SftpPollScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(SFTP_POLLING_QUEUE) private readonly queue: Queue<SftpPollJob>,
    @Inject(POLLING_CONFIG) private readonly polling: PollingConfig,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.synchronise();
  }

  async synchronise(): Promise<void> {
    const wanted = new Set<string>();
    for (const remote of this.polling.sftp) {
      const id = pollSchedulerId(remote.name);
      wanted.add(id);
      await this.queue.upsertJobScheduler(
        id,
        { every: remote.intervalMs },
        {
          name: SFTP_POLL_JOB,
          data: { remote: remote.name },
          // A poll is retried by the next one; keep a few failures to read, not every poll.
          opts: { attempts: 1, removeOnComplete: true, removeOnFail: 20 },
        },
      );
    }
    for (const scheduler of await this.queue.getJobSchedulers(0, -1)) {
      if (!wanted.has(scheduler.key)) await this.queue.removeJobScheduler(scheduler.key);
    }
  }
}
