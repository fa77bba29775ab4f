import { Controller, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { GATEWAY_CONFIG, GatewayConfig } from '@app/config';
import { IngestInterchangeUseCase, IngestResult } from '@app/ingest';
import type { Request, Response } from 'express';
import { TLSSocket } from 'node:tls';
import { readBoundedBody } from './bounded-body.reader';
import { TlsPeerCarrierReader } from './tls-peer-carrier.reader';

const ACCEPTED_TYPES = ['application/edifact', 'text/plain', 'application/octet-stream'];

/**
 * The HTTPS channel: moves bytes and the client certificate's identity to the one ingest use
 * case, and answers only after the journal commit.
 */
@ApiTags('carriers')
@Controller('v1/interchanges')
export class InterchangeIngestController {
  constructor(
    private readonly ingest: IngestInterchangeUseCase,
    private readonly peers: TlsPeerCarrierReader,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Submit one interchange; the answer is its CONTRL (or JSON when asked).',
  })
  @ApiProduces('application/edifact', 'application/json')
  async receive(@Req() req: Request, @Res() res: Response): Promise<void> {
    const receivedAt = new Date();
    const contentType = (req.headers['content-type'] ?? 'application/octet-stream')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (!ACCEPTED_TYPES.includes(contentType)) {
      res.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json({
        error: `Content-Type must be one of ${ACCEPTED_TYPES.join(', ')}; got ${contentType}.`,
      });
      return;
    }
    const carrierId =
      req.socket instanceof TLSSocket ? this.peers.carrierIdOf(req.socket) : undefined;
    const body = await readBoundedBody(req, this.config.bodyLimitBytes);
    const result = await this.ingest.execute({
      bytes: body.bytes,
      channel: 'https',
      carrierId,
      receivedAt,
      ...(body.truncated
        ? { oversize: { size: body.size, limit: this.config.bodyLimitBytes } }
        : {}),
    });
    const status = body.truncated ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.OK;
    if ((req.headers.accept ?? '').includes('application/json')) {
      res.status(status).json(toJson(result));
    } else res.status(status).type('application/edifact').send(result.contrl);
  }
}

function toJson(result: IngestResult): Record<string, unknown> {
  return {
    interchangeId: result.interchangeId,
    outcome: result.outcome,
    ...(result.duplicateOf ? { duplicateOf: result.duplicateOf } : {}),
    messages: result.report.messages.map((m) => ({
      type: m.type,
      reference: m.reference,
      outcome: m.outcome,
      travellers: m.travellers,
      pnrs: m.pnrs,
    })),
    findings: result.report.findings,
    contrl: result.contrl,
  };
}
