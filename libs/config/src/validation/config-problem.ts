import { envVarForPath } from '../loading/config-keys';

/** Keys whose values never appear in a message. */
const SECRET_KEYS = new Set(['adminToken', 'secret']);

/** 'routing.destinations[0].url' from ['routing', 'destinations', '0', 'url']. */
export function formatPath(path: readonly string[]): string {
  return path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`)).join('');
}

/** The key and, where there is one, the variable that sets it: 'gateway.port (PAXGATE_GATEWAY_PORT)'. */
export function describeSetting(path: readonly string[]): string {
  const env = envVarForPath(path);
  return env === undefined ? formatPath(path) : `${formatPath(path)} (${env})`;
}

/** Credentials in URLs (postgres://user:pass@...) are masked. */
function withoutPassword(text: string): string {
  if (!URL.canParse(text)) {
    return text;
  }
  const url = new URL(text);
  if (url.password === '') {
    return text;
  }
  url.password = '***';
  return url.toString();
}

export function describeValue(value: unknown, key?: string): string {
  if (value === undefined) {
    return 'nothing';
  }
  if (key !== undefined && SECRET_KEYS.has(key)) {
    return typeof value === 'string'
      ? `a hidden value of ${value.length} characters`
      : typeof value;
  }
  if (typeof value === 'string') {
    return `'${withoutPassword(value)}'`;
  }
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** 'gateway.port (PAXGATE_GATEWAY_PORT) must be an integer from 1 to 65535; got 'abc''. */
export function configProblem(path: readonly string[], message: string, value: unknown): string {
  return `${describeSetting(path)} ${message}; got ${describeValue(value, path[path.length - 1])}`;
}
