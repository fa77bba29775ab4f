import { Assembly, AssemblyPart, missingParts } from '@app/journal';
import { AssemblyDto } from './dto/assembly.dto';

export function assemblyView(assembly: Assembly, parts: readonly AssemblyPart[]): AssemblyDto {
  return {
    id: assembly.id,
    carrier: assembly.carrier,
    messageType: assembly.messageType,
    accessReference: assembly.accessReference,
    status: assembly.status,
    partCount: assembly.partCount,
    missing: missingParts(
      assembly.partCount,
      parts.map((p) => p.partNumber),
    ),
    openedAt: assembly.openedAt.toISOString(),
    deadlineAt: assembly.deadlineAt.toISOString(),
    closedAt: assembly.closedAt?.toISOString() ?? null,
    findings: assembly.findings,
    parts: parts.map((p) => ({
      number: p.partNumber,
      last: p.last,
      messageId: p.messageId,
      addedAt: p.addedAt.toISOString(),
    })),
  };
}
