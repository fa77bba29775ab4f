export { HttpsChannelModule } from './https/https-channel.module';
export { readBoundedBody, BoundedBody } from './https/bounded-body.reader';
