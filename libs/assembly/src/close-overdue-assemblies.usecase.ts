import { Injectable, Logger } from '@nestjs/common';
import { Assembly, AssemblyRepository, MessageRepository, missingParts } from '@app/journal';
import { CloseOverdueAssembliesCommand } from './close-overdue-assemblies.command';

/**
 * Closes sets whose parts stopped coming: past the timeout (from the first part) a set becomes
 * incomplete, with a finding naming what is missing, and waits for a technician to force it.
 * Returns how many sets it closed; a journal failure is thrown for the caller to retry later.
 */
@Injectable()
export class CloseOverdueAssembliesUseCase {
  private readonly logger = new Logger(CloseOverdueAssembliesUseCase.name);

  constructor(
    private readonly assemblies: AssemblyRepository,
    private readonly messages: MessageRepository,
  ) {}

  async execute({ now }: CloseOverdueAssembliesCommand): Promise<number> {
    let closed = 0;
    for (const assembly of await this.assemblies.overdue(now)) {
      if (await this.close(assembly, now)) closed++;
    }
    return closed;
  }

  private async close(assembly: Assembly, now: Date): Promise<boolean> {
    const parts = await this.assemblies.parts(assembly.id);
    const numbers = parts.map((p) => p.partNumber);
    const missing = missingParts(assembly.partCount, numbers);
    const final =
      assembly.partCount === null ? ' The final part (F) never came, so the count is unknown.' : '';
    const text =
      `${assembly.messageType} '${assembly.accessReference}' from ${assembly.carrier}: ` +
      `parts ${numbers.join(', ')} arrived` +
      (missing.length > 0 ? `; missing ${missing.join(', ')}.` : '.') +
      final;
    const closed = await this.assemblies.transition(
      assembly.id,
      ['assembling'],
      'incomplete',
      now,
      [{ rule: 'assembly.incomplete', text }],
    );
    if (!closed) return false;
    for (const part of parts) {
      await this.messages.setStatus(part.messageId, 'incomplete', {
        assembly: assembly.id,
        missing: missing.join(' '),
      });
    }
    this.logger.warn(`closed incomplete: ${text}`);
    return true;
  }
}
