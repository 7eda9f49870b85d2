// The proctor's dashboard: my sittings, then one sitting live over the monitor socket
// (api-contract.md "Monitor socket"): the roster grid, the incident feed with confirm/dismiss, the
// commands MESSAGE, PAUSE, RESUME, EXTEND, TERMINATE, ADMIT, the false-positive rate per kind, and
// an attempt's report (timeline of answers and events, with a chart).
import { applyTranslations, bindLanguageSwitch, register, t } from './i18n.js';
import { call, session } from './api.js';
import { describeProblem, errorText, label } from './messages.js';
import { formatDateTime } from './numbers.js';
import { liveSocket } from './socket.js';
import { $, el } from './dom.js';

register({
  proctorTitle: 'Giám sát thi trực tuyến', noSittings: 'Thầy/cô chưa được phân công giám sát buổi kiểm tra nào.',
  open: 'Mở', messageAll: 'Nhắn cả phòng', send: 'Gửi', roster: 'Danh sách thí sinh', student: 'Học sinh', status: 'Trạng thái',
  connected: 'Kết nối', answered: 'Đã trả lời', timeLeft: 'Còn lại', incidents: 'Sự cố', actions: 'Thao tác',
  incidentFeed: 'Sự cố', falsePositives: 'Tỉ lệ báo nhầm theo loại', kind: 'Loại', raised: 'Số lần', dismissed: 'Bỏ qua', fpRate: 'Tỉ lệ báo nhầm',
  reportTitle: 'Diễn biến bài làm', chartCaption: 'Số câu đã trả lời theo thời gian; vạch đỏ là sự cố.', time: 'Thời điểm', what: 'Diễn biến', detail: 'Chi tiết',
  cancel: 'Huỷ', ok: 'Đồng ý', live: '● Đang kết nối trực tiếp', reconnecting: 'Mất kết nối, đang nối lại…',
  summary: '{connected}/{total} đang kết nối · {submitted} đã nộp · {incidents} sự cố',
  NOT_STARTED: 'Chưa bắt đầu', IN_PROGRESS: 'Đang làm', PAUSED: 'Tạm dừng', SUBMITTED: 'Đã nộp', GRADED: 'Đã chấm',
  MESSAGE: 'Nhắn', PAUSE: 'Tạm dừng', RESUME: 'Tiếp tục', EXTEND: 'Cộng giờ', TERMINATE: 'Thu bài', ADMIT: 'Cho vào', REPORT: 'Diễn biến',
  askMessage: 'Nhắn cho {name}', askExtend: 'Cộng thêm bao nhiêu phút cho {name}?', askTerminate: 'Thu bài của {name}: lí do',
  minutes: 'Số phút', text: 'Nội dung', reason: 'Lí do', done: 'Đã thực hiện: {action}', failed: 'Không thực hiện được: {message}',
  confirm: 'Xác nhận', dismiss: 'Bỏ qua', CONFIRMED: 'Đã xác nhận', DISMISSED: 'Đã bỏ qua',
  FOCUS_LOST: 'Rời khỏi trang', FOCUS_BACK: 'Quay lại trang', VISIBILITY_HIDDEN: 'Ẩn trang', FULLSCREEN_EXIT: 'Thoát toàn màn hình',
  PASTE: 'Dán nội dung', COPY: 'Sao chép', CONTEXT_MENU: 'Mở menu chuột phải', DEVTOOLS: 'Mở công cụ lập trình',
  NETWORK_OFFLINE: 'Mất mạng', SECOND_DEVICE: 'Mở trên thiết bị thứ hai', ANSWER: 'Trả lời câu {item} (seq {seq})',
  notAnswered: 'chưa trả lời', ONLINE: 'Trực tuyến', IN_PERSON: 'Tại trường',
  overrideClose: 'Cho phép vượt quá giờ đóng buổi kiểm tra', minutesInvalid: 'Nhập số phút từ 1 đến 600.',
  confirmExtend: 'Cộng {minutes} phút cho {name}?', confirmCap: 'Không vượt quá giờ đóng buổi kiểm tra ({close}).',
  confirmOverride: 'Vượt quá giờ đóng buổi kiểm tra ({close}).', extendedBy: 'Cộng giờ: +{granted} phút (xin {requested}){capped} — {by}',
  cappedNote: ', giới hạn ở giờ đóng', overrideNote: ', vượt giờ đóng', extendCapped: 'Chỉ cộng được {granted} phút: buổi kiểm tra đóng lúc {close}.',
  PAST_CLOSE: 'Đã đến giờ đóng buổi kiểm tra: muốn cộng thêm phải chọn "Cho phép vượt quá giờ đóng".', EXTEND_DONE: 'Đã cộng {granted} phút.',
  answerAt: 'Trả lời câu {n}', answerSeq: 'lần lưu {seq}', unanswered: '(bỏ trống)', trueWord: 'Đúng', falseWord: 'Sai',
  action_MESSAGE: 'Giám thị nhắn', action_MESSAGE_ROOM: 'Giám thị nhắn cả phòng', action_PAUSE: 'Giám thị tạm dừng bài',
  action_RESUME: 'Giám thị cho tiếp tục', action_TERMINATE: 'Giám thị thu bài', action_ADMIT: 'Giám thị cho vào phòng thi',
  action_EXTEND: 'Giám thị cộng giờ', byWhom: 'người thực hiện: {by}', answerParts: '{n} phần đã trả lời'
}, {
  proctorTitle: 'Proctor online tests', noSittings: 'You are not proctoring any test.',
  open: 'Open', messageAll: 'Message everyone', send: 'Send', roster: 'Candidates', student: 'Student', status: 'Status',
  connected: 'Online', answered: 'Answered', timeLeft: 'Time left', incidents: 'Incidents', actions: 'Actions',
  incidentFeed: 'Incidents', falsePositives: 'False-positive rate by kind', kind: 'Kind', raised: 'Raised', dismissed: 'Dismissed', fpRate: 'False positives',
  reportTitle: 'Attempt report', chartCaption: 'Questions answered over time; red marks are incidents.', time: 'Time', what: 'What', detail: 'Detail',
  cancel: 'Cancel', ok: 'OK', live: '● Live', reconnecting: 'Connection lost, reconnecting…',
  summary: '{connected}/{total} online · {submitted} submitted · {incidents} incidents',
  NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', PAUSED: 'Paused', SUBMITTED: 'Submitted', GRADED: 'Graded',
  MESSAGE: 'Message', PAUSE: 'Pause', RESUME: 'Resume', EXTEND: 'Extend', TERMINATE: 'Terminate', ADMIT: 'Admit', REPORT: 'Report',
  askMessage: 'Message to {name}', askExtend: 'How many minutes more for {name}?', askTerminate: 'Terminate {name}\'s test: reason',
  minutes: 'Minutes', text: 'Text', reason: 'Reason', done: 'Done: {action}', failed: 'Not done: {message}',
  confirm: 'Confirm', dismiss: 'Dismiss', CONFIRMED: 'Confirmed', DISMISSED: 'Dismissed',
  FOCUS_LOST: 'Left the page', FOCUS_BACK: 'Came back', VISIBILITY_HIDDEN: 'Page hidden', FULLSCREEN_EXIT: 'Left full screen',
  PASTE: 'Pasted', COPY: 'Copied', CONTEXT_MENU: 'Context menu', DEVTOOLS: 'Developer tools',
  NETWORK_OFFLINE: 'Network lost', SECOND_DEVICE: 'Second device', ANSWER: 'Answered item {item} (seq {seq})',
  notAnswered: 'not answered', ONLINE: 'Online', IN_PERSON: 'In person',
  overrideClose: 'Allow going past the sitting\'s close', minutesInvalid: 'Type a number of minutes from 1 to 600.',
  confirmExtend: 'Give {name} {minutes} more minutes?', confirmCap: 'Not past the sitting\'s close ({close}).',
  confirmOverride: 'Past the sitting\'s close ({close}).', extendedBy: 'Extended: +{granted} min (asked {requested}){capped} — {by}',
  cappedNote: ', capped at the close', overrideNote: ', past the close', extendCapped: 'Only {granted} minutes given: the sitting closes at {close}.',
  PAST_CLOSE: 'The sitting\'s close has been reached: tick "Allow going past the close" to add more.', EXTEND_DONE: '{granted} minutes given.',
  answerAt: 'Answered question {n}', answerSeq: 'save {seq}', unanswered: '(left blank)', trueWord: 'True', falseWord: 'False',
  action_MESSAGE: 'Proctor\'s message', action_MESSAGE_ROOM: 'Proctor\'s message to the room', action_PAUSE: 'Proctor paused the test',
  action_RESUME: 'Proctor resumed the test', action_TERMINATE: 'Proctor ended the test', action_ADMIT: 'Proctor admitted the student',
  action_EXTEND: 'Proctor extended the time', byWhom: 'by {by}', answerParts: '{n} parts answered'
});

const me = session();
if (!me) location.href = './';
const live = { sittingId: null, roster: new Map(), ticker: null, receivedAt: new Map() };

function notify(text) {
  const box = $('notice');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

async function showList() {
  const reply = await call('GET', 'sittings/mine');
  const mine = reply.ok ? reply.data.sittings.filter(s => s.role === 'PROCTOR' || s.role === 'CREATOR') : [];
  $('list-empty').hidden = mine.length > 0;
  const list = $('sitting-list');
  list.innerHTML = '';
  mine.forEach(s => {
    const info = el('div', {}, el('strong', { textContent: s.title }),
      el('div', { className: 'muted', textContent: `${t(s.mode)} · ${formatDateTime(s.opensAt)} – ${formatDateTime(s.closesAt)}` }));
    const open = el('button', { type: 'button', className: 'primary', textContent: t('open') });
    open.dataset.sitting = s.id;
    open.addEventListener('click', () => { location.search = `?sitting=${s.id}`; });
    list.append(el('li', { className: 'card' }, info, open));
  });
}

// ---- live monitor ---------------------------------------------------------------------------------

async function showMonitor(sittingId) {
  live.sittingId = sittingId;
  $('list-view').hidden = true;
  $('monitor-view').hidden = false;
  const sitting = await call('GET', `sittings/${sittingId}`);
  if (sitting.ok) {
    $('sitting-title').textContent = sitting.data.title;
    live.closesAt = sitting.data.closesAt;
    live.admissionRequired = !!sitting.data.admissionRequired;
  }
  connect();
  loadReport();
  clearInterval(live.ticker);
  live.ticker = setInterval(drawClocks, 1000);
}

// One socket loop for the live pages (socket.js): hello, backoff 0.5 s … 10 s; what a close means is decided here.
const link = liveSocket(() => `ws/sittings/${live.sittingId}/monitor`, {
  onMessage: m => onMessage(m),
  onClose: e => {
    clearInterval(live.heartbeat);
    if (e.code === 4401) { location.href = './'; return false; }
    if (e.code === 4403) { notify(t('failed', { message: '403' })); return false; }
    $('link-state').textContent = t('reconnecting');
    return true;
  }
});

function connect() {
  link.connect();
}

function command(action, attemptId, extra = {}) {
  link.send({ type: 'command', action, attemptId, ...extra });
}

function onMessage(m) {
  if (m.type === 'roster') {
    link.connected();
    $('link-state').textContent = t('live');
    clearInterval(live.heartbeat);
    live.heartbeat = setInterval(() => link.send('{"type":"heartbeat"}'), 15000);
    live.roster = new Map(m.students.map(s => [s.attemptId, s]));
    m.students.forEach(s => live.receivedAt.set(s.attemptId, Date.now()));
    drawRoster();
  } else if (m.type === 'update') {
    live.roster.set(m.attemptId, { ...(live.roster.get(m.attemptId) || {}), ...m });
    live.receivedAt.set(m.attemptId, Date.now());
    drawRoster(m.attemptId);
  } else if (m.type === 'incident') {
    addIncident(m, true);
    const line = live.roster.get(m.attemptId);
    if (line) { line.incidents = (line.incidents || 0) + 1; drawRoster(m.attemptId); }
  } else if (m.type === 'done') {
    if (m.action === 'EXTEND' && m.grantedSeconds !== undefined) {
      const granted = String(Math.round(m.grantedSeconds / 6) / 10).replace('.', ',');
      notify(m.capped ? t('extendCapped', { granted, close: formatDateTime(live.closesAt) }) : t('EXTEND_DONE', { granted }));
    } else notify(t('done', { action: t(m.action) }));
  } else if (m.type === 'error') {
    notify(m.code === 'PAST_CLOSE' ? t('PAST_CLOSE') : t('failed', { message: describeProblem({ error: m.code }) }));
  }
}

function remaining(line) {
  if (line.remainingSeconds === null || line.remainingSeconds === undefined) return null;
  if (line.status !== 'IN_PROGRESS') return line.remainingSeconds;
  return Math.max(0, line.remainingSeconds - Math.floor((Date.now() - (live.receivedAt.get(line.attemptId) || Date.now())) / 1000));
}

function clock(seconds) {
  if (seconds === null) return '—';
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function drawClocks() {
  document.querySelectorAll('#roster tbody tr').forEach(tr => {
    const line = live.roster.get(Number(tr.dataset.attempt)) || live.roster.get(tr.dataset.attempt);
    if (line) tr.querySelector('.left').textContent = clock(remaining(line));
  });
}

function drawRoster(changed) {
  const body = $('roster').querySelector('tbody');
  body.innerHTML = '';
  const lines = [...live.roster.values()].sort((a, b) => a.studentId.localeCompare(b.studentId));
  lines.forEach(line => {
    const tr = el('tr');
    tr.dataset.attempt = line.attemptId;
    tr.dataset.student = line.studentId;
    if (changed !== undefined && String(changed) === String(line.attemptId)) tr.className = 'changed';
    const dot = el('span', { className: 'dot' + (line.connected ? ' on' : '') });
    dot.setAttribute('aria-label', line.connected ? 'online' : 'offline');
    const actions = el('div', { className: 'actions' });
    const name = line.studentName || line.studentId;
    const button = (action, run) => { const b = el('button', { type: 'button', className: 'secondary', textContent: t(action) }); b.dataset.action = action; b.addEventListener('click', run); actions.append(b); };
    if (line.status === 'IN_PROGRESS' || line.status === 'NOT_STARTED' || line.status === 'PAUSED') {
      button('MESSAGE', () => ask(t('askMessage', { name }), t('text'), 'text', v => command('MESSAGE', line.attemptId, { text: v })));
      if (line.status === 'IN_PROGRESS') button('PAUSE', () => command('PAUSE', line.attemptId));
      if (line.status === 'PAUSED') button('RESUME', () => command('RESUME', line.attemptId));
      button('EXTEND', () => askExtend(name, line.attemptId));
      button('TERMINATE', () => ask(t('askTerminate', { name }), t('reason'), 'text', v => command('TERMINATE', line.attemptId, { text: v })));
      // Only a sitting that requires admission has anyone to admit (issue 17, item 14).
      if (live.admissionRequired && line.admitted === false && line.status === 'NOT_STARTED') button('ADMIT', () => command('ADMIT', line.attemptId));
    }
    button('REPORT', () => window.open(`proctor.html?report=${line.attemptId}`, '_blank'));
    tr.append(
      el('td', {}, el('strong', { textContent: name }), el('div', { className: 'muted', textContent: line.studentId })),
      el('td', { className: 'status', textContent: t(line.status) }),
      el('td', {}, dot),
      el('td', { className: 'answered', textContent: String(line.answered ?? 0) }),
      el('td', { className: 'left', textContent: clock(remaining(line)) }),
      el('td', { className: 'incidents', textContent: String(line.incidents ?? 0) }),
      el('td', {}, actions));
    body.append(tr);
  });
  const connected = lines.filter(l => l.connected).length;
  const submitted = lines.filter(l => l.status === 'SUBMITTED' || l.status === 'GRADED').length;
  const incidents = lines.reduce((n, l) => n + (l.incidents || 0), 0);
  $('summary').textContent = t('summary', { connected, total: lines.length, submitted, incidents });
}

function addIncident(m, fresh) {
  const line = live.roster.get(m.attemptId);
  const who = line ? (line.studentName || line.studentId) : (m.studentId || m.attemptId);
  const li = el('li', { className: fresh ? 'flash' : '' },
    el('div', {}, el('span', { className: 'sev ' + m.severity, textContent: label(m.severity) }), ' ', el('strong', { textContent: t(m.kind) }), ` · ${who}`),
    el('span', { className: 'muted', textContent: formatDateTime(m.at) }));
  const review = el('div', { className: 'review' });
  const decide = decision => async () => {
    const reply = await call('POST', `incidents/${m.id}/review`, { decision });
    if (reply.ok) { review.textContent = t(decision); loadReport(); } else notify(t('failed', { message: errorText(reply.error) }));
  };
  if (m.review) review.textContent = t(m.review);
  else {
    const c = el('button', { type: 'button', className: 'secondary', textContent: t('confirm') });
    c.addEventListener('click', decide('CONFIRMED'));
    const d = el('button', { type: 'button', className: 'secondary', textContent: t('dismiss') });
    d.addEventListener('click', decide('DISMISSED'));
    review.append(c, d);
  }
  li.append(review);
  $('incidents').prepend(li);
}

async function loadReport() {
  const reply = await call('GET', `sittings/${live.sittingId}/incidents/report`);
  const body = $('fp-report').querySelector('tbody');
  body.innerHTML = '';
  (reply.ok ? reply.data.kinds : []).forEach(k => body.append(el('tr', {},
    el('td', { textContent: t(k.kind) }), el('td', { textContent: String(k.raised) }), el('td', { textContent: String(k.dismissed) }),
    el('td', { textContent: k.falsePositiveRate == null || !Number.isFinite(k.falsePositiveRate) ? '—' : `${Math.round(k.falsePositiveRate * 100)}%` }))));
}

/** A small dialog for the one value a command needs (a message, minutes, a reason). */
function ask(title, label, type, then) {
  $('ask-title').textContent = title;
  $('ask-label').textContent = label;
  $('ask-override-row').hidden = true;
  $('ask-error').textContent = '';
  const input = $('ask-input');
  input.type = type;
  input.value = '';
  const dialog = $('ask');
  $('ask-form').onsubmit = null;
  // Enter means OK (the dialog's first button is "Huỷ", which the browser would press otherwise).
  input.onkeydown = e => { if (e.key === 'Enter') { e.preventDefault(); dialog.querySelector('button[value=ok]').click(); } };
  dialog.onclose = () => { if (dialog.returnValue === 'ok' && input.value.trim()) then(input.value.trim()); };
  dialog.showModal();
  input.focus();
}

/**
 * "Cộng giờ" (issue 17, item 6): the box starts empty (typing 10 gives 10, never 510), whole minutes
 * 1–600 checked here, a confirmation that says whether the sitting's close caps it, and an explicit
 * override. The cap itself is the engine's rule; the reply says what was granted.
 */
function askExtend(name, attemptId) {
  ask(t('askExtend', { name }), t('minutes'), 'text', () => {});
  const input = $('ask-input');
  input.inputMode = 'numeric';
  $('ask-override').checked = false;
  $('ask-override-row').hidden = false;
  const dialog = $('ask');
  const close = live.closesAt ? formatDateTime(live.closesAt) : '';
  $('ask-form').onsubmit = e => {
    if (e.submitter?.value !== 'ok') return;
    const text = input.value.trim();
    const minutes = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!(minutes >= 1 && minutes <= 600)) { e.preventDefault(); $('ask-error').textContent = t('minutesInvalid'); input.focus(); }
  };
  dialog.onclose = () => {
    if (dialog.returnValue !== 'ok') return;
    const minutes = Number(input.value.trim());
    const override = $('ask-override').checked;
    const question = `${t('confirmExtend', { minutes, name })} ${t(override ? 'confirmOverride' : 'confirmCap', { close })}`;
    if (!window.confirm(question)) return;
    live.pendingExtend = minutes;
    command('EXTEND', attemptId, override ? { minutes, overrideClose: true } : { minutes });
  };
}

$('broadcast').addEventListener('submit', e => {
  e.preventDefault();
  const text = $('broadcast-text').value.trim();
  if (!text) return;
  command('MESSAGE', undefined, { text });
  $('broadcast-text').value = '';
});

// ---- an attempt's report ----------------------------------------------------------------------------

async function showAttemptReport(attemptId) {
  $('list-view').hidden = true;
  $('report-view').hidden = false;
  const reply = await call('GET', `attempts/${attemptId}/report`);
  if (!reply.ok) { notify(t('failed', { message: errorText(reply.error) })); return; }
  const r = reply.data;
  $('report-head').textContent = `${r.studentName || r.studentId} · ${r.versionCode || ''} · ${t(r.status)}${r.score !== null && r.score !== undefined ? ' · ' + r.score : ''}`;
  const body = $('timeline').querySelector('tbody');
  body.innerHTML = '';
  // Positions ("Câu 3"), the option letters the student saw, every proctor action with its time (issue 17, point 11).
  const byItem = new Map((r.items || []).map(i => [String(i.itemId), i]));
  body.dataset.rows = r.timeline.length;
  r.timeline.forEach(e => {
    const item = byItem.get(String(e.itemId));
    const what = e.type === 'ANSWER' ? t('answerAt', { n: item ? item.position : '?' })
      : e.type === 'ACTION' ? t(e.kind === 'MESSAGE' && e.response.room ? 'action_MESSAGE_ROOM' : 'action_' + e.kind)
      : e.type === 'EXTEND' ? t('action_EXTEND') : t(e.kind);
    const detail = e.type === 'ANSWER' ? `${answerText(e.response, item)} · ${t('answerSeq', { seq: e.seq })}`
      : e.type === 'EXTEND' ? extensionText(e.response)
      : e.type === 'ACTION' ? [e.response.text, t('byWhom', { by: e.response.by || '—' })].filter(Boolean).join(' — ')
      : `${label(e.severity)}${e.review ? ' · ' + t(e.review) : ''}`;
    body.append(el('tr', { className: 'row-' + e.type.toLowerCase() }, el('td', { textContent: formatDateTime(e.at) }),
      el('td', { textContent: what }), el('td', { textContent: detail })));
  });
  drawChart(r);
}

/** A stored response as the student saw it: option letters after shuffling, Đúng/Sai, the text typed. */
function answerText(response, item) {
  if (!response || typeof response !== 'object' || !Object.keys(response).length) return t('unanswered');
  const label = id => (item && item.labels && item.labels[id]) || id;
  const yesNo = v => v === true ? t('trueWord') : v === false ? t('falseWord') : String(v);
  if (response.choice !== undefined) return label(response.choice);
  if (Array.isArray(response.choices)) return response.choices.map(label).sort().join(', ') || t('unanswered');
  if (response.values && typeof response.values === 'object') {
    return Object.entries(response.values).map(([id, v]) => [label(id), yesNo(v)])
      .sort((a, b) => a[0].localeCompare(b[0])).map(([l, v]) => `${l}) ${v}`).join('; ');
  }
  if (response.value !== undefined) return yesNo(response.value);
  if (typeof response.text === 'string') return response.text.length > 160 ? response.text.slice(0, 159) + '…' : (response.text || t('unanswered'));
  if (Array.isArray(response.order)) return response.order.map(label).join(' → ');
  const parts = response.pairs || response.gaps;
  if (parts && typeof parts === 'object') return Object.entries(parts).map(([k, v]) => `${label(k)}: ${v}`).join('; ');
  return t('answerParts', { n: Object.keys(response).length });
}

function extensionText(x) {
  const granted = Math.round(x.grantedSeconds / 6) / 10;
  return t('extendedBy', { granted: String(granted).replace('.', ','), requested: x.requestedMinutes,
    capped: x.capped ? t('cappedNote') : x.overrideClose ? t('overrideNote') : '', by: x.by || '—' });
}

/** Answered items over time as a step line, incidents as red ticks: a glance at how the test went. */
function drawChart(r) {
  const svg = $('report-chart');
  const events = r.timeline;
  if (!events.length) { svg.innerHTML = ''; return; }
  const start = new Date(r.startedAt || events[0].at).getTime();
  const end = Math.max(new Date(r.submittedAt || events[events.length - 1].at).getTime(), start + 1000);
  const x = at => 10 + (new Date(at).getTime() - start) / (end - start) * 580;
  const seen = new Set();
  let path = `M10,150`;
  const total = Math.max(1, (r.items || []).length, new Set(events.filter(e => e.type === 'ANSWER').map(e => e.itemId)).size);
  const y = n => 150 - n / total * 140;
  let marks = '';
  events.forEach(e => {
    if (e.type === 'ANSWER') {
      const before = seen.size;
      seen.add(e.itemId);
      if (seen.size !== before) path += ` H${x(e.at).toFixed(1)} V${y(seen.size).toFixed(1)}`;
    } else if (e.severity && e.severity !== 'INFO') {
      marks += `<line x1="${x(e.at).toFixed(1)}" x2="${x(e.at).toFixed(1)}" y1="10" y2="150" stroke="#b91c1c" stroke-width="1.5"><title>${t(e.kind)}</title></line>`;
    }
  });
  path += ' H590';
  svg.innerHTML = `<line x1="10" y1="150" x2="590" y2="150" stroke="#94a3b8"/>${marks}<path d="${path}" fill="none" stroke="#1d4ed8" stroke-width="2"/>`
    + `<text x="12" y="20" font-size="11" fill="#475569">${seen.size}/${total}</text>`;
  svg.setAttribute('aria-label', `${seen.size}/${total}`);
}

applyTranslations();
document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
bindLanguageSwitch(() => { if (!$('monitor-view').hidden) drawRoster(); });
$('display-name').textContent = me.displayName;
const params = new URLSearchParams(location.search);
if (params.get('report')) showAttemptReport(params.get('report'));
else if (params.get('sitting')) showMonitor(params.get('sitting'));
else showList();
