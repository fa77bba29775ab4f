import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { POLLING_CONFIG, PollingConfig } from '@app/config';
import { Job } from 'bullmq';
import { SFTP_POLLING_QUEUE, SftpPollJob } from './sftp-polling-queue.constants';
import { PollSummary, SftpRemotePoller } from './sftp-remote.poller';

/**
 * Runs the polls the schedulers create. A failed poll is not retried as a job: the next one,
 * an interval later, is the retry, and finds the files where they were.
 */
@Processor(SFTP_POLLING_QUEUE, { concurrency: 4 })
export class SftpPollProcessor extends WorkerHost {
  private readonly logger = new Logger(SftpPollProcessor.name);

  constructor(
    @Inject(POLLING_CONFIG) private readonly polling: PollingConfig,
    private readonly poller: SftpRemotePoller,
  ) {
    super();
  }

  async process(job: Job<SftpPollJob>): Promise<PollSummary | 'not configured'> {
    const remote = this.polling.sftp.find((r) => r.name === job.data.remote);
    // A scheduler left by a worker with another configuration; that worker's start removes it.
    if (remote === undefined) return 'not configured';
    try {
      return await this.poller.poll(remote);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`polling ${remote.name} failed, the next poll tries again: ${reason}`);
      throw error;
    }
  }
}
