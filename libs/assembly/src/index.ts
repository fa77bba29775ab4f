export type { AssemblyDecision } from './assembly-decision';
export type { AssemblePartsCommand } from './assemble-parts.command';
export { AssemblePartsUseCase } from './assemble-parts.usecase';
export type { CloseOverdueAssembliesCommand } from './close-overdue-assemblies.command';
export { CloseOverdueAssembliesUseCase } from './close-overdue-assemblies.usecase';
export { MessageDocumentStore } from './message-document.store';
export { assembledInterchange } from './assembled-interchange.builder';
export { assembledJson } from './assembled-json.builder';
export { AssemblyModule } from './assembly.module';
