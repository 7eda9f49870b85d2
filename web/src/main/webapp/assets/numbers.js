// Numbers as Vietnamese teachers type and read them (issue 17, item 5): "0,25" and "0.25" both mean
// 0.25, shown back as "0,25"; times in Vietnam time. One place for every page, so no page parses
// "0,25" as 25 again. Inputs for numbers are type="text" inputmode="decimal": a type="number" box
// in a browser set to Vietnamese drops the comma ("0,25" → "025").

/** "8,5", "8.5", " 0,25 " → the number; "", "1,2,3", "8,5a", "1 000" → null (refused, not guessed). */
export function parseNumber(text) {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  const s = String(text ?? '').trim();
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** The count of decimals as typed ("0,125" → 3), to refuse too many before the server does. */
export function decimals(text) {
  const s = String(text ?? '').trim();
  const i = Math.max(s.indexOf(','), s.indexOf('.'));
  return i < 0 ? 0 : s.length - i - 1;
}

/** 0.25 → "0,25", 8 → "8", 1.5 → "1,5" (vi) or "1.5" (en); no grouping, at most {max} decimals. */
export function formatNumber(n, max = 2, language = 'vi') {
  if (n === null || n === undefined || n === '' || !Number.isFinite(Number(n))) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : 'vi-VN', { maximumFractionDigits: max, useGrouping: false })
    .format(Number(n));
}

/** An ISO instant in Vietnam time, one format everywhere: "03/12/2026 09:30". */
export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(d);
  const p = Object.fromEntries(parts.map(x => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** A "datetime-local" value read as Vietnam time (UTC+7, no daylight saving) → an ISO instant. */
export function vietnamLocalToInstant(value) {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4] - 7, +m[5])).toISOString();
}

/** An ISO instant → a "datetime-local" value in Vietnam time. */
export function instantToVietnamLocal(iso) {
  const d = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
  return d.toISOString().slice(0, 16);
}
