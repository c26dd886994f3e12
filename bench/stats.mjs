// The statistics both benchmarks print (scripts/bench.mjs, scripts/bench-ab.mjs): medians and ratios of medians with
// a 95 % bootstrap interval over rounds.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A seeded generator, so a run's intervals can be reproduced from its samples. */
function rng(seed = 42) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * Ratio of medians a/b with a 95 % percentile-bootstrap interval: the rounds are resampled with replacement (paired:
 * one round's a and b stay together, as they ran side by side), 2,000 times.
 */
export function ratio(a, b) {
  const point = median(a) / median(b);
  if (a.length < 2) return { point, lo: NaN, hi: NaN };
  const random = rng();
  const stats = [];
  for (let i = 0; i < 2000; i++) {
    const idx = Array.from({ length: a.length }, () => Math.floor(random() * a.length));
    stats.push(median(idx.map((j) => a[j])) / median(idx.map((j) => b[j])));
  }
  stats.sort((x, y) => x - y);
  return { point, lo: stats[Math.floor(0.025 * stats.length)], hi: stats[Math.ceil(0.975 * stats.length) - 1] };
}

/** `1.23× (1.20–1.27)`; `—` when there is no figure. */
export const fmtRatio = (r, digits = 2) =>
  Number.isFinite(r.point)
    ? `${r.point.toFixed(digits)}×${Number.isFinite(r.lo) ? ` (${r.lo.toFixed(digits)}–${r.hi.toFixed(digits)})` : ''}`
    : '—';

export const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)} ms` : '—');
