// The student's test page: list my sittings, start or resume an attempt, answer over the attempt
// socket (api-contract.md "Attempt socket"). Nothing is lost: every answer goes first into a local
// queue in localStorage (it survives a reload or a dropped network), is sent with a sequence number,
// and leaves the queue only when the server's "ack" says it is durable. "Đã lưu" is shown only then.
// The clock is the server's: the countdown runs from the server's deadline corrected by the offset
// between the server's time and this device's.
import { applyTranslations, bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, session } from './api.js';
import { citationsText, describeProblem } from './messages.js';
import { renderMath } from './math.js';
import { liveSocket } from './socket.js';
import { $, el } from './dom.js';
import { formatDateTime, formatNumber } from './numbers.js';

register({
  myTests: 'Bài kiểm tra của em', noTests: 'Chưa có bài kiểm tra nào.', start: 'Làm bài', resume: 'Làm tiếp',
  viewResult: 'Xem kết quả', notOpen: 'Chưa đến giờ', closed: 'Đã đóng', versionCode: 'Mã đề', timeLeft: 'Thời gian còn lại',
  previous: '← Câu trước', next: 'Câu sau →', flag: 'Đánh dấu xem lại', unflag: 'Bỏ đánh dấu', submit: 'Nộp bài',
  questionN: 'Câu {n}', pointsN: '({p} điểm)', saved: '✓ Đã lưu', saving: 'Đang lưu…', notSaved: 'Chưa lưu ({n})',
  offline: 'Mất kết nối. Câu trả lời vẫn được giữ trên máy và sẽ được gửi lại khi có mạng.',
  paused: 'Giám thị đã tạm dừng bài thi. Đồng hồ đã dừng; hãy chờ.', resumed: 'Bài thi tiếp tục.',
  extended: 'Giám thị đã cộng thêm thời gian.', messageFrom: 'Giám thị: {text}', terminated: 'Giám thị đã thu bài: {reason}',
  confirmTitle: 'Nộp bài?', confirmText: 'Em đã trả lời {answered}/{total} câu.', confirmFlagged: ' Còn {n} câu đánh dấu xem lại.',
  confirmPending: ' {n} câu trả lời chưa được lưu; hãy chờ có mạng rồi nộp.', keepWorking: 'Làm tiếp', submitNow: 'Nộp bài',
  submittedTitle: 'Đã nộp bài', reasonSTUDENT: 'Em đã nộp bài.', reasonTIME_UP: 'Hết giờ: bài được nộp tự động.',
  reasonPROCTOR: 'Giám thị đã thu bài.', scoreIs: 'Điểm: {score}', scoreHidden: 'Điểm sẽ được công bố sau.',
  scorePartial: 'Điểm phần đã chấm: {score}. Còn {n} câu tự luận đang chấm — điểm bài sẽ có khi thầy cô chấm xong.', beingMarked: 'đang chấm',
  questionNo: 'Câu', points: 'Điểm', backToList: '← Danh sách bài kiểm tra',
  waitingTitle: 'Đang chờ giám thị cho vào phòng thi', waitingHelp: 'Trang sẽ tự bắt đầu khi giám thị cho phép.',
  true: 'Đúng', false: 'Sai', gapN: 'Chỗ trống {n}', choose: '— Chọn —', moveUp: 'Lên', moveDown: 'Xuống',
  anotherDevice: 'Bài thi đã được mở trên một thiết bị khác. Trang này đã ngừng kết nối.',
  ONLINE_NOT_PERMITTED: 'Bài kiểm tra định kì này phải làm trực tiếp tại trường. Chỉ được làm trực tuyến khi hiệu trưởng cho phép vì lí do bất khả kháng và có giám thị trực tuyến.',
  SITTING_NOT_OPEN: 'Chưa đến giờ làm bài.', SITTING_CLOSED: 'Buổi kiểm tra đã đóng.', ATTEMPT_CLOSED: 'Bài làm đã nộp.',
  NOT_A_CANDIDATE: 'Em không có tên trong buổi kiểm tra này.', TIME_UP: 'Đã hết giờ, câu trả lời không được nhận.',
  ATTEMPT_PAUSED: 'Bài thi đang tạm dừng.', RATE_LIMITED: 'Gửi quá nhanh: câu trả lời sẽ được gửi lại khi kết nối lại.',
  ANSWER_TOO_LARGE: 'Câu trả lời quá dài (tối đa khoảng 5.000 từ), chưa được lưu.', errorGeneric: 'Có lỗi: {message}', reasonsTitle: 'Lí do', citationsTitle: 'Điều khoản',
  requestRejected: 'Yêu cầu của em đã bị từ chối: em làm bài kiểm tra bù trực tiếp tại trường.', deciderNote: 'Ghi chú của người quyết định: {note}'
}, {
  myTests: 'My tests', noTests: 'No tests yet.', start: 'Start', resume: 'Resume', viewResult: 'See the result',
  notOpen: 'Not open yet', closed: 'Closed', versionCode: 'Version', timeLeft: 'Time left',
  previous: '← Previous', next: 'Next →', flag: 'Flag for review', unflag: 'Unflag', submit: 'Submit',
  questionN: 'Question {n}', pointsN: '({p} points)', saved: '✓ Saved', saving: 'Saving…', notSaved: 'Not saved yet ({n})',
  offline: 'Connection lost. Your answers are kept on this device and will be sent when the network is back.',
  paused: 'The proctor has paused the test. The clock has stopped; please wait.', resumed: 'The test continues.',
  extended: 'The proctor has given you more time.', messageFrom: 'Proctor: {text}', terminated: 'The proctor ended your test: {reason}',
  confirmTitle: 'Submit?', confirmText: 'You have answered {answered}/{total} questions.', confirmFlagged: ' {n} questions are flagged for review.',
  confirmPending: ' {n} answers are not saved yet; wait for the network, then submit.', keepWorking: 'Keep working', submitNow: 'Submit',
  submittedTitle: 'Submitted', reasonSTUDENT: 'You submitted.', reasonTIME_UP: 'Time is up: submitted automatically.',
  reasonPROCTOR: 'The proctor ended the test.', scoreIs: 'Score: {score}', scoreHidden: 'The score will be published later.',
  scorePartial: 'Marked so far: {score}. {n} essay item(s) still being marked — the score comes when the teacher has finished.', beingMarked: 'being marked',
  questionNo: 'Question', points: 'Points', backToList: '← My tests',
  waitingTitle: 'Waiting for the proctor to let you in', waitingHelp: 'The test starts by itself when the proctor admits you.',
  true: 'True', false: 'False', gapN: 'Gap {n}', choose: '— Choose —', moveUp: 'Up', moveDown: 'Down',
  anotherDevice: 'The test was opened on another device. This page has disconnected.',
  ONLINE_NOT_PERMITTED: 'This periodic test is taken in person. Online is allowed only when the principal authorises it for force majeure, under live proctoring.',
  SITTING_NOT_OPEN: 'The test is not open yet.', SITTING_CLOSED: 'The test has closed.', ATTEMPT_CLOSED: 'Already submitted.',
  NOT_A_CANDIDATE: 'You are not on this test\'s list.', TIME_UP: 'Time is up; the answer was not accepted.',
  ATTEMPT_PAUSED: 'The test is paused.', RATE_LIMITED: 'Sent too fast: the answer will be sent again on reconnect.',
  ANSWER_TOO_LARGE: 'The answer is too long (about 5,000 words at most) and was not saved.', errorGeneric: 'Error: {message}', reasonsTitle: 'Reasons', citationsTitle: 'Citations',
  requestRejected: 'Your request was rejected: you sit the make-up test in person at school.', deciderNote: 'The decider\'s note: {note}'
});

const me = session();
if (!me) location.href = './';

// ---- local, durable state of one attempt (survives reloads and dropped networks) -----------------

/** localStorage under one key per attempt: the next seq, the unacknowledged answers, flags. */
class LocalAttempt {
  constructor(attemptId) { this.key = 'khaothi.attempt.' + attemptId; this.data = JSON.parse(localStorage.getItem(this.key) || '{"seq":0,"queue":{},"flags":[]}'); }
  save() { localStorage.setItem(this.key, JSON.stringify(this.data)); }
  nextSeq() { this.data.seq += 1; this.save(); return this.data.seq; }
  /** Never reuse a seq the server has seen: after a reload the counter starts above lastSeq. */
  atLeast(lastSeq) { if (lastSeq > this.data.seq) { this.data.seq = lastSeq; this.save(); } }
  enqueue(entry) { this.data.queue[entry.seq] = entry; this.save(); }
  acked(seq) { delete this.data.queue[seq]; this.save(); }
  pending() { return Object.values(this.data.queue).sort((a, b) => a.seq - b.seq); }
  toggleFlag(itemId) { const f = new Set(this.data.flags); f.has(itemId) ? f.delete(itemId) : f.add(itemId); this.data.flags = [...f]; this.save(); return f.has(itemId); }
  flagged(itemId) { return this.data.flags.includes(itemId); }
  clear() { localStorage.removeItem(this.key); }
}

// ---- the attempt ------------------------------------------------------------------------------------

const state = {
  attempt: null, sitting: null, items: [], index: 0, local: null,
  answers: {},        // itemId → {seq, response} as the page knows it (acked or queued)
  ackedSeq: {},       // itemId → highest acknowledged seq
  deadline: null, offsetMs: 0, paused: false, pausedRemaining: null, closed: false, timer: null, heartbeat: null
};
// One socket loop for the live pages (socket.js): hello, backoff 0.5 s … 10 s; what a close means is decided here.
const link = liveSocket(() => `ws/attempts/${state.attempt.attemptId}`,
  { onMessage: m => onMessage(m), onClose: e => onClose(e), canConnect: () => !state.closed });

function serverNow() { return Date.now() + state.offsetMs; }

async function showList() {
  $('list-view').hidden = false;
  const reply = await call('GET', 'sittings/mine');
  const list = $('sitting-list');
  list.innerHTML = '';
  const mine = reply.ok ? reply.data.sittings.filter(s => s.role === 'STUDENT') : [];
  $('list-empty').hidden = mine.length > 0;
  mine.forEach(s => {
    const li = document.createElement('li');
    li.className = 'card';
    const info = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = s.title;
    const when = document.createElement('div');
    when.className = 'muted';
    when.textContent = `${formatDateTime(s.opensAt)} – ${formatDateTime(s.closesAt)} · ${s.durationMinutes}′`;
    info.append(title, when);
    const action = document.createElement('button');
    action.type = 'button';
    const closedAttempt = s.attemptStatus === 'SUBMITTED' || s.attemptStatus === 'GRADED';
    if (closedAttempt) {
      action.className = 'secondary'; action.textContent = t('viewResult');
      action.addEventListener('click', () => { location.search = `?attempt=${s.attemptId}`; });
    } else if (s.open) {
      action.className = 'primary'; action.dataset.sitting = s.id;
      action.textContent = s.attemptStatus === 'NOT_STARTED' ? t('start') : t('resume');
      action.addEventListener('click', () => begin(s));
    } else {
      action.className = 'secondary'; action.disabled = true;
      action.textContent = new Date(s.opensAt) > new Date() ? t('notOpen') : t('closed');
    }
    li.append(info, action);
    list.append(li);
  });
}

/** Start (or resume) from the list: a user gesture, so fullscreen may be requested here. */
async function begin(sitting) {
  document.documentElement.requestFullscreen?.().catch(() => {});
  state.sitting = sitting;
  history.replaceState(null, '', `?sitting=${sitting.id}&attempt=${sitting.attemptId}`);
  await start(sitting.id, sitting.attemptId, sitting.title);
}

async function start(sittingId, attemptId, title) {
  const reply = await call('POST', `sittings/${sittingId}/attempts`);
  if (!reply.ok) {
    const code = reply.error.error;
    if (code === 'WAITING_FOR_ADMISSION') { waitForAdmission(sittingId, attemptId, title); return; }
    if (code === 'NOT_YET_ADMITTED') { waitUntilAdmitted(sittingId, attemptId, title, reply.error.details?.admitAt); return; }
    if (code === 'ATTEMPT_CLOSED') { showResult(attemptId); return; }
    showProblem(reply.error);
    return;
  }
  enterAttempt(reply.data, title);
}

/** A staggered start (issue 19): say when the student is admitted, then start again by itself. */
function waitUntilAdmitted(sittingId, attemptId, title, admitAt) {
  const at = new Date(admitAt || Date.now() + 5000);
  const hms = at.toLocaleTimeString('vi-VN', { hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });
  const box = $('start-problem');
  box.hidden = false;
  box.innerHTML = '';
  const p = document.createElement('p');
  p.id = 'admit-at';
  p.textContent = lang() === 'en' ? `You will be admitted at ${hms}` : `Bạn sẽ được vào làm bài lúc ${hms}`;
  box.append(p);
  // a little jitter so a class whose instants coincide does not come back in the same millisecond
  setTimeout(() => { box.hidden = true; start(sittingId, attemptId, title); }, Math.max(0, at - Date.now()) + 250 + Math.random() * 500);
}

async function showProblem(error) {
  const box = $('start-problem');
  box.hidden = false;
  box.innerHTML = '';
  const details0 = error.details || {};
  // A rejected request (issue 17, point 7): the decision is made — say so, with the decider's note,
  // not what the rules would still need.
  if (error.error === 'ONLINE_NOT_PERMITTED' && (details0.makeUpInPerson || details0.requestStatus === 'REJECTED')) {
    const p = document.createElement('p');
    p.className = 'error';
    p.id = 'request-rejected';
    p.textContent = t('requestRejected');
    box.append(p);
    if (details0.requestId) {
      const request = await call('GET', `remote-requests/${encodeURIComponent(details0.requestId)}`);
      const note = request.ok && request.data.decision ? request.data.decision.note : '';
      if (note) { const n = document.createElement('p'); n.id = 'decider-note'; n.textContent = t('deciderNote', { note }); box.append(n); }
    }
    return;
  }
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = t(error.error) !== error.error ? t(error.error) : describeProblem({ error: error.error });
  box.append(p);
  const details = error.details || {};
  if (Array.isArray(details.reasons) && details.reasons.length) {
    const h = document.createElement('strong'); h.textContent = t('reasonsTitle');
    const ul = document.createElement('ul');
    details.reasons.forEach(r => { const li = document.createElement('li'); li.textContent = typeof r === 'string' ? r : (document.documentElement.lang === 'en' ? r.en : r.vi) || r.text || JSON.stringify(r); ul.append(li); });
    box.append(h, ul);
  }
  if (Array.isArray(details.citations) && details.citations.length) {
    const c = document.createElement('p'); c.className = 'muted';
    c.textContent = `${t('citationsTitle')}: ${citationsText(details.citations)}`;
    box.append(c);
  }
}

/** Admission: connect the socket before the start; the proctor's ADMIT arrives as "admitted". */
function waitForAdmission(sittingId, attemptId, title) {
  $('list-view').hidden = true;
  $('waiting-view').hidden = false;
  state.attempt = { attemptId, sittingId };
  state.local = new LocalAttempt(attemptId);
  state.onAdmitted = () => { $('waiting-view').hidden = true; start(sittingId, attemptId, title); };
  connect();
}

function enterAttempt(data, title) {
  state.attempt = data;
  state.items = data.items;
  state.local = new LocalAttempt(data.attemptId);
  state.offsetMs = new Date(data.serverTime).getTime() - Date.now();
  state.deadline = data.deadline ? new Date(data.deadline).getTime() : null;
  state.paused = data.status === 'PAUSED';
  state.pausedRemaining = data.remainingSeconds;
  // Answers queued on this device before a reload are shown at once; the server's come with "state".
  state.local.pending().forEach(e => { state.answers[e.itemId] = { seq: e.seq, response: e.response }; });
  $('list-view').hidden = true;
  $('waiting-view').hidden = true;
  $('attempt-view').hidden = false;
  document.body.classList.add('testing'); // no home link during a test (issue 17, point 14)
  $('attempt-title').textContent = title || state.sitting?.title || '';
  $('version-code').textContent = data.versionCode || '';
  renderNavigator();
  renderQuestion();
  startClock();
  connect();
  watchIntegrity();
}

// ---- the socket -------------------------------------------------------------------------------------

function connect() {
  link.connect();
}

function send(message) {
  return Boolean(state.ready) && link.send(message);
}

function onMessage(m) {
  switch (m.type) {
    case 'state': onState(m); break;
    case 'ack': onAck(m.seq); break;
    case 'tick': if (!state.paused) state.deadline = serverNow() + m.remainingSeconds * 1000; break;
    case 'message': notify(t('messageFrom', { text: m.text })); break;
    case 'paused': state.paused = true; state.pausedRemaining = m.remainingSeconds; $('paused-overlay').hidden = false; break;
    case 'resumed': state.paused = false; state.deadline = new Date(m.deadline).getTime(); $('paused-overlay').hidden = true; notify(t('resumed')); break;
    case 'extended':
      if (state.paused) state.pausedRemaining = m.remainingSeconds; else state.deadline = new Date(m.deadline).getTime();
      notify(t('extended')); break;
    case 'admitted': if (state.onAdmitted) { const go = state.onAdmitted; state.onAdmitted = null; closeQuietly(); go(); } break;
    case 'terminated': notify(t('terminated', { reason: m.reason || '' })); break;
    case 'submitted': finish(m.reason); break;
    case 'error': onError(m); break;
    default: break;
  }
}

function onState(m) {
  state.ready = true;
  link.connected();
  $('offline-banner').hidden = true;
  state.offsetMs = new Date(m.serverTime).getTime() - Date.now();
  if (m.status === 'SUBMITTED' || m.status === 'GRADED') { finish(null); return; }
  if (state.onAdmitted && m.admitted) { const go = state.onAdmitted; state.onAdmitted = null; closeQuietly(); go(); return; }
  if (!state.items.length) return; // waiting for admission: nothing to resync yet
  state.paused = m.status === 'PAUSED';
  $('paused-overlay').hidden = !state.paused;
  if (state.paused) state.pausedRemaining = m.remainingSeconds;
  else if (m.deadline) state.deadline = new Date(m.deadline).getTime();
  state.local.atLeast(m.lastSeq || 0);
  Object.entries(m.answers || {}).forEach(([itemId, a]) => {
    state.ackedSeq[itemId] = Math.max(state.ackedSeq[itemId] || 0, a.seq);
    const known = state.answers[itemId];
    if (!known || known.seq <= a.seq) state.answers[itemId] = { seq: a.seq, response: a.response };
  });
  // Replay what this device still holds, in order, with the same seq: the server stores each once.
  state.local.pending().forEach(e => send({ type: 'answer', seq: e.seq, itemId: e.itemId, response: e.response }));
  (state.offlineSince ? [{ kind: 'NETWORK_OFFLINE', at: state.offlineSince }] : []).forEach(ev => send({ type: 'event', ...ev }));
  state.offlineSince = null;
  clearInterval(state.heartbeat);
  state.heartbeat = setInterval(() => send({ type: 'heartbeat' }), 10000);
  renderNavigator();
  renderQuestion();
  renderSaveState();
}

function onAck(seq) {
  const entry = state.local.data.queue[seq];
  state.local.acked(seq);
  if (entry) state.ackedSeq[entry.itemId] = Math.max(state.ackedSeq[entry.itemId] || 0, seq);
  renderNavigator();
  renderSaveState();
}

function onError(m) {
  if (m.seq !== undefined && (m.code === 'TIME_UP' || m.code === 'ATTEMPT_CLOSED' || m.code === 'UNKNOWN_ITEM' || m.code === 'INVALID_RESPONSE' || m.code === 'ANSWER_TOO_LARGE')) {
    state.local.acked(m.seq); // refused for good: resending would not change the answer
  }
  notify(t(m.code) !== m.code ? t(m.code) : describeProblem({ error: m.code }));
  renderSaveState();
}

/** The socket closed (not one this page closed itself): true when it should come back. */
function onClose(e) {
  state.ready = false;
  clearInterval(state.heartbeat);
  if (state.closed || e.code === 1000 && state.finished) return false;
  if (e.code === 4409) { state.closed = true; notify(t('anotherDevice')); return false; }
  if (e.code === 4410) { finish(null); return false; }
  if (e.code === 4401) { location.href = './'; return false; }
  if (e.code === 4403) { state.closed = true; showProblem({ error: 'NOT_A_CANDIDATE' }); return false; }
  goneOffline();
  return true;
}

function goneOffline() {
  $('offline-banner').hidden = false;
  if (!state.offlineSince) state.offlineSince = new Date(serverNow()).toISOString();
  renderSaveState();
}

function closeQuietly() {
  state.ready = false;
  link.close(1000);
}

window.addEventListener('offline', () => { if (state.attempt) goneOffline(); });
window.addEventListener('online', () => { if (state.attempt && !state.ready && !state.closed) link.reconnectNow(); });

// ---- answering --------------------------------------------------------------------------------------

function answer(itemId, response) {
  if (state.closed || state.paused) return;
  const seq = state.local.nextSeq();
  state.local.enqueue({ seq, itemId, response });
  state.answers[itemId] = { seq, response };
  send({ type: 'answer', seq, itemId, response });
  renderNavigator();
  renderSaveState();
}

function isAnswered(itemId) {
  const a = state.answers[itemId];
  if (!a || !a.response) return false;
  const r = a.response;
  return Object.values(r).some(v => v !== '' && v !== null && !(Array.isArray(v) && !v.length) && !(typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length));
}

function isPending(itemId) { return state.local.pending().some(e => e.itemId === itemId); }

function renderSaveState() {
  const box = $('save-state');
  const pending = state.local ? state.local.pending().length : 0;
  const current = state.items[state.index];
  box.className = 'save-state ' + (pending ? 'pending' : 'saved');
  if (!current || !state.answers[current.itemId]) { box.textContent = pending ? t('notSaved', { n: pending }) : ''; return; }
  box.textContent = isPending(current.itemId) ? (state.ready ? t('saving') : t('notSaved', { n: pending })) : t('saved');
}

// ---- rendering --------------------------------------------------------------------------------------

function renderNavigator() {
  const nav = $('navigator');
  nav.innerHTML = '';
  state.items.forEach((item, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = item.position;
    const flagged = state.local.flagged(item.itemId);
    b.className = [isPending(item.itemId) ? 'pending' : isAnswered(item.itemId) ? 'answered' : '', i === state.index ? 'current' : '', flagged ? 'flagged' : ''].join(' ');
    b.setAttribute('aria-label', `${t('questionN', { n: item.position })}${isAnswered(item.itemId) ? ' ✓' : ''}${flagged ? ' ⚑' : ''}`);
    if (i === state.index) b.setAttribute('aria-current', 'step');
    b.addEventListener('click', () => { state.index = i; renderNavigator(); renderQuestion(); });
    nav.append(b);
  });
}

function renderQuestion() {
  const item = state.items[state.index];
  const box = $('question');
  box.innerHTML = '';
  if (!item) return;
  const head = document.createElement('h3');
  head.textContent = `${t('questionN', { n: item.position })} ${t('pointsN', { p: String(item.points).replace('.', ',') })}`;
  const stem = document.createElement('div');
  stem.className = 'stem item-content';
  stem.innerHTML = item.stem; // sanitised by the bank (HtmlPolicy) when it was stored
  box.append(head, stem, inputFor(item, state.answers[item.itemId]?.response || null));
  renderMath(box);
  $('prev').disabled = state.index === 0;
  $('next').disabled = state.index === state.items.length - 1;
  $('flag').textContent = state.local.flagged(item.itemId) ? t('unflag') : t('flag');
  $('flag').setAttribute('aria-pressed', String(state.local.flagged(item.itemId)));
  renderSaveState();
}

function choiceList(item, multiple, current) {
  const set = el('fieldset');
  set.append(el('legend', { className: 'sr-only', textContent: t('questionN', { n: item.position }) }));
  item.options.forEach((o, i) => {
    const input = el('input', { type: multiple ? 'checkbox' : 'radio', name: 'q' + item.itemId, value: o.id });
    input.checked = multiple ? (current?.choices || []).includes(o.id) : current?.choice === o.id;
    input.addEventListener('change', () => {
      if (multiple) answer(item.itemId, { choices: [...set.querySelectorAll('input:checked')].map(x => x.value) });
      else answer(item.itemId, { choice: o.id });
    });
    const text = el('span');
    text.innerHTML = `<strong>${String.fromCharCode(65 + i)}.</strong> ${o.text}`;
    set.append(el('label', { className: 'choice' }, input, text));
  });
  return set;
}

function trueFalse(name, value, onPick) {
  const box = el('span', { className: 'tf' });
  [true, false].forEach(v => {
    const input = el('input', { type: 'radio', name, value: String(v) });
    input.checked = value === v;
    input.addEventListener('change', () => onPick(v));
    box.append(el('label', {}, input, ' ' + t(String(v))));
  });
  return box;
}

/** Text typed in a box is sent after a short pause and when the box loses focus. */
function debounced(fn, ms = 700) {
  let timer = null;
  const run = () => { clearTimeout(timer); timer = null; fn(); };
  return { schedule: () => { clearTimeout(timer); timer = setTimeout(run, ms); }, flush: () => { if (timer) run(); } };
}

function textBox(item, current, multiline) {
  const input = multiline ? el('textarea') : el('input', { type: 'text', inputMode: item.type === 'SHORT_NUMERIC' ? 'decimal' : 'text', autocomplete: 'off' });
  input.value = current?.text || '';
  input.setAttribute('aria-label', t('questionN', { n: item.position }));
  const d = debounced(() => answer(item.itemId, { text: input.value }));
  input.addEventListener('input', d.schedule);
  input.addEventListener('blur', d.flush);
  return input;
}

function inputFor(item, current) {
  switch (item.type) {
    case 'SINGLE_CHOICE': return choiceList(item, false, current);
    case 'MULTIPLE_RESPONSE': return choiceList(item, true, current);
    case 'TRUE_FALSE': return trueFalse('q' + item.itemId, current?.value, v => answer(item.itemId, { value: v }));
    case 'TRUE_FALSE_CLUSTER': {
      const values = { ...(current?.values || {}) };
      const box = el('div');
      item.statements.forEach((s, i) => {
        const text = el('span');
        text.innerHTML = `<strong>${String.fromCharCode(97 + i)})</strong> ${s.text}`;
        box.append(el('div', { className: 'statement' }, text, trueFalse(`q${item.itemId}-${s.id}`, values[s.id], v => {
          values[s.id] = v;
          answer(item.itemId, { values: { ...values } });
        })));
      });
      return box;
    }
    case 'SHORT_NUMERIC': case 'SHORT_TEXT': return textBox(item, current, false);
    case 'ESSAY': return textBox(item, current, true);
    case 'MATCHING': {
      const pairs = { ...(current?.pairs || {}) };
      const box = el('div');
      item.left.forEach(l => {
        const select = el('select');
        select.append(el('option', { value: '', textContent: t('choose') }));
        item.right.forEach(r => select.append(el('option', { value: r.id, textContent: r.text.replace(/<[^>]*>/g, '') })));
        select.value = pairs[l.id] || '';
        select.addEventListener('change', () => { if (select.value) pairs[l.id] = select.value; else delete pairs[l.id]; answer(item.itemId, { pairs: { ...pairs } }); });
        const label = el('span');
        label.innerHTML = l.text;
        box.append(el('div', { className: 'pair' }, label, select));
      });
      return box;
    }
    case 'ORDERING': {
      let order = current?.order?.length ? [...current.order] : item.options.map(o => o.id);
      const byId = Object.fromEntries(item.options.map(o => [o.id, o]));
      const list = el('ol', { className: 'order-list' });
      const draw = () => {
        list.innerHTML = '';
        order.forEach((id, i) => {
          const text = el('span');
          text.innerHTML = byId[id].text;
          const up = el('button', { type: 'button', className: 'secondary', textContent: '↑', disabled: i === 0 });
          up.setAttribute('aria-label', t('moveUp'));
          const down = el('button', { type: 'button', className: 'secondary', textContent: '↓', disabled: i === order.length - 1 });
          down.setAttribute('aria-label', t('moveDown'));
          const move = d => { [order[i], order[i + d]] = [order[i + d], order[i]]; answer(item.itemId, { order: [...order] }); draw(); list.querySelectorAll('button')[Math.max(0, (i + d) * 2 + (d > 0 ? 1 : 0))]?.focus(); };
          up.addEventListener('click', () => move(-1));
          down.addEventListener('click', () => move(1));
          list.append(el('li', {}, text, up, down));
        });
      };
      draw();
      return list;
    }
    case 'CLOZE': {
      const gaps = { ...(current?.gaps || {}) };
      const box = el('div');
      item.gaps.forEach((g, i) => {
        let input;
        if (g.options && g.options.length) {
          input = el('select');
          input.append(el('option', { value: '', textContent: t('choose') }));
          g.options.forEach(o => input.append(el('option', { value: typeof o === 'string' ? o : o.id, textContent: typeof o === 'string' ? o : (o.text || '').replace(/<[^>]*>/g, '') })));
          input.value = gaps[g.id] || '';
          input.addEventListener('change', () => { gaps[g.id] = input.value; answer(item.itemId, { gaps: { ...gaps } }); });
        } else {
          input = el('input', { type: 'text', autocomplete: 'off', value: gaps[g.id] || '' });
          const d = debounced(() => { gaps[g.id] = input.value; answer(item.itemId, { gaps: { ...gaps } }); });
          input.addEventListener('input', d.schedule);
          input.addEventListener('blur', d.flush);
        }
        const label = el('label', { textContent: t('gapN', { n: i + 1 }) });
        box.append(label, input);
      });
      return box;
    }
    default: return el('p', { className: 'muted', textContent: item.type });
  }
}

// ---- clock, integrity, submit, result ----------------------------------------------------------------

function startClock() {
  clearInterval(state.timer);
  const draw = () => {
    const left = state.paused ? (state.pausedRemaining ?? 0) : Math.max(0, Math.round((state.deadline - serverNow()) / 1000));
    const h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
    $('countdown').textContent = (h ? h + ':' + String(m).padStart(2, '0') : String(m)) + ':' + String(s).padStart(2, '0');
    $('countdown').parentElement.classList.toggle('low', left <= 300);
  };
  draw();
  state.timer = setInterval(draw, 500);
}

function watchIntegrity() {
  if (state.watching) return;
  state.watching = true;
  const report = kind => { if (state.attempt && !state.closed) send({ type: 'event', kind, at: new Date(serverNow()).toISOString() }); };
  window.addEventListener('blur', () => report('FOCUS_LOST'));
  window.addEventListener('focus', () => report('FOCUS_BACK'));
  document.addEventListener('visibilitychange', () => { if (document.hidden) report('VISIBILITY_HIDDEN'); });
  document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) report('FULLSCREEN_EXIT'); });
  document.addEventListener('paste', () => report('PASTE'));
  document.addEventListener('copy', () => report('COPY'));
  document.addEventListener('contextmenu', () => report('CONTEXT_MENU'));
}

function notify(text) {
  const box = $('notice');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(state.noticeTimer);
  state.noticeTimer = setTimeout(() => { box.hidden = true; }, 8000);
}

function askSubmit() {
  document.activeElement?.blur(); // sends a text answer still waiting for its pause
  const total = state.items.length;
  const answered = state.items.filter(i => isAnswered(i.itemId)).length;
  const flagged = state.items.filter(i => state.local.flagged(i.itemId)).length;
  const pending = state.local.pending().length;
  $('confirm-text').textContent = t('confirmText', { answered, total }) + (flagged ? t('confirmFlagged', { n: flagged }) : '') + (pending ? t('confirmPending', { n: pending }) : '');
  $('confirm-yes').disabled = pending > 0 && !state.ready;
  $('confirm-submit').showModal();
}

function finish(reason) {
  if (state.finished) return;
  state.finished = true;
  state.closed = true;
  clearInterval(state.timer);
  clearInterval(state.heartbeat);
  if (state.local) state.local.clear();
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  showResult(state.attempt.attemptId, reason);
}

async function showResult(attemptId, reason) {
  document.body.classList.remove('testing');
  ['list-view', 'attempt-view', 'waiting-view'].forEach(id => { $(id).hidden = true; });
  $('result-view').hidden = false;
  const reply = await call('GET', `attempts/${attemptId}`);
  if (!reply.ok) return;
  const a = reply.data;
  $('result-reason').textContent = t('reason' + (reason || a.submitReason || 'STUDENT'));
  // Honest about marking (issue 17, item 2): an essay waiting for its teacher is "đang chấm", never "0 / 1".
  const results = a.results || [];
  const pending = results.filter(r => r.state === 'NEEDS_GRADING').length;
  const num = n => formatNumber(n, 2, lang());
  const marked = results.filter(r => r.state !== 'NEEDS_GRADING').reduce((sum, r) => sum + Number(r.points || 0), 0);
  $('result-score').textContent = !a.scoreVisible ? t('scoreHidden')
    : pending ? t('scorePartial', { score: num(marked), n: pending })
    : a.score !== null && a.score !== undefined ? t('scoreIs', { score: num(a.score) }) : t('scoreHidden');
  const body = $('result-table').querySelector('tbody');
  body.innerHTML = '';
  results.forEach(r => body.append(el('tr', {}, el('td', { textContent: r.position }), el('td', { className: r.state === 'NEEDS_GRADING' ? 'being-marked' : '',
    textContent: r.state === 'NEEDS_GRADING' ? `${t('beingMarked')} / ${num(r.maxPoints)}` : `${r.points === null || r.points === undefined ? '…' : num(r.points)} / ${num(r.maxPoints)}` }))));
  $('result-table').hidden = !(a.results || []).length;
}

$('prev').addEventListener('click', () => { state.index = Math.max(0, state.index - 1); renderNavigator(); renderQuestion(); });
$('next').addEventListener('click', () => { state.index = Math.min(state.items.length - 1, state.index + 1); renderNavigator(); renderQuestion(); });
$('flag').addEventListener('click', () => { state.local.toggleFlag(state.items[state.index].itemId); renderNavigator(); renderQuestion(); });
$('submit').addEventListener('click', askSubmit);
$('confirm-no').addEventListener('click', () => $('confirm-submit').close());
$('confirm-yes').addEventListener('click', () => { $('confirm-submit').close(); send({ type: 'submit' }); });
document.addEventListener('keydown', e => {
  if ($('attempt-view').hidden || e.target.matches('input[type=text], textarea, select')) return;
  if (e.key === 'ArrowRight' || e.key === 'PageDown') $('next').click();
  if (e.key === 'ArrowLeft' || e.key === 'PageUp') $('prev').click();
});

applyTranslations();
bindLanguageSwitch(() => { if (!$('attempt-view').hidden) { renderNavigator(); renderQuestion(); } else if (!$('list-view').hidden) showList(); });
$('display-name').textContent = me.displayName;

// A reload during a test comes back to it: the URL holds the sitting and the attempt.
const params = new URLSearchParams(location.search);
if (params.get('sitting') && params.get('attempt')) {
  call('GET', `sittings/${params.get('sitting')}`).then(r => {
    state.sitting = r.ok ? r.data : null;
    start(params.get('sitting'), params.get('attempt'), r.ok ? r.data.title : '');
  });
} else if (params.get('attempt')) {
  showResult(params.get('attempt'));
} else {
  showList();
}
