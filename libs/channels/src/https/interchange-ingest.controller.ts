import { Controller, HttpStatus, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { GATEWAY_CONFIG, GatewayConfig } from '@app/config';
import { IngestInterchange, IngestInterchangeUseCase, IngestResult } from '@app/ingest';
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
  private readonly logger = new Logger(InterchangeIngestController.name);

  constructor(
    @Inject(IngestInterchangeUseCase) private readonly ingest: IngestInterchange,
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
    const limit = this.config.bodyLimitBytes;
    const declared = declaredSizeOf(req);
    const body = await readBoundedBody(req, limit, declared);
    if (body.kind === 'aborted') {
      // A client's network or its own choice, not paxgate's fault; no one is left to answer.
      this.logger.log(
        `Connection of ${carrierId ?? 'an unidentified client'} closed before the end of its body (${body.reason})`,
      );
      return;
    }
    const oversize = body.kind === 'over-limit';
    const result = await this.ingest.execute({
      bytes: body.bytes,
      channel: 'https',
      carrierId,
      receivedAt,
      ...(oversize ? { oversize: { size: declared, limit } } : {}),
    });
    const status = oversize ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.OK;
    // The rest of an oversize body is never read: Node ends the connection after this answer.
    if (oversize) res.setHeader('Connection', 'close');
    if ((req.headers.accept ?? '').includes('application/json')) {
      res.status(status).json(toJson(result));
    } else res.status(status).type('application/edifact').send(result.contrl);
  }
}

/** The Content-Length, when the client declared one (Node has checked it is digits). */
function declaredSizeOf(req: Request): number | undefined {
  const header = req.headers['content-length'];
  return header === undefined ? undefined : Number(header);
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
