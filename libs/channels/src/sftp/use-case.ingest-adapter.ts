import { Injectable } from '@nestjs/common';
import { IngestInterchangeUseCase } from '@app/ingest';
import { SftpIngestPort, SftpIngestReceipt, SftpUpload } from './sftp-ingest.port';

/** The SFTP server's ingest port over the one ingest use case. */
@Injectable()
export class UseCaseIngestAdapter implements SftpIngestPort {
  constructor(private readonly ingestion: IngestInterchangeUseCase) {}

  async ingest(upload: SftpUpload): Promise<SftpIngestReceipt> {
    const result = await this.ingestion.execute({
      bytes: upload.bytes,
      channel: 'sftp',
      carrierId: upload.carrierId,
      receivedAt: upload.receivedAt,
      ...(upload.oversize ? { oversize: upload.oversize } : {}),
    });
    return { interchangeId: result.interchangeId, outcome: result.outcome, contrl: result.contrl };
  }
}
