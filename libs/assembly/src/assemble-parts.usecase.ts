import { Inject, Injectable } from '@nestjs/common';
import { ASSEMBLY_CONFIG, AssemblyConfig } from '@app/config';
import {
  Assembly,
  AssemblyRepository,
  MessageRepository,
  MessageSummary,
  OfferedPart,
} from '@app/journal';
import { AssemblePartsCommand } from './assemble-parts.command';
import { AssemblyDecision } from './assembly-decision';
import { manifestTotalsFindings } from './manifest-totals.check';
import { MessageDocumentStore } from './message-document.store';

/** A message is a part when UNH names a common access reference and S010 says it is one of many. */
function partOf(message: MessageSummary): OfferedPart | undefined {
  const { accessReference, partNumber, partLast } = message;
  if (!accessReference || partNumber === null || partNumber < 1) return undefined;
  // `01:F` is a whole message that merely says so.
  if (partNumber === 1 && partLast === true) return undefined;
  return { messageId: message.id, partNumber, last: partLast === true };
}

/**
 * Puts multi-part messages back together before routing (DESIGN step 4): parts are grouped on
 * (carrier, message type, common access reference) whatever channel or interchange brought them,
 * in any order; the set is routed once, through its lead (lowest) part.
 */
@Injectable()
export class AssemblePartsUseCase {
  constructor(
    private readonly assemblies: AssemblyRepository,
    private readonly messages: MessageRepository,
    @Inject(ASSEMBLY_CONFIG) private readonly config: AssemblyConfig,
    private readonly documents: MessageDocumentStore,
  ) {}

  async execute({ message, carrier }: AssemblePartsCommand): Promise<AssemblyDecision> {
    const part = partOf(message);
    if (part === undefined || message.accessReference === null) return { kind: 'single' };
    const key = { carrier, messageType: message.type, accessReference: message.accessReference };
    const admission = await this.assemblies.offer(key, part, new Date(), this.config.timeoutMs);
    const { assembly } = admission;
    switch (admission.kind) {
      case 'duplicate':
        await this.messages.setStatus(message.id, 'duplicate', {
          assembly: assembly.id,
          part: part.partNumber,
          heldBy: admission.heldBy,
        });
        return { kind: 'ignored', assembly, reason: 'duplicate-part' };
      case 'late':
        await this.messages.setStatus(message.id, 'incomplete', {
          assembly: assembly.id,
          part: part.partNumber,
          late: true,
          setStatus: assembly.status,
        });
        return { kind: 'ignored', assembly, reason: 'late-part' };
      case 'added':
        await this.messages.setStatus(message.id, 'assembling', {
          assembly: assembly.id,
          part: part.partNumber,
          of: assembly.partCount,
        });
        break;
      case 'again':
        break;
    }
    return assembly.status === 'complete' || assembly.status === 'forced'
      ? this.assembled(assembly)
      : { kind: 'waiting', assembly };
  }

  /** The whole set is in (or forced): reconcile totals, mark the parts, name the lead. */
  private async assembled(assembly: Assembly): Promise<AssemblyDecision> {
    const parts = await this.assemblies.parts(assembly.id);
    const members = await Promise.all(parts.map((p) => this.messages.findSummaryById(p.messageId)));
    const found = members.filter((m): m is MessageSummary => m !== undefined);
    const lead = found[0];
    if (lead === undefined || found.length !== parts.length) {
      throw new Error(`assembly ${assembly.id}: a part's message is missing from the journal`);
    }
    const json: string[] = [];
    for (const member of found) {
      const document = await this.documents.documentOf(member);
      if (document !== null) json.push(document);
    }
    await this.assemblies.addFindings(assembly.id, manifestTotalsFindings(json));
    for (const member of found.slice(1)) {
      if (member.status === 'assembling' || member.status === 'incomplete') {
        await this.messages.setStatus(member.id, 'routed', {
          assembly: assembly.id,
          asPartOf: lead.id,
        });
      }
    }
    const current = (await this.assemblies.findById(assembly.id)) ?? assembly;
    return { kind: 'assembled', assembly: current, lead };
  }
}
