/**
 * Splits rows for multi-row inserts: SQLite allows 32,766 bound values in one statement and
 * PostgreSQL 65,535, and a badly broken interchange can carry thousands of findings.
 */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
