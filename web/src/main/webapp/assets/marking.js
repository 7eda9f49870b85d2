// The marking page (issue 13, item 3): a sitting's queue of manually marked items, the student's
// answer beside the item's guidance and rubric, per-criterion marks (decimal comma accepted) and a
// comment, blind codes while the sitting's names are not released, double marking (the second
// marker does not see the first mark; the head decides a dispute with a reason). The rules are the
// engine's: this page only shows them and says why the server refused, next to the field.
import { applyTranslations, bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, clearSession, session } from './api.js';
import { decimals, formatDateTime, formatNumber, parseNumber } from './numbers.js';
import { $, el } from './dom.js';

register({
  markingTitle: 'Chấm bài tự luận', noMarking: 'Chưa có buổi kiểm tra nào thầy/cô tạo hoặc coi thi.', open: 'Chấm bài',
  release: 'Rọc phách (hiện tên)', queue: 'Danh sách bài', onlyMine: 'Chỉ bài đến lượt tôi chấm',
  keys: 'Phím tắt: Alt+↓ / Alt+↑ bài sau / trước · Ctrl+Enter lưu điểm', answer: 'Bài làm của học sinh', guidance: 'Hướng dẫn chấm',
  criterion: 'Tiêu chí', levels: 'Mức', points: 'Điểm', itemPoints: 'Điểm của câu', total: 'Tổng', comment: 'Nhận xét',
  reason: 'Lí do quyết định', save: 'Lưu điểm', decide: 'Quyết định điểm', next: 'Bài sau',
  blindOn: 'Chấm phách: giám khảo chỉ thấy số phách', blindReleased: 'Chấm phách: đã rọc phách', single: 'Chấm một vòng',
  doubleOn: 'Chấm hai vòng, lệch quá {threshold} điểm thì chấm vòng ba hoặc tổ trưởng quyết định',
  progress: 'Đã có điểm {done}/{all}', progressDisputed: ' · {n} bài lệch điểm', complete: 'Đã chấm xong',
  code: 'Phách {code}', question: 'Câu {n}', paperOf: '{who} · Câu {n} · tối đa {max} điểm', noAnswer: '(không trả lời)',
  AWAITING_FIRST: 'Chờ chấm', AWAITING_SECOND: 'Chờ chấm vòng 2', DISPUTED: 'Lệch điểm', FINAL: 'Đã có điểm',
  FIRST: 'Vòng 1', SECOND: 'Vòng 2', THIRD: 'Vòng 3', HEAD_DECISION: 'Tổ trưởng quyết định',
  yourMark: '{round} ({who}): {points} điểm', finalIs: 'Điểm cuối cùng: {points}', notYourTurn: 'Bài này không đến lượt thầy/cô chấm.',
  saved: 'Đã lưu điểm.', released: 'Đã rọc phách: tên học sinh đã hiện.', nothingLeft: 'Không còn bài nào đến lượt thầy/cô.',
  errNumber: 'Nhập một số, ví dụ 0,25 hoặc 1,5.', errRange: 'Từ 0 đến {max}.', errDecimals: 'Tối đa hai chữ số thập phân.',
  errMissing: 'Chưa nhập điểm.', errReason: 'Cần ghi lí do quyết định.',
  SAME_MARKER: 'Thầy/cô đã chấm bài này; vòng tiếp theo cần một giám khảo khác.', ALREADY_FINAL: 'Bài này đã có điểm cuối cùng.',
  NOT_DISPUTED: 'Bài này không lệch điểm, không cần quyết định.', NOT_HEAD: 'Chỉ tổ trưởng hoặc ban giám hiệu quyết định bài lệch điểm.',
  CHANGED_CONCURRENTLY: 'Giám khảo khác vừa chấm bài này; trang đã tải lại.', NOT_GRADED: 'Chỉ rọc phách khi mọi bài đã có điểm.',
  NOT_GRADABLE: 'Câu này không còn chờ chấm.', FORBIDDEN: 'Thầy/cô không có quyền chấm buổi này.', UNKNOWN: 'Có lỗi xảy ra. Vui lòng thử lại.',
  disputesTitle: 'Bài lệch điểm chờ tổ trưởng quyết định', disputedCount: '{n} bài lệch điểm', decideOpen: 'Xem và quyết định',
  mySittings: 'Buổi kiểm tra thầy/cô tạo hoặc coi thi',
  disputeGap: 'Hai giám khảo lệch nhau {gap} điểm, vượt ngưỡng {threshold} điểm: cần một giám khảo thứ ba chấm, hoặc tổ trưởng quyết định điểm (ghi lí do).'
}, {
  markingTitle: 'Marking essays', noMarking: 'You have not created or proctored any sitting yet.', open: 'Mark',
  release: 'Release names', queue: 'Papers', onlyMine: 'Only papers waiting for my mark',
  keys: 'Keys: Alt+↓ / Alt+↑ next / previous · Ctrl+Enter save', answer: 'Student\'s answer', guidance: 'Marking guidance',
  criterion: 'Criterion', levels: 'Levels', points: 'Points', itemPoints: 'Item points', total: 'Total', comment: 'Comment',
  reason: 'Reason for the decision', save: 'Save mark', decide: 'Decide the mark', next: 'Next paper',
  blindOn: 'Blind marking: markers see codes only', blindReleased: 'Blind marking: names released', single: 'Single marking',
  doubleOn: 'Double marking; more than {threshold} points apart goes to a third mark or the head',
  progress: 'Marked {done}/{all}', progressDisputed: ' · {n} disputed', complete: 'Marking complete',
  code: 'Code {code}', question: 'Item {n}', paperOf: '{who} · Item {n} · up to {max} points', noAnswer: '(no answer)',
  AWAITING_FIRST: 'Waiting', AWAITING_SECOND: 'Waiting for 2nd mark', DISPUTED: 'Disputed', FINAL: 'Marked',
  FIRST: '1st mark', SECOND: '2nd mark', THIRD: '3rd mark', HEAD_DECISION: 'Head\'s decision',
  yourMark: '{round} ({who}): {points} points', finalIs: 'Final mark: {points}', notYourTurn: 'This paper is not waiting for your mark.',
  saved: 'Mark saved.', released: 'Names released.', nothingLeft: 'Nothing left waiting for your mark.',
  errNumber: 'Type a number, e.g. 0.25 or 1.5.', errRange: 'From 0 to {max}.', errDecimals: 'At most two decimals.',
  errMissing: 'No mark yet.', errReason: 'The decision needs a reason.',
  SAME_MARKER: 'You have marked this paper; the next mark needs another marker.', ALREADY_FINAL: 'This paper already has its final mark.',
  NOT_DISPUTED: 'This paper is not disputed.', NOT_HEAD: 'Only the department head or the management decide a dispute.',
  CHANGED_CONCURRENTLY: 'Another marker just marked this paper; reloaded.', NOT_GRADED: 'Names are released once every paper is marked.',
  NOT_GRADABLE: 'This item is no longer waiting for a mark.', FORBIDDEN: 'You may not mark this sitting.', UNKNOWN: 'Something went wrong. Please try again.',
  disputesTitle: 'Disputed papers waiting for the head\'s decision', disputedCount: '{n} disputed', decideOpen: 'Review and decide',
  mySittings: 'Sittings you created or proctor',
  disputeGap: 'The two markers are {gap} points apart, beyond the threshold of {threshold}: a third marker marks it, or the head decides the mark (with a reason).'
});

const me = session();
if (!me) location.href = './';
const state = { sittingId: null, queue: null, current: null };
const num = n => formatNumber(n, 2, lang());

function notify(text) {
  const box = $('notice');
  box.textContent = text;
  box.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { box.hidden = true; }, 5000);
}

const keyOf = x => `${x.code || x.attemptId}:${x.itemId}`;
const who = x => x.studentName ? `${x.studentName}` : t('code', { code: x.code });

// ---- list of sittings --------------------------------------------------------------------------------

const decides = () => ['DEPARTMENT_HEAD', 'PRINCIPAL', 'DEPUTY_PRINCIPAL', 'ADMIN'].some(r => (me?.roles || []).includes(r));

// A department head (or the management) finds the disputes of their subjects here, even for a
// sitting they neither created nor proctored.
async function showDisputes() {
  const reply = decides() ? await call('GET', 'marking/disputes') : { ok: false };
  const disputes = reply.ok ? reply.data : [];
  $('disputes').hidden = disputes.length === 0;
  const list = $('dispute-list');
  list.innerHTML = '';
  disputes.forEach(d => {
    const open = el('button', { type: 'button', className: 'primary', textContent: t('decideOpen') });
    open.dataset.sitting = d.sittingId;
    open.addEventListener('click', () => { location.search = `?sitting=${d.sittingId}`; });
    list.append(el('li', { className: 'card' }, el('div', {}, el('strong', { textContent: d.title }),
      el('div', { className: 'muted', textContent: `${formatDateTime(d.opensAt)} · ${t('disputedCount', { n: d.disputed })}` })), open));
  });
  return disputes.length;
}

async function showList() {
  $('list-view').hidden = false;
  const [reply, disputed] = await Promise.all([call('GET', 'sittings/mine'), showDisputes()]);
  const mine = reply.ok ? reply.data.sittings.filter(s => s.role !== 'STUDENT') : [];
  $('list-empty').hidden = mine.length > 0 || disputed > 0;
  $('mine-title').hidden = mine.length === 0 || disputed === 0;
  const list = $('sitting-list');
  list.innerHTML = '';
  mine.forEach(s => {
    const open = el('button', { type: 'button', className: 'primary', textContent: t('open') });
    open.dataset.sitting = s.id;
    open.addEventListener('click', () => { location.search = `?sitting=${s.id}`; });
    list.append(el('li', { className: 'card' }, el('div', {}, el('strong', { textContent: s.title }),
      el('div', { className: 'muted', textContent: `${formatDateTime(s.opensAt)} – ${formatDateTime(s.closesAt)}` })), open));
  });
}

// ---- one sitting ---------------------------------------------------------------------------------------

async function load(keepKey) {
  const reply = await call('GET', `sittings/${state.sittingId}/marking`);
  if (!reply.ok) { notify(t(reply.error?.error) || t('UNKNOWN')); return; }
  state.queue = reply.data;
  drawHead();
  drawQueue();
  const items = visibleItems();
  const pick = items.find(x => keyOf(x) === keepKey) || items.find(x => x.yourTurn || x.canDecide) || items[0];
  if (pick) select(keyOf(pick)); else { $('paper').hidden = true; }
}

function drawHead() {
  const q = state.queue;
  $('sitting-title').textContent = q.title;
  const policy = [q.blind ? t(q.released ? 'blindReleased' : 'blindOn') : null,
    q.doubleMarking ? t('doubleOn', { threshold: num(q.threshold) }) : t('single')].filter(Boolean);
  $('policy').textContent = policy.join(' · ');
  const all = q.items.length;
  const done = all - q.waiting;
  $('progress').max = Math.max(all, 1);
  $('progress').value = done;
  $('progress-text').textContent = q.complete ? t('complete') + ` (${done}/${all})`
    : t('progress', { done, all }) + (q.disputed ? t('progressDisputed', { n: q.disputed }) : '');
  $('release').hidden = !(q.canRelease && q.complete && !q.released);
}

function visibleItems() {
  const only = $('only-mine').checked;
  return state.queue.items.filter(x => !only || x.yourTurn || x.canDecide || (state.current && keyOf(x) === state.current));
}

function drawQueue() {
  const list = $('queue');
  list.innerHTML = '';
  visibleItems().forEach(x => {
    const b = el('button', { type: 'button', className: 'secondary' },
      el('span', { textContent: `${who(x)} · ${t('question', { n: x.position })}` }),
      el('span', { className: `mk-state ${x.status}`, textContent: t(x.status) }));
    b.dataset.key = keyOf(x);
    b.setAttribute('aria-current', String(keyOf(x) === state.current));
    b.addEventListener('click', () => select(keyOf(x)));
    list.append(el('li', {}, b));
  });
}

function item() { return state.queue.items.find(x => keyOf(x) === state.current); }

function select(key) {
  state.current = key;
  const x = item();
  document.querySelectorAll('#queue button').forEach(b => b.setAttribute('aria-current', String(b.dataset.key === key)));
  $('paper').hidden = false;
  $('paper-title').textContent = t('paperOf', { who: who(x), n: x.position, max: num(x.maxPoints) });
  $('stem').innerHTML = x.stem || '';            // sanitised by the item bank (RichText)
  $('guidance').innerHTML = x.guidance || '';    // idem
  $('answer').textContent = x.response?.text || t('noAnswer');
  const earlier = $('earlier');
  earlier.innerHTML = '';
  x.marks.forEach(m => earlier.append(el('div', { textContent: t('yourMark', { round: t(m.round), who: m.marker, points: num(m.points) })
    + (m.comment ? ` — ${m.comment}` : '') + (m.reason ? ` — ${m.reason}` : '') })));
  if (x.status === 'DISPUTED' && x.marks.length >= 2 && state.queue.threshold !== null) {
    const gap = Math.abs(Number(x.marks[0].points) - Number(x.marks[1].points));
    earlier.append(el('p', { className: 'mk-dispute', id: 'dispute-gap', textContent: t('disputeGap', { gap: num(gap), threshold: num(state.queue.threshold) }) }));
  }
  if (x.finalPoints !== null && x.finalPoints !== undefined) earlier.append(el('strong', { textContent: t('finalIs', { points: num(x.finalPoints) }) }));
  drawForm(x);
}

function drawForm(x) {
  const body = $('rubric').tBodies[0];
  body.innerHTML = '';
  const hasRubric = x.rubric.length > 0;
  $('rubric').hidden = !hasRubric;
  $('total-row').hidden = hasRubric;
  $('points').value = '';
  $('comment').value = '';
  $('reason').value = '';
  $('reason-row').hidden = !x.canDecide;
  $('save').textContent = t(x.canDecide ? 'decide' : 'save');
  const open = x.yourTurn || x.canDecide;
  $('mark-form').querySelectorAll('input, textarea, button[type=submit]').forEach(e => { e.disabled = !open; });
  $('form-error').textContent = open ? '' : t('notYourTurn');
  clearErrors();
  x.rubric.forEach(c => {
    const input = el('input', { type: 'text', inputMode: 'decimal', autocomplete: 'off', id: `crit-${c.id}`, disabled: !open });
    input.dataset.criterion = c.id;
    input.setAttribute('aria-label', `${c.name} (0–${num(c.max)})`);
    const levels = el('div', { className: 'mk-levels' });
    c.levels.forEach(l => {
      const b = el('button', { type: 'button', className: 'secondary', textContent: `${l.label} · ${num(l.points)}`, disabled: !open });
      b.tabIndex = -1;  // keyboard users type the points; the buttons are for the mouse
      b.addEventListener('click', () => { input.value = num(l.points); updateTotal(); input.focus(); });
      levels.append(b);
    });
    input.addEventListener('input', updateTotal);
    body.append(el('tr', {}, el('td', {}, el('label', { htmlFor: input.id, textContent: `${c.name}` }), el('div', { className: 'muted', textContent: `0–${num(c.max)}` })),
      el('td', {}, levels), el('td', {}, input, el('div', { className: 'error', id: `crit-${c.id}-error` }))));
  });
  updateTotal();
  const first = hasRubric ? body.querySelector('input') : $('points');
  if (open && first) first.focus();
}

function updateTotal() {
  const x = item();
  if (!x) return;
  let total;
  if (x.rubric.length) {
    const values = x.rubric.map(c => parseNumber($(`crit-${c.id}`).value));
    const raw = values.reduce((a, v) => a + (v ?? 0), 0);
    const rubricTotal = x.rubric.reduce((a, c) => a + Number(c.max), 0);
    total = rubricTotal > 0 ? raw * Number(x.maxPoints) / rubricTotal : raw;
    document.querySelectorAll('.mk-levels').forEach((levels, i) => levels.querySelectorAll('button')
      .forEach((b, j) => b.setAttribute('aria-pressed', String(values[i] !== null && values[i] === Number(x.rubric[i].levels[j].points)))));
  } else {
    total = parseNumber($('points').value) ?? 0;
  }
  $('total').textContent = `${num(total)} / ${num(x.maxPoints)}`;
}

function clearErrors() {
  document.querySelectorAll('#mark-form .error').forEach(e => { e.textContent = ''; });
  document.querySelectorAll('#mark-form [aria-invalid]').forEach(e => e.removeAttribute('aria-invalid'));
}

function fieldError(field, message) {
  const target = field === 'points' ? 'points' : field === 'reason' ? 'reason' : field.startsWith('criteria.') ? `crit-${field.slice(9)}` : null;
  const box = target && $(`${target}-error`);
  if (box) { box.textContent = message; $(target)?.setAttribute('aria-invalid', 'true'); $(target)?.focus(); } else $('form-error').textContent = message;
}

/** The page's own check, in the teacher's language; the server checks again and has the last word. */
function check(text, max) {
  if (String(text).trim() === '') return t('errMissing');
  const n = parseNumber(text);
  if (n === null) return t('errNumber');
  if (n < 0 || n > Number(max)) return t('errRange', { max: num(max) });
  if (decimals(text) > 2) return t('errDecimals');
  return null;
}

async function save(event) {
  event?.preventDefault();
  const x = item();
  if (!x || !(x.yourTurn || x.canDecide)) return;
  clearErrors();
  const body = { itemId: x.itemId, comment: $('comment').value.trim() };
  if (x.code) body.code = x.code; else body.attemptId = x.attemptId;
  let bad = false;
  if (x.rubric.length) {
    body.criteria = {};
    x.rubric.forEach(c => {
      const text = $(`crit-${c.id}`).value;
      const problem = check(text, c.max);
      if (problem && !bad) { fieldError(`criteria.${c.id}`, problem); bad = true; }
      body.criteria[c.id] = parseNumber(text);
    });
  } else {
    const problem = check($('points').value, x.maxPoints);
    if (problem) { fieldError('points', problem); bad = true; }
    body.points = parseNumber($('points').value);
  }
  if (x.canDecide) {
    body.decision = true;
    body.reason = $('reason').value.trim();
    if (!body.reason && !bad) { fieldError('reason', t('errReason')); bad = true; }
  }
  if (bad) return;
  $('save').disabled = true;
  const reply = await call('POST', `sittings/${state.sittingId}/marking/marks`, body);
  $('save').disabled = false;
  if (!reply.ok) {
    const e = reply.error || {};
    const detail = Array.isArray(e.details) ? e.details[0] : null;
    if (detail?.field) {
      const crit = x.rubric.find(c => `criteria.${c.id}` === detail.field);
      fieldError(detail.field, e.error === 'MARK_OUT_OF_RANGE' ? t('errRange', { max: num(crit ? crit.max : x.maxPoints) })
        : detail.field === 'reason' ? t('errReason') : t('errNumber'));
    } else {
      $('form-error').textContent = t(e.error) !== e.error ? t(e.error) : t('UNKNOWN');
      if (e.error === 'CHANGED_CONCURRENTLY') await load(state.current);
    }
    return;
  }
  notify(t('saved'));
  const before = keyOf(x);
  await load(before);
  const next = visibleItems().find(y => keyOf(y) !== before && (y.yourTurn || y.canDecide));
  if (next) select(keyOf(next)); else if (!state.queue.complete) notify(t('nothingLeft'));
}

function move(step) {
  const items = visibleItems();
  const i = items.findIndex(x => keyOf(x) === state.current);
  const next = items[(i + step + items.length) % items.length];
  if (next) select(keyOf(next));
}

$('mark-form').addEventListener('submit', save);
$('points').addEventListener('input', updateTotal);
$('next').addEventListener('click', () => move(1));
$('only-mine').addEventListener('change', drawQueue);
$('release').addEventListener('click', async () => {
  const reply = await call('POST', `sittings/${state.sittingId}/marking/release`);
  if (!reply.ok) { notify(t(reply.error?.error) || t('UNKNOWN')); return; }
  notify(t('released'));
  await load(null);
});
document.addEventListener('keydown', e => {
  if (state.sittingId === null) return;
  if (e.altKey && e.key === 'ArrowDown') { e.preventDefault(); move(1); }
  if (e.altKey && e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
  if (e.ctrlKey && e.key === 'Enter') { e.preventDefault(); save(); }
});
$('logout').addEventListener('click', () => { clearSession(); location.href = './'; });
$('display-name').textContent = me?.displayName || '';

bindLanguageSwitch(() => { if (state.queue) { drawHead(); drawQueue(); if (state.current) select(state.current); } });
applyTranslations();
const sittingParam = new URLSearchParams(location.search).get('sitting');
if (sittingParam) {
  state.sittingId = Number(sittingParam);
  $('list-view').hidden = true;
  $('sitting-view').hidden = false;
  load(null);
} else {
  showList();
}
