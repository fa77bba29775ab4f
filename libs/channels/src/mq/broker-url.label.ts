/** A broker URL fit for logs: protocol, host, port and virtual host, never the credentials. */
export function brokerUrlLabel(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(unparseable broker URL)';
  }
}
