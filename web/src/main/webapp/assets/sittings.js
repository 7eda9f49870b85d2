// Scheduling a sitting (issue 17, item 1): an APPROVED paper, a class or some students, the window
// in Vietnam time, the duration, ONLINE or IN_PERSON, proctors, accommodations, admission, the
// review policy, blind/double marking and the gradebook column — all of POST /api/v1/sittings,
// with the server's refusals shown next to their field in the teacher's language.
import { applyTranslations, bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, clearSession, session } from './api.js';
import { describeProblem, knows } from './messages.js';
import { formatDateTime, instantToVietnamLocal, parseNumber, vietnamLocalToInstant } from './numbers.js';
import { $, el } from './dom.js';

register({
  scheduleTitle: 'Lên lịch kiểm tra', paperPart: 'Đề kiểm tra', subject: 'Môn', grade: 'Khối', paper: 'Đề đã duyệt',
  title: 'Tên buổi kiểm tra (không bắt buộc)', whoPart: 'Học sinh', wholeClass: 'Cả lớp', someStudents: 'Một số học sinh',
  classCode: 'Lớp', studentsHelp: 'Tên đăng nhập của học sinh, cách nhau bởi dấu phẩy hoặc xuống dòng',
  whenPart: 'Thời gian (giờ Việt Nam)', opensAt: 'Mở lúc', closesAt: 'Đóng lúc', duration: 'Thời gian làm bài (phút)',
  howPart: 'Hình thức và giám thị', IN_PERSON: 'Tại trường', ONLINE: 'Trực tuyến',
  proctors: 'Giám thị (tên đăng nhập, cách nhau bởi dấu phẩy)', admission: 'Học sinh chờ giám thị cho vào phòng thi', stagger: 'Giãn thời điểm vào thi (giây)',
  accommodations: 'Cộng thêm giờ cho học sinh (mỗi dòng: tên đăng nhập = số phút)', afterPart: 'Kết quả và chấm bài',
  reviewPolicy: 'Học sinh xem kết quả', AFTER_SUBMIT: 'Ngay sau khi nộp bài', AFTER_CLOSE: 'Sau khi buổi kiểm tra kết thúc', NEVER: 'Không cho xem',
  gradebookColumn: 'Cột điểm trong sổ', noColumn: 'Chưa ghi vào sổ', blindMarking: 'Chấm phách (giám khảo chỉ thấy số phách)',
  doubleMarking: 'Chấm hai vòng', threshold: 'Lệch quá bao nhiêu điểm thì chấm vòng ba', create: 'Lên lịch', creating: 'Đang lên lịch…',
  mine: 'Các buổi kiểm tra của tôi', titleCol: 'Buổi kiểm tra', windowCol: 'Thời gian', modeCol: 'Hình thức',
  monitor: 'Giám sát', mark: 'Chấm bài', scan: 'Chấm phiếu', publish: 'Công bố điểm vào sổ',
  publishFailed: 'Chưa công bố được điểm, hãy thử lại.',
  published: 'Đã ghi {n} điểm vào cột {column} (học kì {semester}).', noPaper: 'Chưa có đề nào được duyệt cho môn và khối này — hãy tạo và trình duyệt đề ở trang Ma trận và đề.',
  paperOption: '{title} · {minutes} phút · #{id}', created: 'Đã lên lịch buổi kiểm tra #{id}.',
  'err.paperId': 'Hãy chọn một đề đã được Hiệu trưởng duyệt.', 'err.classCode': 'Không có lớp này trong năm học hiện tại.',
  'err.students': 'Kiểm tra danh sách học sinh: {detail}', 'err.studentsEmpty': 'Chọn một lớp hoặc nhập ít nhất một học sinh.',
  'err.opensAt': 'Hãy chọn giờ mở.', 'err.closesAt': 'Giờ đóng phải sau giờ mở và đủ dài cho thời gian làm bài.',
  'err.durationMinutes': 'Thời gian làm bài là số phút từ 1 đến 600.', 'err.mode': 'Chọn hình thức kiểm tra.',
  'err.proctors': 'Giám thị phải là tài khoản cán bộ, giáo viên; buổi trực tuyến cần ít nhất một giám thị. {detail}',
  'err.accommodations': 'Mỗi dòng: tên đăng nhập của một học sinh trong buổi = số phút (0–600).',
  'err.reviewPolicy': 'Chọn cách học sinh xem kết quả.', 'err.markingThreshold': 'Ngưỡng lệch điểm là một số lớn hơn 0, tối đa 10, ví dụ 0,5.',
  'err.gradebookColumn': 'Cột điểm không hợp lệ cho môn này.', 'err.title': 'Tên tối đa 200 kí tự.',
  PAPER_NOT_APPROVED: 'Đề này chưa được duyệt xong.', PAPER_NOT_FOUND: 'Không tìm thấy đề.', FORBIDDEN: 'Thầy/cô không có quyền lên lịch buổi này.',
  UNKNOWN: 'Có lỗi xảy ra. Vui lòng thử lại.', NETWORK: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'
}, {
  scheduleTitle: 'Schedule a test', paperPart: 'Paper', subject: 'Subject', grade: 'Grade', paper: 'Approved paper',
  title: 'Title (optional)', whoPart: 'Students', wholeClass: 'Whole class', someStudents: 'Some students',
  classCode: 'Class', studentsHelp: 'Students\' usernames, separated by commas or new lines',
  whenPart: 'Time (Vietnam time)', opensAt: 'Opens at', closesAt: 'Closes at', duration: 'Duration (minutes)',
  howPart: 'Mode and proctors', IN_PERSON: 'In person', ONLINE: 'Online',
  proctors: 'Proctors (usernames, comma-separated)', admission: 'Students wait until a proctor admits them', stagger: 'Stagger the start (seconds)',
  accommodations: 'Extra time per student (one per line: username = minutes)', afterPart: 'Results and marking',
  reviewPolicy: 'Students see results', AFTER_SUBMIT: 'Right after submitting', AFTER_CLOSE: 'After the sitting closes', NEVER: 'Never',
  gradebookColumn: 'Gradebook column', noColumn: 'Not in the gradebook', blindMarking: 'Blind marking (markers see codes only)',
  doubleMarking: 'Double marking', threshold: 'Points apart that send a paper to a third mark', create: 'Schedule', creating: 'Scheduling…',
  mine: 'My sittings', titleCol: 'Sitting', windowCol: 'Window', modeCol: 'Mode',
  monitor: 'Proctor', mark: 'Mark', scan: 'Scan sheets', publish: 'Publish to the gradebook',
  publishFailed: 'The marks could not be published; try again.',
  published: '{n} marks written to column {column} (semester {semester}).', noPaper: 'No approved paper for this subject and grade yet — make one on the Blueprints and papers page.',
  paperOption: '{title} · {minutes} min · #{id}', created: 'Sitting #{id} scheduled.',
  'err.paperId': 'Choose a paper the principal has approved.', 'err.classCode': 'No such class this school year.',
  'err.students': 'Check the student list: {detail}', 'err.studentsEmpty': 'Choose a class or enter at least one student.',
  'err.opensAt': 'Choose when it opens.', 'err.closesAt': 'The close must be after the opening and long enough for the duration.',
  'err.durationMinutes': 'The duration is 1 to 600 minutes.', 'err.mode': 'Choose the mode.',
  'err.proctors': 'Proctors are staff accounts; an online sitting needs at least one. {detail}',
  'err.accommodations': 'One per line: a student of the sitting = minutes (0–600).',
  'err.reviewPolicy': 'Choose how students see results.', 'err.markingThreshold': 'The threshold is a number above 0, at most 10, e.g. 0.5.',
  'err.gradebookColumn': 'Not a column of this subject\'s gradebook.', 'err.title': 'At most 200 characters.',
  PAPER_NOT_APPROVED: 'This paper is not approved yet.', PAPER_NOT_FOUND: 'No such paper.', FORBIDDEN: 'You may not schedule this sitting.',
  UNKNOWN: 'Something went wrong. Please try again.', NETWORK: 'Cannot reach the server. Check the network and try again.'
});

const me = session();
if (!me) location.href = './';
const papers = new Map();

async function loadSubjects() {
  const reply = await call('GET', 'bank/subjects');
  const subjects = reply.ok ? reply.data : [{ code: 'MATH', nameVi: 'Toán', nameEn: 'Mathematics' }];
  $('subject').innerHTML = '';
  subjects.forEach(s => $('subject').append(el('option', { value: s.code, textContent: lang() === 'en' ? s.nameEn : s.nameVi })));
  $('subject').value = subjects.some(s => s.code === 'MATH') ? 'MATH' : subjects[0]?.code;
  $('grade').innerHTML = '';
  for (let g = 1; g <= 12; g++) $('grade').append(el('option', { value: String(g), textContent: String(g) }));
  $('grade').value = '9';
}

async function loadPapers() {
  const reply = await call('GET', `papers?subject=${encodeURIComponent($('subject').value)}&grade=${$('grade').value}`);
  const approved = reply.ok ? reply.data.filter(p => p.status === 'APPROVED') : [];
  papers.clear();
  $('paperId').innerHTML = '';
  approved.forEach(p => {
    papers.set(String(p.id), p);
    $('paperId').append(el('option', { value: String(p.id), textContent: t('paperOption', { title: p.title, minutes: p.durationMinutes, id: p.id }) }));
  });
  showError('paperId', approved.length ? '' : t('noPaper'));
  paperChosen();
}

function paperChosen() {
  const p = papers.get($('paperId').value);
  if (p) $('durationMinutes').value = String(p.durationMinutes);
  suggestWindow();
}

/** Opens at the next quarter hour, closes after the duration and a quarter of an hour to spare. */
function suggestWindow() {
  if ($('opensAt').dataset.touched) return;
  const start = new Date(Math.ceil(Date.now() / 900000) * 900000);
  const minutes = Number($('durationMinutes').value) || 45;
  $('opensAt').value = instantToVietnamLocal(start.toISOString());
  $('closesAt').value = instantToVietnamLocal(new Date(start.getTime() + (minutes + 15) * 60000).toISOString());
}

function showError(field, message) {
  const box = document.querySelector(`[data-error="${field}"]`);
  const input = $(field);
  if (box) box.textContent = message;
  if (input) { if (message) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid'); }
  return !!box;
}

function clearErrors() {
  document.querySelectorAll('[data-error]').forEach(b => { b.textContent = ''; });
  document.querySelectorAll('[aria-invalid]').forEach(i => i.removeAttribute('aria-invalid'));
  $('form-error').textContent = '';
}

const list = text => text.split(/[\s,;]+/).map(s => s.trim()).filter(Boolean);

/** The request, or null after showing what is wrong next to the field. */
function request() {
  let ok = true;
  const fail = (field, key, params) => { if (ok) $(field)?.focus(); ok = false; showError(field, t(key, params)); };
  const body = { paperId: Number($('paperId').value) || null, mode: document.querySelector('input[name=mode]:checked').value,
    reviewPolicy: $('reviewPolicy').value, admissionRequired: $('admissionRequired').checked };
  if (!body.paperId) fail('paperId', 'err.paperId');
  const stagger = Number($('staggerSeconds')?.value || 0);
  if (stagger > 0) body.staggerSeconds = stagger; // issue 19: out of range is refused on the field by the server
  if ($('title').value.trim()) body.title = $('title').value.trim();
  if ($('who-class').checked) {
    body.classCode = $('classCode').value.trim();
    if (!body.classCode) fail('classCode', 'err.studentsEmpty');
  } else {
    body.students = list($('students').value);
    if (!body.students.length) fail('students', 'err.studentsEmpty');
  }
  body.opensAt = vietnamLocalToInstant($('opensAt').value);
  body.closesAt = vietnamLocalToInstant($('closesAt').value);
  if (!body.opensAt) fail('opensAt', 'err.opensAt');
  if (!body.closesAt || (body.opensAt && body.closesAt <= body.opensAt)) fail('closesAt', 'err.closesAt');
  const duration = $('durationMinutes').value.trim();
  if (duration) {
    if (!/^\d+$/.test(duration) || Number(duration) < 1 || Number(duration) > 600) fail('durationMinutes', 'err.durationMinutes');
    body.durationMinutes = Number(duration);
  }
  body.proctors = list($('proctors').value);
  const extra = {};
  $('accommodations').value.split('\n').map(s => s.trim()).filter(Boolean).forEach(line => {
    const m = /^(\S+)\s*[=:]\s*(\d+)$/.exec(line);
    if (!m) fail('accommodations', 'err.accommodations'); else extra[m[1]] = Number(m[2]);
  });
  if (Object.keys(extra).length) body.accommodations = extra;
  if ($('gradebookColumn').value) body.gradebookColumn = $('gradebookColumn').value;
  body.blindMarking = $('blindMarking').checked;
  body.doubleMarking = $('doubleMarking').checked;
  if (body.doubleMarking) {
    body.markingThreshold = parseNumber($('markingThreshold').value);   // "0,5" and "0.5"
    if (body.markingThreshold === null || body.markingThreshold <= 0 || body.markingThreshold > 10) fail('markingThreshold', 'err.markingThreshold');
  }
  return ok ? body : null;
}

/** The server's refusal next to its field, in the teacher's language (the server's English stays out of the page). */
function showRefusal(error) {
  const e = error || {};
  const details = Array.isArray(e.details) ? e.details : [];
  let placed = false;
  details.forEach(d => {
    const field = String(d.field || '').split('.').pop();
    const detail = /:\s*(.+)$/.exec(d.message || '')?.[1] || '';
    if (field && t(`err.${field}`) !== `err.${field}`) placed = showError(field, t(`err.${field}`, { detail })) || placed;
  });
  if (['PAPER_NOT_APPROVED', 'PAPER_NOT_FOUND', 'PAPER_HAS_NO_VERSION'].includes(e.error)) placed = showError('paperId', t(e.error) !== e.error ? t(e.error) : t('err.paperId'));
  if (!placed) $('form-error').textContent = t(e.error) !== e.error ? t(e.error) : t('UNKNOWN');
  const first = document.querySelector('[aria-invalid=true]');
  (first || $('form-error')).scrollIntoView({ block: 'center' });
  first?.focus();
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const body = request();
  if (!body) return;
  $('create').disabled = true;
  $('create').textContent = t('creating');
  const reply = await call('POST', 'sittings', body);
  $('create').disabled = false;
  $('create').textContent = t('create');
  if (!reply.ok) { showRefusal(reply.error); return; }
  $('form-error').textContent = '';
  const done = el('p', { className: 'notice-ok', id: 'created', textContent: t('created', { id: reply.data.id }) });
  document.getElementById('created')?.remove();
  $('create').after(done);
  loadMine();
}

async function loadMine() {
  const reply = await call('GET', 'sittings/mine');
  const body = $('mine').tBodies[0];
  body.innerHTML = '';
  (reply.ok ? reply.data.sittings : []).filter(s => s.role !== 'STUDENT').forEach(s => {
    const result = el('span', { className: 'row-message', role: 'status' });
    const publish = el('button', { type: 'button', className: 'publish', textContent: t('publish') });
    // Writes every graded score into the sitting's gradebook column; the server refuses (in words)
    // while an essay waits for marking or when the sitting names no column.
    publish.addEventListener('click', async () => {
      publish.disabled = true;
      const r = await call('POST', `sittings/${s.id}/results/publish`);
      publish.disabled = false;
      result.className = r.ok ? 'row-message notice-ok' : 'row-message error';
      result.textContent = r.ok ? t('published', { n: r.data.written, column: r.data.column, semester: r.data.semester })
        : (r.error && r.error.error && knows(r.error.error) ? describeProblem(r.error) : t('publishFailed'));
    });
    const links = el('td', {}, el('a', { href: `proctor.html?sitting=${s.id}`, textContent: t('monitor') }),
      el('a', { href: `marking.html?sitting=${s.id}`, textContent: t('mark') }),
      s.mode === 'IN_PERSON' ? el('a', { href: `scan.html?sitting=${s.id}`, textContent: t('scan') }) : '',
      publish, result);
    links.dataset.sitting = s.id;
    body.append(el('tr', {}, el('td', { textContent: `${s.title} (#${s.id})` }),
      el('td', { textContent: `${formatDateTime(s.opensAt)} – ${formatDateTime(s.closesAt)}` }),
      el('td', { textContent: t(s.mode) }), links));
  });
}

async function loadClasses() {
  if (!session().roles.some(r => ['ADMIN', 'PRINCIPAL', 'DEPUTY_PRINCIPAL'].includes(r))) return; // the list is theirs; a teacher types the class
  const reply = await call('GET', 'admin/classes');   // management only: a teacher types the class
  if (reply.ok) reply.data.forEach(c => $('classes').append(el('option', { value: c.code })));
}

document.querySelectorAll('input[name=who]').forEach(r => r.addEventListener('change', () => {
  $('class-field').hidden = !$('who-class').checked;
  $('students-field').hidden = $('who-class').checked;
}));
$('doubleMarking').addEventListener('change', () => { $('threshold-field').hidden = !$('doubleMarking').checked; });
$('subject').addEventListener('change', loadPapers);
$('grade').addEventListener('change', loadPapers);
$('paperId').addEventListener('change', paperChosen);
['opensAt', 'closesAt'].forEach(id => $(id).addEventListener('input', () => { $('opensAt').dataset.touched = '1'; }));
$('sitting-form').addEventListener('submit', submit);
$('logout').addEventListener('click', () => { clearSession(); location.href = './'; });
$('display-name').textContent = me?.displayName || '';
$('proctors').value = me?.username || '';

applyTranslations();
bindLanguageSwitch(() => { loadSubjects().then(loadPapers); loadMine(); });
await loadSubjects();
await loadPapers();
loadMine();
loadClasses();
