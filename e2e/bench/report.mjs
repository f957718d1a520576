// Plain-text tables and the target bookkeeping for the bench output.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export const bytes = (n) => n.toLocaleString('en-US');
export const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
export const ms = (n, digits = 0) => (n === null ? '—' : `${n.toFixed(digits)} ms`);
export const score = (n) => (n === null ? '—' : n.toFixed(2));

/** Left-aligns the first column and right-aligns the others. */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join(
    '\n',
  );
}

/**
 * A figure checked against its target. `kind` is 'max' (value must be ≤ limit, or < limit when
 * `strict`) or 'min' (value must be ≥ limit). `fmt` formats values and gaps alike.
 */
export function check({ figure, value, kind, limit, strict = false, fmt, target }) {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return { figure, value: 'not measured', target, status: 'NOT MEASURED', met: false };
  }
  const met =
    kind === 'min' ? value >= limit : strict ? value < limit : value <= limit;
  const gap = Math.abs(value - limit);
  const rel = limit === 0 ? '' : ` (${((gap / limit) * 100).toFixed(1)}%)`;
  const status = met
    ? 'met'
    : `MISSED by ${fmt(gap)}${rel}${kind === 'min' ? ' too low' : ' too high'}`;
  return { figure, value: fmt(value), target, status, met };
}

export function section(title) {
  return `\n== ${title} ==`;
}
