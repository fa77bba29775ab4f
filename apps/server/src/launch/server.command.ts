import { ALL_ROLES, Role } from './paxgate.launcher';
import { runFromCommandLine } from './command-line.runner';

const USAGE = `usage: paxgate-server [ROLE...]   roles: ${ALL_ROLES.join(', ')} (all by default)`;

function isRole(name: string): name is Role {
  return (ALL_ROLES as readonly string[]).includes(name);
}

/**
 * The server's command line: the roles to run (every one by default) in this process, started
 * from `script`, this program's own file. Exits at once when the start fails (a handle left
 * open by a half-started role must not keep the process up); 2 for unknown roles.
 */
export async function runServer(args: string[], script: string): Promise<number> {
  const unknown = args.find((a) => !isRole(a));
  if (unknown !== undefined) {
    process.stderr.write(`paxgate: unknown role '${unknown}'\n${USAGE}\n`);
    return 2;
  }
  const roles = args.length > 0 ? args.filter(isRole) : ALL_ROLES;
  const code = await runFromCommandLine(roles, { threadScript: script });
  if (code !== 0) process.exit(code);
  return code;
}
