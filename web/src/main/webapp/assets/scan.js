// Scanned answer sheets (issue 14): upload photos or PDF scans with a progress bar (upload, then the
// server's reading progress), the batch's sheets as a grid (problems first), the review screen (the
// photo with the detected marks drawn over it, corrections with a reason), and the confirmation that
// turns the sheets into scored attempts. The server decides everything; this page only shows and sends.
import { formatDateTime } from './numbers.js';
import { applyTranslations, bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, session, token } from './api.js';
import { errorText as describeError } from './messages.js';
import { $, el } from './dom.js';

register({
  scanTitle: 'Chấm phiếu trắc nghiệm', uploadTitle: '1. Tải ảnh phiếu lên', sitting: 'Buổi kiểm tra trên giấy',
  camera: '📷 Chụp phiếu', chooseFiles: 'Chọn nhiều ảnh hoặc tệp PDF', sheetsTitle: '2. Các phiếu đã đọc',
  sheetsEmpty: 'Chưa có phiếu nào.', close: 'Đóng', studentNumber: 'Số báo danh', versionCode: 'Mã đề',
  reason: 'Lí do sửa (bắt buộc)', save: 'Lưu sửa', history: 'Lịch sử sửa', confirmTitle: '3. Xác nhận và chấm điểm',
  confirm: 'Xác nhận đợt chấm', student: 'Học sinh', score: 'Điểm', noSittings: '— Không có buổi kiểm tra trên giấy —',
  uploading: 'Đang tải lên tệp {i}/{n}: {p}%', reading: 'Đang đọc phiếu: {done}/{total}', readDone: 'Đã đọc xong {total} trang.',
  page: 'Trang {n}', READ: 'Đọc được', NEEDS_REVIEW: 'Cần duyệt', REJECTED: 'Không phải phiếu',
  DOUBLE_MARK: 'tô hai ô', BLANK: 'bỏ trống', UNCLEAR: 'vết tô không rõ', UNKNOWN_STUDENT: 'không rõ số báo danh',
  UNKNOWN_VERSION: 'không rõ mã đề hoặc phiếu của đề khác', NOT_A_SHEET: 'không tìm thấy phiếu trong ảnh',
  question: 'Câu {n}', counts: '{read} đọc được · {review} cần duyệt · {rejected} bị loại', noStudent: 'chưa rõ học sinh',
  reviewTitle: 'Duyệt phiếu — trang {n}', needReason: 'Hãy ghi lí do sửa.', nothingChanged: 'Chưa sửa gì.',
  saved: 'Đã lưu sửa.', confirmed: 'Đã xác nhận {n} phiếu: bài làm đã được chấm.', pickSitting: 'Hãy chọn buổi kiểm tra.',
  badAnswer: 'Câu {n}: cách ghi chưa đúng.', scoreOf: 'Điểm (tạm tính): {s}', confirmedScore: 'Điểm: {s}',
  SHEETS_NEED_REVIEW: 'Còn phiếu cần duyệt.', BATCH_PROCESSING: 'Đang đọc phiếu, hãy chờ.', BATCH_CONFIRMED: 'Đợt chấm đã xác nhận.',
  tooLarge: 'Tệp lớn hơn 80 MB.', by: '{who}, {at}: {reason}'
}, {
  scanTitle: 'Mark answer sheets', uploadTitle: '1. Upload photos of the sheets', sitting: 'In-person sitting',
  camera: '📷 Photograph a sheet', chooseFiles: 'Choose photos or PDF scans', sheetsTitle: '2. Sheets read',
  sheetsEmpty: 'No sheet yet.', close: 'Close', studentNumber: 'Student number', versionCode: 'Version code',
  reason: 'Reason for the correction (required)', save: 'Save correction', history: 'Corrections',
  confirmTitle: '3. Confirm and score', confirm: 'Confirm the batch', student: 'Student', score: 'Score',
  noSittings: '— No in-person sitting —', uploading: 'Uploading file {i}/{n}: {p}%', reading: 'Reading sheets: {done}/{total}',
  readDone: 'Read all {total} pages.', page: 'Page {n}', READ: 'Read', NEEDS_REVIEW: 'Needs review', REJECTED: 'Not a sheet',
  DOUBLE_MARK: 'two bubbles filled', BLANK: 'left blank', UNCLEAR: 'unclear mark', UNKNOWN_STUDENT: 'unknown student number',
  UNKNOWN_VERSION: 'unknown version or another paper\'s sheet', NOT_A_SHEET: 'no answer sheet found in the photo',
  question: 'Question {n}', counts: '{read} read · {review} to review · {rejected} rejected', noStudent: 'student unknown',
  reviewTitle: 'Review — page {n}', needReason: 'Give a reason for the correction.', nothingChanged: 'Nothing was changed.',
  saved: 'Correction saved.', confirmed: 'Confirmed {n} sheets: the attempts are scored.', pickSitting: 'Choose a sitting.',
  badAnswer: 'Question {n}: not a valid answer.', scoreOf: 'Score (preview): {s}', confirmedScore: 'Score: {s}',
  SHEETS_NEED_REVIEW: 'Some sheets still need review.', BATCH_PROCESSING: 'Still reading; please wait.', BATCH_CONFIRMED: 'The batch is already confirmed.',
  tooLarge: 'The file is larger than 80 MB.', by: '{who}, {at}: {reason}'
});

const me = session();
if (!me) location.href = './';
const params = new URLSearchParams(location.search);
const state = { sittingId: params.get('sitting'), batchId: params.get('batch'), batch: null, sheet: null, image: null, polling: null };
const number = v => v === null || v === undefined ? '—' : Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 });
const when = iso => formatDateTime(iso); // one format, Vietnam time (issue 17, point 13)
const errorText = e => (e && (t(e.error) !== e.error ? t(e.error) : describeError(e))) || t('UNKNOWN');
const problemText = p => (p.question ? t('question', { n: p.question }) + ': ' : '') + t(p.kind);

function say(text, bad = false) {
  $('page-message').textContent = text;
  $('page-message').classList.toggle('bad', bad);
}

function remember() {
  const q = new URLSearchParams();
  if (state.sittingId) q.set('sitting', state.sittingId);
  if (state.batchId) q.set('batch', state.batchId);
  history.replaceState(null, '', '?' + q.toString());
}

// ---- sittings ------------------------------------------------------------------------------------

async function loadSittings() {
  const reply = await call('GET', 'sittings/mine');
  const select = $('sitting');
  select.innerHTML = '';
  const paper = reply.ok ? reply.data.sittings.filter(s => s.mode === 'IN_PERSON' && s.role !== 'STUDENT') : [];
  if (!paper.length) select.append(el('option', { value: '', textContent: t('noSittings') }));
  paper.forEach(s => select.append(el('option', { value: String(s.id), textContent: `${s.title} · ${when(s.opensAt)}` })));
  if (state.sittingId && paper.some(s => String(s.id) === state.sittingId)) select.value = state.sittingId;
  state.sittingId = select.value || null;
}

$('sitting').addEventListener('change', () => {
  state.sittingId = $('sitting').value || null;
  state.batchId = null;
  state.batch = null;
  remember();
  drawSheets();
});

// ---- upload --------------------------------------------------------------------------------------

// One XMLHttpRequest per file (fetch() cannot report upload progress); later files join the batch.
function send(file, i, n) {
  return new Promise(resolve => {
    const xhr = new XMLHttpRequest();
    const q = `sittingId=${encodeURIComponent(state.sittingId)}` + (state.batchId ? `&batchId=${state.batchId}` : '');
    xhr.open('POST', 'api/v1/scans?' + q);
    xhr.setRequestHeader('Authorization', 'Bearer ' + token());
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.addEventListener('progress', e => {
      if (!e.lengthComputable) return;
      const p = Math.round(100 * e.loaded / e.total);
      $('upload-progress').value = Math.round(100 * (i + e.loaded / e.total) / n);
      $('progress-text').textContent = t('uploading', { i: i + 1, n, p });
    });
    xhr.addEventListener('load', () => {
      let data = {};
      try { data = JSON.parse(xhr.responseText || '{}'); } catch (e) { data = {}; }
      resolve(xhr.status === 202 ? { ok: true, data } : { ok: false, error: data });
    });
    xhr.addEventListener('error', () => resolve({ ok: false, error: { error: 'NETWORK' } }));
    xhr.send(file);
  });
}

async function upload(files) {
  $('upload-error').textContent = '';
  if (!state.sittingId) { $('upload-error').textContent = t('pickSitting'); return; }
  if (state.batch?.state === 'CONFIRMED') state.batchId = null;
  const list = [...files];
  $('progress-box').hidden = false;
  for (let i = 0; i < list.length; i++) {
    if (list[i].size > 80 * 1024 * 1024) { $('upload-error').textContent = `${list[i].name}: ${t('tooLarge')}`; continue; }
    const reply = await send(list[i], i, list.length);
    if (!reply.ok) { $('upload-error').textContent = `${list[i].name}: ${errorText(reply.error)}`; continue; }
    state.batchId = String(reply.data.batchId);
    remember();
  }
  poll();
}
$('files').addEventListener('change', e => { upload(e.target.files); e.target.value = ''; });
$('camera').addEventListener('change', e => { upload(e.target.files); e.target.value = ''; });

// ---- the batch -----------------------------------------------------------------------------------

async function poll() {
  clearTimeout(state.polling);
  if (!state.batchId) return;
  const reply = await call('GET', `scans/batches/${state.batchId}`);
  if (!reply.ok) { say(errorText(reply.error), true); return; }
  state.batch = reply.data;
  const { done, total } = reply.data.progress;
  $('progress-box').hidden = false;
  $('upload-progress').value = total ? Math.round(100 * done / total) : 0;
  $('progress-text').textContent = reply.data.status === 'PROCESSING' ? t('reading', { done, total }) : t('readDone', { total });
  drawSheets();
  if (reply.data.status === 'PROCESSING') state.polling = setTimeout(poll, 1000);
}

const ORDER = { NEEDS_REVIEW: 0, REJECTED: 1, READ: 2 };

function drawSheets() {
  const sheets = [...(state.batch?.sheets || [])].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.page - b.page);
  const grid = $('sheets');
  grid.innerHTML = '';
  $('sheets-empty').hidden = sheets.length > 0;
  const count = s => sheets.filter(x => x.status === s).length;
  $('counts').textContent = sheets.length ? t('counts', { read: count('READ'), review: count('NEEDS_REVIEW'), rejected: count('REJECTED') }) : '';
  sheets.forEach(s => {
    const card = el('button', { type: 'button', class: 'sheet-card', 'data-status': s.status, 'data-sheet': String(s.id ?? s.sheetId) },
      el('span', { class: 'state', textContent: `${t('page', { n: s.page })} · ${t(s.status)}` }),
      el('strong', { textContent: s.studentId ? `${s.studentNumber} · ${s.studentId}` : (s.studentNumber || t('noStudent')) }),
      el('span', { class: 'muted', textContent: `${t('versionCode')}: ${s.versionCode ?? '—'} · ${s.attemptId ? t('confirmedScore', { s: number(s.score) }) : t('scoreOf', { s: number(s.score) })}` }),
      s.problems.filter(p => p.kind !== 'BLANK').length ? el('span', { class: 'muted', textContent: s.problems.filter(p => p.kind !== 'BLANK').map(problemText).join('; ') }) : '');
    card.addEventListener('click', () => openSheet(s.sheetId));
    grid.append(el('li', {}, card));
  });
  const confirmed = state.batch?.state === 'CONFIRMED';
  $('confirm').disabled = !state.batch || state.batch.status !== 'DONE' || confirmed || count('NEEDS_REVIEW') > 0 || !count('READ');
}

// ---- review --------------------------------------------------------------------------------------

async function openSheet(id) {
  const reply = await call('GET', `scans/sheets/${id}`);
  if (!reply.ok) { say(errorText(reply.error), true); return; }
  const sheet = reply.data;
  state.sheet = sheet;
  $('review').hidden = false;
  $('review-title').textContent = t('reviewTitle', { n: sheet.page });
  $('review-error').textContent = '';
  $('fix-reason').value = '';
  $('fix-student').value = sheet.studentNumber || '';
  $('fix-version').value = sheet.versionCode || '';
  $('student-name').textContent = sheet.studentName || '';
  $('review-problems').innerHTML = '';
  sheet.problems.filter(p => p.kind !== 'BLANK').forEach(p => $('review-problems').append(el('li', { textContent: problemText(p) })));
  drawAnswers(sheet);
  $('history').innerHTML = '';
  sheet.corrections.forEach(c => $('history').append(el('li', { textContent: t('by', { who: c.by, at: when(c.at), reason: c.details.reason }) + ` — ${c.details.before} → ${c.details.after}` })));
  $('history-box').hidden = sheet.corrections.length === 0;
  state.image = null;
  const response = await fetch(`api/v1/scans/sheets/${id}/image`, { headers: { Authorization: 'Bearer ' + token() } });
  if (response.ok && sheet.imageWidth > 0) {
    const image = new Image();
    image.addEventListener('load', () => { state.image = image; drawPhoto(); });
    image.src = URL.createObjectURL(await response.blob());
  } else {
    drawPhoto();
  }
  $('review').scrollIntoView({ behavior: 'smooth', block: 'start' });
}
$('review-close').addEventListener('click', () => { $('review').hidden = true; });

const show = (kind, v) => {
  if (v === null || v === undefined) return '';
  if (kind === 'CLUSTER') return ['a', 'b', 'c', 'd', 'e', 'f'].filter(k => k in v).map(k => v[k] === null ? '-' : v[k] ? 'Đ' : 'S').join(' ');
  return String(v);
};

function drawAnswers(sheet) {
  const box = $('answers');
  box.innerHTML = '';
  const flagged = new Set(sheet.problems.filter(p => p.question && p.kind !== 'BLANK').map(p => p.question));
  sheet.questions.forEach(q => {
    const input = el('input', { value: show(q.kind, sheet.answers[q.number]), autocomplete: 'off', maxLength: q.kind === 'CLUSTER' ? 12 : 5 });
    input.dataset.question = String(q.number);
    input.dataset.kind = q.kind;
    input.dataset.original = input.value;
    const label = el('label', { class: flagged.has(q.number) ? 'problem' : '' }, el('span', { textContent: q.number + '.' }), input);
    box.append(label);
  });
  // problems first: the first flagged question gets the focus on wide screens
  box.querySelector('label.problem input')?.focus({ preventScroll: true });
}

function parse(kind, text, n) {
  const s = text.trim().toUpperCase();
  if (!s) return null;
  if (kind === 'CHOICE') { if (/^[A-F]$/.test(s)) return s; throw new Error(t('badAnswer', { n })); }
  if (kind === 'SHORT') { const v = s.replace('.', ','); if (/^-?[0-9]+(,[0-9]+)?$/.test(v) && v.length <= 4) return v; throw new Error(t('badAnswer', { n })); }
  const parts = s.replace(/[,;]/g, ' ').split(/\s+/).filter(Boolean);
  if (parts.length < 1 || parts.length > 6) throw new Error(t('badAnswer', { n }));
  const out = {};
  parts.forEach((p, i) => {
    const key = 'abcdef'[i];
    if (['Đ', 'D', 'T'].includes(p)) out[key] = true;
    else if (['S', 'F'].includes(p)) out[key] = false;
    else if (p === '-') out[key] = null;
    else throw new Error(t('badAnswer', { n }));
  });
  return out;
}

function drawPhoto() {
  const canvas = $('review-canvas');
  const sheet = state.sheet;
  const w = sheet.imageWidth || 600;
  const h = sheet.imageHeight || 800;
  const scale = Math.min(1, 900 / w);
  canvas.width = Math.round(w * scale);
  canvas.height = Math.round(h * scale);
  const g = canvas.getContext('2d');
  g.fillStyle = '#0f172a';
  g.fillRect(0, 0, canvas.width, canvas.height);
  if (state.image) g.drawImage(state.image, 0, 0, canvas.width, canvas.height);
  const flagged = new Set(sheet.problems.filter(p => p.question && p.kind !== 'BLANK').map(p => p.question));
  sheet.marks.forEach(([x, y, r, s, q]) => {
    const problem = q && flagged.has(q);
    if (s === 'E' && !problem) return;
    g.beginPath();
    g.arc(x * scale, y * scale, Math.max(3, (r + 2) * scale), 0, 2 * Math.PI);
    g.lineWidth = s === 'U' || problem ? 3 : 2;
    g.strokeStyle = problem ? '#dc2626' : s === 'U' ? '#f59e0b' : '#2563eb';
    g.stroke();
  });
}

$('review-form').addEventListener('submit', async e => {
  e.preventDefault();
  const sheet = state.sheet;
  const body = { reason: $('fix-reason').value.trim() };
  try {
    const answers = {};
    $('answers').querySelectorAll('input').forEach(input => {
      if (input.value.trim() !== input.dataset.original.trim()) answers[input.dataset.question] = parse(input.dataset.kind, input.value, input.dataset.question);
    });
    // a flagged question left as it is: the reviewer accepts what is shown (blank stays null)
    sheet.problems.filter(p => p.question && p.kind !== 'BLANK' && !(String(p.question) in answers)).forEach(p => {
      const input = $('answers').querySelector(`input[data-question="${p.question}"]`);
      if (input) answers[p.question] = parse(input.dataset.kind, input.value, p.question);
    });
    if (Object.keys(answers).length) body.answers = answers;
  } catch (err) {
    $('review-error').textContent = err.message;
    return;
  }
  if ($('fix-student').value.trim() !== (sheet.studentNumber || '')) body.studentNumber = $('fix-student').value.trim();
  if ($('fix-version').value.trim() !== (sheet.versionCode || '')) body.versionCode = $('fix-version').value.trim();
  if (!body.answers && body.studentNumber === undefined && body.versionCode === undefined) { $('review-error').textContent = t('nothingChanged'); return; }
  if (!body.reason) { $('review-error').textContent = t('needReason'); $('fix-reason').focus(); return; }
  $('fix-save').disabled = true;
  const reply = await call('PUT', `scans/sheets/${sheet.sheetId}`, body);
  $('fix-save').disabled = false;
  if (!reply.ok) { $('review-error').textContent = errorText(reply.error); return; }
  say(t('saved'));
  await poll();
  openSheet(sheet.sheetId);
});

// ---- confirm -------------------------------------------------------------------------------------

$('confirm').addEventListener('click', async () => {
  $('confirm-error').textContent = '';
  $('confirm').disabled = true;
  const reply = await call('POST', `scans/batches/${state.batchId}/confirm`);
  if (!reply.ok) { $('confirm-error').textContent = errorText(reply.error); $('confirm').disabled = false; return; }
  say(t('confirmed', { n: reply.data.confirmed }));
  const body = $('results').querySelector('tbody');
  body.innerHTML = '';
  reply.data.attempts.forEach(a => body.append(el('tr', { 'data-student': a.studentId }, el('td', { textContent: a.studentId }), el('td', { class: 'score', textContent: number(a.score) }))));
  $('results').hidden = false;
  poll();
});

// ---- start ---------------------------------------------------------------------------------------

$('display-name').textContent = me?.displayName || me?.username || '';
bindLanguageSwitch(() => { applyTranslations(); drawSheets(); });
applyTranslations();
loadSittings().then(() => { remember(); poll(); });
