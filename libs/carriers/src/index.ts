export { CarriersModule } from './carriers.module';
export { CarrierRegistry } from './registry/carrier.registry';
export {
  carrierIdFromCertificate,
  type PeerCertificateLike,
} from './pki/carrier-id-from-certificate';
export {
  DEMO_CARRIER,
  DEVELOPMENT_CA_NAME,
  issueCarrierCertificate,
} from './pki/development-certificates';
export { DevelopmentPki } from './pki/development-pki';
export type {
  CarrierIdentity,
  IssuedCertificate,
  PkiMaterial,
  StoredCertificate,
} from './pki/pki-material';
