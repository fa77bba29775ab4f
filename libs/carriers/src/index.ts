export { CarriersModule } from './carriers.module';
export { CarrierRegistry } from './registry/carrier.registry';
export {
  carrierIdFromCertificate,
  type PeerCertificateLike,
} from './pki/carrier-id-from-certificate';
export { issueCarrierCertificate } from './pki/development-certificates';
export { DevelopmentPki } from './pki/development-pki';
export { PkiMaterial } from './pki/pki-material';
