import { Module } from '@nestjs/common';
import { AssemblePartsUseCase } from './assemble-parts.usecase';
import { CloseOverdueAssembliesUseCase } from './close-overdue-assemblies.usecase';
import { MessageDocumentStore } from './message-document.store';

/** Multi-part assembly over the journal; JournalModule and the configuration are global. */
@Module({
  providers: [AssemblePartsUseCase, CloseOverdueAssembliesUseCase, MessageDocumentStore],
  exports: [AssemblePartsUseCase, CloseOverdueAssembliesUseCase, MessageDocumentStore],
})
export class AssemblyModule {}
