import { escapeAttribute, escapeText } from '../escapeHtml.js';

/**
 * The report's charts, drawn here as inline SVG: the page needs no script, no library and no
 * network to show them, and every label is escaped like the rest of the page. Each chart is a
 * `<figure class="chart">` whose SVG has a `<title>` (what a screen reader says) and whose marks
 * carry their exact figures on hover.
 */

const WIDTH = 640;
const FONT = 'font-family="system-ui,sans-serif" font-size="12"';
const INK = '#1d1d1f';
const MUTED = '#6e6e73';

/** One bar of a {@link shareChart}. */
export interface ShareRow {
  label: string;
  count: number;
  /** A row that is not one entity (`other speakers`, `no speaker found`): drawn grey. */
  rest?: boolean;
}

function figure(id: string, title: string, height: number, body: string, caption: string): string {
  return `<figure class="chart" id="${escapeAttribute(id)}"><h3>${escapeText(title)}</h3><svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${escapeAttribute(id)}-title" ${FONT}><title id="${escapeAttribute(id)}-title">${escapeText(title)}</title>${body}</svg><figcaption>${escapeText(caption)}</figcaption></figure>`;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
// Under 1%, one decimal: `0.2%`, not `0%`.
const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(part * 100 < whole ? 1 : 0)}%` : '0%');

/**
 * Horizontal bars, one per row, as shares of `total`: the bar's length is the count, the label
 * at its end the count and its share. Lengths are scaled to the largest entity's row, so the
 * entities can be compared; a grey row (`other speakers`) longer than that is cut at the
 * chart's edge (its label still gives its count).
 */
export function shareChart(id: string, title: string, rows: readonly ShareRow[], total: number, caption: string): string {
  const labelWidth = 200;
  const barMax = WIDTH - labelWidth - 90;
  const rowHeight = 22;
  const named = rows.filter((r) => !r.rest);
  const max = Math.max(1, ...(named.length ? named : rows).map((r) => r.count));
  const bars = rows.map((r, i) => {
    const y = 8 + i * rowHeight;
    const w = Math.max(1, Math.min(barMax, Math.round((barMax * r.count) / max)));
    const share = `${r.count} (${percent(r.count, total)})`;
    return `<g class="bar"><title>${escapeText(`${r.label}: ${r.count} of ${total} quotes, ${percent(r.count, total)}`)}</title><text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" fill="${r.rest ? MUTED : INK}">${escapeText(clip(r.label, 27))}</text><rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" rx="2" fill="${r.rest ? '#c7c7cc' : '#e8a598'}"/><text x="${labelWidth + w + 6}" y="${y + 15}" fill="${MUTED}">${share}</text></g>`;
  });
  return figure(id, title, 16 + rows.length * rowHeight, bars.join(''), caption);
}

/** Counts per ISO day (`2016-03-02`): columns over the days from the first to the last, by month when they span more than two years. */
export function timeChart(id: string, title: string, perDay: ReadonlyMap<string, number>, caption: string): string {
  const days = [...perDay.keys()].sort();
  const first = Date.parse(`${days[0]}T00:00:00Z`);
  const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  const byMonth = last - first > 2 * 366 * 86_400_000;
  const buckets = new Map<string, number>();
  if (byMonth) {
    for (const [day, n] of perDay) buckets.set(day.slice(0, 7), (buckets.get(day.slice(0, 7)) ?? 0) + n);
    for (let d = new Date(first); d.getTime() <= last; d.setUTCMonth(d.getUTCMonth() + 1, 1)) {
      const key = d.toISOString().slice(0, 7);
      if (!buckets.has(key)) buckets.set(key, 0);
    }
  } else {
    for (let t = first; t <= last; t += 86_400_000) {
      const key = new Date(t).toISOString().slice(0, 10);
      buckets.set(key, perDay.get(key) ?? 0);
    }
  }
  const keys = [...buckets.keys()].sort();
  const left = 40;
  const top = 10;
  const plotWidth = WIDTH - left - 10;
  const plotHeight = 150;
  const max = Math.max(1, ...buckets.values());
  // A few days make wide columns: no wider than 80 px, so a column still reads as one day.
  const step = Math.min(80, plotWidth / keys.length);
  const columns = keys.map((k, i) => {
    const n = buckets.get(k)!;
    const h = (plotHeight * n) / max;
    return n === 0 ? '' : `<rect class="column" x="${(left + i * step).toFixed(2)}" y="${(top + plotHeight - h).toFixed(2)}" width="${Math.max(1, step - 1).toFixed(2)}" height="${h.toFixed(2)}" fill="#7aa7d9"><title>${escapeText(`${k}: ${n} quote${n === 1 ? '' : 's'}`)}</title></rect>`;
  });
  const ticks = [0, Math.round(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  const yAxis = ticks.map((v) => {
    const y = top + plotHeight - (plotHeight * v) / max;
    return `<line x1="${left}" x2="${WIDTH - 10}" y1="${y.toFixed(2)}" y2="${y.toFixed(2)}" stroke="#e5e5ea"/><text x="${left - 6}" y="${(y + 4).toFixed(2)}" text-anchor="end" fill="${MUTED}">${v}</text>`;
  });
  // Dates under the columns they name, each at least 100 px from the one before (a date is ~70 px wide).
  const labels: number[] = [];
  for (let i = 0; i < keys.length; i++) if (labels.length === 0 || (i - labels[labels.length - 1]!) * step >= 100) labels.push(i);
  const xAxis = labels.map((i) => `<text x="${(left + i * step + step / 2).toFixed(2)}" y="${top + plotHeight + 16}" text-anchor="middle" fill="${MUTED}">${escapeText(keys[i]!)}</text>`);
  return figure(id, title, top + plotHeight + 26, [...yAxis, ...columns, ...xAxis].join(''), `${caption}${byMonth ? ' (per month)' : ''}`);
}

/**
 * Who appears with whom: a triangle of cells, one per pair of `names`, shaded by the number
 * of articles that mention both (`count(i, j)`), with the number written in.
 */
export function pairChart(id: string, title: string, names: readonly string[], count: (i: number, j: number) => number, caption: string): string {
  const labelWidth = 190;
  const cell = Math.min(40, Math.floor((WIDTH - labelWidth - 10) / Math.max(1, names.length - 1)));
  const top = 8;
  const max = Math.max(1, ...names.flatMap((_, i) => names.slice(0, i).map((__, j) => count(i, j))));
  const out: string[] = [];
  // Rows from the second name, columns up to the one before last: the triangle below the diagonal, nothing empty.
  names.forEach((name, i) => {
    if (i === 0) return;
    const y = top + (i - 1) * cell;
    out.push(`<text x="${labelWidth - 8}" y="${y + cell / 2 + 4}" text-anchor="end" fill="${INK}">${escapeText(clip(name, 26))}<title>${escapeText(name)}</title></text>`);
    for (let j = 0; j < i; j++) {
      const n = count(i, j);
      const shade = n === 0 ? '#f4f4f6' : `rgba(155,59,43,${(0.15 + (0.85 * n) / max).toFixed(3)})`;
      out.push(`<g class="pair"><title>${escapeText(`${name} and ${names[j]}: ${n} article${n === 1 ? '' : 's'}`)}</title><rect x="${labelWidth + j * cell}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="${shade}"/>${n ? `<text x="${labelWidth + j * cell + (cell - 2) / 2}" y="${y + cell / 2 + 3}" text-anchor="middle" fill="${n > max / 2 ? '#fff' : INK}">${n}</text>` : ''}</g>`);
    }
  });
  // Column labels: the names again, under the triangle, at an angle.
  names.slice(0, -1).forEach((name, j) => {
    const x = labelWidth + j * cell + cell / 2;
    const y = top + (names.length - 1) * cell + 6;
    out.push(`<text transform="translate(${x},${y}) rotate(40)" fill="${MUTED}">${escapeText(clip(name, 18))}<title>${escapeText(name)}</title></text>`);
  });
  return figure(id, title, top + (names.length - 1) * cell + 110, out.join(''), caption);
}
