export { launchPaxgate, Launched, LaunchOptions, Role, ALL_ROLES } from './paxgate.launcher';
export { probeRedis } from './redis.probe';
export { GatewayModule } from './gateway.module';
export { WorkerModule } from './worker.module';
export { ConsoleModule } from './console.module';
export { runFromCommandLine } from './command-line.runner';
export { startBanner } from './start-banner';
export { isWorkerRoleThread, runWorkerRoleThread } from './worker-thread.entry';
