import type { InterchangeStory, InterchangeSummary } from '@app/journal';
import { toDeliveryDto, toMessageDto } from '../common/journal-view.mapper';
import { InterchangeStoryDto } from './dto/interchange-story.dto';
import { InterchangeSummaryDto } from './dto/interchange-summary.dto';

export function toInterchangeSummaryDto(i: InterchangeSummary): InterchangeSummaryDto {
  return {
    id: i.id,
    carrierId: i.carrierId,
    channel: i.channel,
    senderId: i.senderId,
    recipientId: i.recipientId,
    controlReference: i.controlReference,
    sha256: i.sha256,
    size: i.size,
    test: i.test,
    outcome: i.outcome,
    receivedAt: i.receivedAt.toISOString(),
    duplicateOf: i.duplicateOf,
  };
}

/** The story as the API tells it; the bytes only when asked, since they can be megabytes. */
export function toInterchangeStoryDto(story: InterchangeStory, raw: boolean): InterchangeStoryDto {
  const { interchange, ack } = story;
  return {
    interchange: toInterchangeSummaryDto(interchange),
    findings: story.findings.map((f) => ({
      id: f.id,
      messageId: f.messageId,
      kind: f.kind,
      level: f.level,
      code: f.code,
      rule: f.rule,
      text: f.text,
      location: { ...f.location },
    })),
    ack: ack && { contrl: ack.contrl, createdAt: ack.createdAt.toISOString() },
    messages: story.messages.map(toMessageDto),
    deliveries: story.deliveries.map(toDeliveryDto),
    events: story.events.map((e) => ({
      id: e.id,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      state: e.state,
      detail: e.detail && { ...e.detail },
      at: e.at.toISOString(),
    })),
    ...(raw ? { raw: interchange.raw.toString('base64') } : {}),
  };
}
