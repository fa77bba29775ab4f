import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AssemblePartsUseCase } from './assemble-parts.usecase';
import { CloseOverdueAssembliesUseCase } from './close-overdue-assemblies.usecase';
import { aPart, MultipartJournal } from './testing/multipart.journal';

const TIMEOUT_MS = 60000;

describe(CloseOverdueAssembliesUseCase.name, () => {
  let journal: MultipartJournal;
  let assemble: AssemblePartsUseCase;
  let sut: CloseOverdueAssembliesUseCase;

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    journal = await MultipartJournal.open();
    const config = { timeoutMs: TIMEOUT_MS, sweepIntervalMs: 1000 };
    assemble = new AssemblePartsUseCase(
      journal.assemblies,
      journal.messages,
      config,
      journal.documents,
    );
    sut = new CloseOverdueAssembliesUseCase(journal.assemblies, journal.messages);
  });
  afterAll(() => journal.close());

  /** Records the part and offers it to assembly; returns the message id and its set's id. */
  async function offered(access: string, n: number, last: boolean) {
    const messageId = await journal.record(aPart(access, n, last, [`P${n}`]));
    const decision = await assemble.execute({
      message: await journal.summary(messageId),
      carrier: 'DEMO',
    });
    return { messageId, assemblyId: decision.kind === 'waiting' ? decision.assembly.id : '' };
  }

  it('leaves a set alone before its timeout', async () => {
    const { assemblyId } = await offered(`A${randomUUID()}`, 1, false);

    await sut.execute({ now: new Date(Date.now() + TIMEOUT_MS / 2) });

    expect((await journal.assemblies.findById(assemblyId))?.status).toBe('assembling');
  });

  it('closes an overdue set as incomplete, naming the missing parts, and each part too', async () => {
    const access = `A${randomUUID()}`;
    const first = await offered(access, 1, false);
    const third = await offered(access, 3, true);

    const closed = await sut.execute({ now: new Date(Date.now() + TIMEOUT_MS + 1) });

    expect(closed).toBeGreaterThanOrEqual(1);
    const assembly = await journal.assemblies.findById(third.assemblyId);
    expect(assembly?.status).toBe('incomplete');
    expect(assembly?.findings).toEqual([
      {
        rule: 'assembly.incomplete',
        text: `PAXLST '${access}' from DEMO: parts 1, 3 arrived; missing 2.`,
      },
    ]);
    expect((await journal.summary(first.messageId)).status).toBe('incomplete');
    expect((await journal.summary(third.messageId)).status).toBe('incomplete');
  });

  it('says when the final part never came', async () => {
    const access = `A${randomUUID()}`;
    const { assemblyId } = await offered(access, 2, false);

    await sut.execute({ now: new Date(Date.now() + TIMEOUT_MS + 1) });

    expect((await journal.assemblies.findById(assemblyId))?.findings[0]?.text).toBe(
      `PAXLST '${access}' from DEMO: parts 2 arrived; missing 1. ` +
        'The final part (F) never came, so the count is unknown.',
    );
  });

  it('closes nothing twice', async () => {
    await offered(`A${randomUUID()}`, 1, false);
    const later = new Date(Date.now() + TIMEOUT_MS + 1);
    await sut.execute({ now: later });

    expect(await sut.execute({ now: later })).toBe(0);
  });
});
