export { AssemblePartsUseCase } from './assemble-parts.usecase';

export { CloseOverdueAssembliesUseCase } from './close-overdue-assemblies.usecase';
export { MessageDocumentStore } from './message-document.store';
export { assembledInterchange } from './assembled-interchange.builder';
export { assembledJson } from './assembled-json.builder';
export { AssemblyModule } from './assembly.module';
