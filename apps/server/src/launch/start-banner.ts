import { relative } from 'node:path';
import { Launched } from './paxgate.launcher';

/** The few lines a newcomer needs: how to send a sample interchange, and how to look at it. */
export function startBanner(launched: Launched, cwd = process.cwd()): string {
  const lines = ['paxgate is running.'];
  const rel = (p: string) => relative(cwd, p) || p;
  if (launched.gatewayUrl && launched.pki) {
    const demo = launched.pki.carriers.DEMO ?? Object.values(launched.pki.carriers)[0];
    const gateway = launched.gatewayUrl.replace('127.0.0.1', 'localhost');
    lines.push(
      `  carriers (mutual TLS): ${gateway}/v1/interchanges`,
      '  send the sample PAXLST and read its CONTRL:',
      `    curl --cacert ${rel(launched.pki.ca.certPath)} --cert ${rel(demo.certPath)} --key ${rel(demo.keyPath)} \\`,
      `      -H 'Content-Type: application/edifact' --data-binary @config/samples/demo-paxlst.edi ${gateway}/v1/interchanges`,
    );
  }
  if (launched.consoleUrl) {
    lines.push(
      `  status API: ${launched.consoleUrl}/v1/interchanges  (OpenAPI: ${launched.consoleUrl}/docs)`,
      `  admin token: ${launched.config.console.adminToken}`,
      `    curl -H 'Authorization: Bearer ${launched.config.console.adminToken}' ${launched.consoleUrl}/v1/interchanges`,
    );
  }
  const local = launched.config.routing.destinations.find((d) => d.kind === 'directory');
  if (local && local.kind === 'directory') {
    lines.push(`  accepted messages are delivered to ${rel(local.path)}/`);
  }
  return lines.join('\n');
}
