// Remote periodic assessment (issue 7): file a request with evidence (upload progress), follow its
// status, the principal's queue and decision dialog, delegations, the semester report with a chart.
// Who may do what is decided by the server; this page only hides what a role never uses.
import { formatDateTime } from './numbers.js';
import { applyTranslations, bindLanguageSwitch, lang, register, t } from './i18n.js';
import { call, session, token } from './api.js';
import { citationsText, errorText as describeError } from './messages.js';
import { mountBell } from './bell.js';
import { $, el } from './dom.js';

register({
  remoteTitle: 'Kiểm tra định kì trực tuyến vì lí do bất khả kháng',
  remoteIntro: 'Bài kiểm tra giữa kì, cuối kì, kiểm tra bù và kiểm tra lại làm trực tiếp tại trường. Học sinh không thể đến trường vì lí do bất khả kháng chỉ được kiểm tra trực tuyến khi Hiệu trưởng quyết định. Đi thi, công tác cho trường không phải bất khả kháng: học sinh kiểm tra bù trực tiếp tại trường.',
  tabFile: 'Gửi yêu cầu', tabMine: 'Yêu cầu của tôi', tabQueue: 'Chờ duyệt', tabDecided: 'Đã quyết định', tabDelegations: 'Ủy quyền', tabReport: 'Thống kê',
  student: 'Học sinh', sitting: 'Bài kiểm tra', sittingHelp: 'Chỉ liệt kê bài kiểm tra giữa kì, cuối kì, kiểm tra bù, kiểm tra lại.',
  noSittings: '— Không có bài kiểm tra định kì nào —', noStudents: '— Không có học sinh —',
  reason: 'Lí do', explanation: 'Giải trình', explanationHelp: 'Bắt buộc với lí do khác.',
  evidence: 'Minh chứng (giấy khám bệnh, xác nhận của địa phương…)',
  evidenceHelp: 'Tệp PDF hoặc ảnh, tối đa 10 MB mỗi tệp, tối đa 10 tệp. Chỉ người xét duyệt được xem nội dung.',
  send: 'Gửi yêu cầu', sending: 'Đang gửi…', remove: 'Bỏ', uploading: 'Đang tải lên {p}%', uploaded: 'Đã tải lên ({size})',
  tooLarge: 'Tệp lớn hơn 10 MB.', waitUploads: 'Hãy chờ tải xong minh chứng.',
  ILLNESS: 'Ốm đau, tai nạn', DISASTER: 'Thiên tai, lũ lụt', EPIDEMIC_ISOLATION: 'Cách li y tế', FAMILY_EMERGENCY: 'Việc gia đình đột xuất',
  OFFICIAL_DUTY: 'Đại diện nhà trường (công vụ)', OTHER: 'Lí do khác',
  MIDTERM: 'Giữa kì', FINAL: 'Cuối kì', MAKEUP: 'Kiểm tra bù', RETEST: 'Kiểm tra lại', REGULAR: 'Thường xuyên',
  PENDING: 'Chờ duyệt', APPROVED: 'Đã duyệt', REJECTED: 'Không duyệt', WITHDRAWN: 'Đã rút',
  ONLINE_PROCTORED: 'Làm bài trực tuyến có giám sát', ONLINE_ORAL: 'Vấn đáp trực tuyến',
  STUDENT_FILER: 'học sinh', HOMEROOM_TEACHER: 'giáo viên chủ nhiệm', SUBJECT_TEACHER: 'giáo viên bộ môn',
  filedOk: 'Đã gửi yêu cầu. Trạng thái: chờ Hiệu trưởng xét duyệt.', eligibleYes: 'Theo quy định: đủ điều kiện trình Hiệu trưởng xét duyệt.',
  eligibleNo: 'Theo quy định: không đủ điều kiện — Hiệu trưởng chỉ có thể không duyệt.', citations: 'Căn cứ',
  filedBy: 'Người gửi', filedAt: 'Gửi lúc', class: 'Lớp', closesAt: 'Hạn cuối', evidenceList: 'Minh chứng',
  evidenceCount: '{n} tệp (chỉ người xét duyệt được xem)', noEvidence: 'Không có', view: 'Xem',
  decide: 'Xét duyệt', withdraw: 'Rút yêu cầu', withdrawn: 'Đã rút yêu cầu.', record: 'In quyết định (PDF)', history: 'Nhật kí',
  decideTitle: 'Xét duyệt yêu cầu', decision: 'Quyết định', approveLabel: 'Đồng ý kiểm tra trực tuyến', rejectLabel: 'Không đồng ý (kiểm tra bù trực tiếp)',
  form: 'Hình thức', note: 'Ghi chú', cancel: 'Huỷ', confirm: 'Xác nhận',
  noteHelpReject: 'Bắt buộc: nêu lí do và hướng dẫn học sinh kiểm tra bù trực tiếp tại trường.', noteHelpApprove: 'Không bắt buộc.',
  chooseDecision: 'Hãy chọn đồng ý hoặc không đồng ý.', signPrincipal: 'Ký: Hiệu trưởng', signDeputy: 'Ký: KT. Hiệu trưởng — Phó hiệu trưởng',
  decidedApproved: 'Đã duyệt yêu cầu của {name}: {form}. {sign}.', decidedRejected: 'Không duyệt yêu cầu của {name}; học sinh kiểm tra bù trực tiếp. {sign}.',
  decidedBy: 'Người quyết định', onBehalf: 'KT. Hiệu trưởng', makeUp: 'Học sinh kiểm tra bù trực tiếp tại trường.',
  emptyQueue: 'Không có yêu cầu nào chờ duyệt.', emptyList: 'Chưa có yêu cầu nào.', show: 'Hiển thị',
  deputy: 'Phó hiệu trưởng', validFrom: 'Từ ngày', validUntil: 'Đến hết ngày', state: 'Trạng thái', recordDelegation: 'Ghi nhận ủy quyền',
  delegationHelp: 'Phó hiệu trưởng chỉ được xét duyệt thay Hiệu trưởng (ký "KT. Hiệu trưởng") trong thời hạn được ủy quyền.',
  current: 'Đang hiệu lực', notCurrent: 'Hết hoặc chưa hiệu lực', delegationSaved: 'Đã ghi nhận ủy quyền.', fillDates: 'Hãy chọn đủ ngày bắt đầu và kết thúc.',
  semester: 'Học kì', verifyAudit: 'Kiểm tra nhật kí', auditIntact: 'Nhật kí nguyên vẹn: đã kiểm tra {n} mục.', auditBroken: 'Nhật kí có dấu hiệu bị sửa: {problems}',
  reportTotal: 'Số lần cho phép kiểm tra trực tuyến trong học kì: {n}', byReason: 'Theo lí do', byClass: 'Theo lớp', bySubject: 'Theo môn',
  chartLabel: 'Biểu đồ số yêu cầu', noData: 'Chưa có số liệu.', pendingCount: 'chờ', approvedCount: 'duyệt', rejectedCount: 'không duyệt', withdrawnCount: 'rút',
  semesterNone: 'ngoài học kì', REQUEST_NOT_FOUND: 'Không tìm thấy yêu cầu.',
  delegationScope: 'Phạm vi', scopeREMOTE_ASSESSMENT: 'Duyệt kiểm tra trực tuyến', scopeMATERIALS_APPROVAL: 'Duyệt câu hỏi và đề kiểm tra',
  scopeGRADEBOOK_LOCK: 'Chốt sổ điểm và duyệt đính chính',
  rejectedForYou: 'Yêu cầu của em đã bị từ chối: em làm bài kiểm tra bù trực tiếp tại trường.',
  rejectedForStudent: 'Yêu cầu đã bị từ chối: học sinh làm bài kiểm tra bù trực tiếp tại trường.',
  noClass: 'Chưa xếp lớp', noSubject: 'Không theo môn',
  noCurrentDelegation: 'Bạn chưa có ủy quyền còn hiệu lực của Hiệu trưởng nên chưa xét duyệt được yêu cầu nào.'
}, {
  remoteTitle: 'Periodic tests online for force majeure',
  remoteIntro: 'Midterm, end-of-term, make-up tests and retests are taken in person at school. A student who cannot come for reasons beyond their control may take one online only when the principal decides so. Representing the school is not force majeure: the student sits a make-up in person.',
  tabFile: 'File a request', tabMine: 'My requests', tabQueue: 'Pending', tabDecided: 'Decided', tabDelegations: 'Delegations', tabReport: 'Report',
  student: 'Student', sitting: 'Test', sittingHelp: 'Only midterm, end-of-term, make-up tests and retests are listed.',
  noSittings: '— No periodic test —', noStudents: '— No student —',
  reason: 'Reason', explanation: 'Explanation', explanationHelp: 'Required for another reason.',
  evidence: 'Evidence (medical note, local authority\'s confirmation…)',
  evidenceHelp: 'PDF or images, at most 10 MB each, at most 10 files. Only those who decide see the contents.',
  send: 'Send request', sending: 'Sending…', remove: 'Remove', uploading: 'Uploading {p}%', uploaded: 'Uploaded ({size})',
  tooLarge: 'The file is larger than 10 MB.', waitUploads: 'Wait until the evidence has uploaded.',
  ILLNESS: 'Illness or injury', DISASTER: 'Natural disaster, flooding', EPIDEMIC_ISOLATION: 'Epidemic isolation', FAMILY_EMERGENCY: 'Family emergency',
  OFFICIAL_DUTY: 'Official duty for the school', OTHER: 'Another reason',
  MIDTERM: 'Midterm', FINAL: 'End of term', MAKEUP: 'Make-up', RETEST: 'Retest', REGULAR: 'Regular',
  PENDING: 'Pending', APPROVED: 'Approved', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn',
  ONLINE_PROCTORED: 'Proctored online test', ONLINE_ORAL: 'Online oral examination',
  STUDENT_FILER: 'student', HOMEROOM_TEACHER: 'homeroom teacher', SUBJECT_TEACHER: 'subject teacher',
  filedOk: 'Request sent. Status: waiting for the principal\'s decision.', eligibleYes: 'By the rules: eligible to go to the principal.',
  eligibleNo: 'By the rules: not eligible — the principal can only reject it.', citations: 'Citations',
  filedBy: 'Filed by', filedAt: 'Filed at', class: 'Class', closesAt: 'Closes', evidenceList: 'Evidence',
  evidenceCount: '{n} file(s) (only those who decide see them)', noEvidence: 'None', view: 'View',
  decide: 'Decide', withdraw: 'Withdraw', withdrawn: 'Request withdrawn.', record: 'Print decision (PDF)', history: 'History',
  decideTitle: 'Decide the request', decision: 'Decision', approveLabel: 'Approve online assessment', rejectLabel: 'Reject (make-up in person)',
  form: 'Form', note: 'Note', cancel: 'Cancel', confirm: 'Confirm',
  noteHelpReject: 'Required: say why and point the student to the in-person make-up.', noteHelpApprove: 'Optional.',
  chooseDecision: 'Choose approve or reject.', signPrincipal: 'Signed: Principal', signDeputy: 'Signed: KT. Hiệu trưởng — deputy principal on the principal\'s behalf',
  decidedApproved: 'Approved {name}\'s request: {form}. {sign}.', decidedRejected: 'Rejected {name}\'s request; the student sits the make-up in person. {sign}.',
  decidedBy: 'Decided by', onBehalf: 'on behalf of the principal (KT. Hiệu trưởng)', makeUp: 'The student sits the make-up in person at school.',
  emptyQueue: 'No request is waiting.', emptyList: 'No requests yet.', show: 'Show',
  deputy: 'Deputy principal', validFrom: 'From', validUntil: 'Until the end of', state: 'State', recordDelegation: 'Record delegation',
  delegationHelp: 'A deputy principal decides on the principal\'s behalf ("KT. Hiệu trưởng") only within a recorded delegation\'s period.',
  current: 'Current', notCurrent: 'Expired or not yet valid', delegationSaved: 'Delegation recorded.', fillDates: 'Choose both the start and the end date.',
  semester: 'Semester', verifyAudit: 'Verify the audit trail', auditIntact: 'The audit trail is intact: {n} entries checked.', auditBroken: 'The audit trail shows tampering: {problems}',
  reportTotal: 'Online assessments authorised this semester: {n}', byReason: 'By reason', byClass: 'By class', bySubject: 'By subject',
  chartLabel: 'Chart of requests', noData: 'No data yet.', pendingCount: 'pending', approvedCount: 'approved', rejectedCount: 'rejected', withdrawnCount: 'withdrawn',
  semesterNone: 'outside the semesters', REQUEST_NOT_FOUND: 'No such request.',
  delegationScope: 'Scope', scopeREMOTE_ASSESSMENT: 'Decide online assessments', scopeMATERIALS_APPROVAL: 'Approve items and papers',
  scopeGRADEBOOK_LOCK: 'Lock gradebooks and approve amendments',
  rejectedForYou: 'Your request was rejected: you sit the make-up test in person at school.',
  rejectedForStudent: 'The request was rejected: the student sits the make-up test in person at school.',
  noClass: 'No class', noSubject: 'No subject',
  noCurrentDelegation: 'You hold no current delegation from the principal, so there are no requests for you to decide.'
});

const me = session();
if (!me) location.href = './';
const has = role => me.roles.includes(role);
const may = {
  file: has('TEACHER') || has('DEPARTMENT_HEAD') || has('STUDENT'),
  mine: !has('ADMIN') || me.roles.length > 1,
  decide: has('PRINCIPAL') || has('DEPUTY_PRINCIPAL'),
  delegate: has('PRINCIPAL') || has('ADMIN') || has('DEPUTY_PRINCIPAL'),
  report: has('PRINCIPAL') || has('DEPUTY_PRINCIPAL') || has('ADMIN')
};
const when = iso => iso ? formatDateTime(iso) : '—'; // one format, Vietnam time (issue 17, point 13)
const size = bytes => bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
const errorText = e => e ? (lang() === 'en' ? e.details?.en : e.details?.vi) || (t(e.error) !== e.error ? t(e.error) : describeError(e)) : t('UNKNOWN');
const reasonText = r => lang() === 'en' ? r.en : r.vi;

function say(text, bad = false) {
  const p = $('page-message');
  p.textContent = text;
  p.classList.toggle('bad', bad);
}

// ---- tabs ---------------------------------------------------------------------------------------

const tabs = [...document.querySelectorAll('[role=tab]')].filter(tab => may[tab.dataset.role]);
document.querySelectorAll('[role=tab]').forEach(tab => { tab.hidden = !tabs.includes(tab); });
const loaders = { file: loadFilingForm, mine: loadMine, queue: loadQueue, decided: loadDecided, delegations: loadDelegations, report: loadReport };

function selectTab(tab, focus) {
  tabs.forEach(other => {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  });
  if (focus) tab.focus();
  const name = tab.id.replace('tab-', '');
  if (!location.hash.startsWith('#request=')) history.replaceState(null, '', '#' + name);
  loaders[name]?.();
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => { say(''); selectTab(tab, false); });
  tab.addEventListener('keydown', event => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], true);
  });
});

// ---- filing -------------------------------------------------------------------------------------

const uploads = [];   // {file, id?, xhr?, error?, li}
// Representing the school (OFFICIAL_DUTY) is a justified absence, not force majeure: it leads to an
// in-person make-up (TT22 Art. 7), so it is not offered here — the rules would refuse it (issue 16).
const reasons = ['ILLNESS', 'DISASTER', 'EPIDEMIC_ISOLATION', 'FAMILY_EMERGENCY', 'OTHER'];
let filingLoaded = false;

async function loadFilingForm() {
  const reasonSelect = $('file-reason');
  const chosen = reasonSelect.value;
  reasonSelect.innerHTML = '';
  reasons.forEach(r => reasonSelect.append(el('option', { value: r }, t(r))));
  if (chosen) reasonSelect.value = chosen;
  if (filingLoaded) return;
  filingLoaded = true;
  $('student-field').hidden = has('STUDENT');
  const students = await call('GET', 'remote-requests/students');
  const select = $('file-student');
  select.innerHTML = '';
  (students.ok ? students.data : []).forEach(s => select.append(el('option', { value: s.username }, `${s.name} — ${s.classCode || ''} (${s.username})`)));
  if (!select.options.length) select.append(el('option', { value: '' }, t('noStudents')));
  await loadSittings();
}

async function loadSittings() {
  const student = has('STUDENT') ? me.username : $('file-student').value;
  const select = $('file-sitting');
  select.innerHTML = '';
  if (student) {
    const reply = await call('GET', 'remote-requests/sittings?studentId=' + encodeURIComponent(student));
    (reply.ok ? reply.data : []).forEach(s => select.append(el('option', { value: s.id },
      `${t(s.kind)} — ${s.title} (${when(s.opensAt)})`)));
  }
  if (!select.options.length) select.append(el('option', { value: '' }, t('noSittings')));
}
$('file-student').addEventListener('change', loadSittings);
$('file-reason').addEventListener('change', () => {
  $('file-explanation').required = $('file-reason').value === 'OTHER';
});

$('file-evidence').addEventListener('change', () => {
  [...$('file-evidence').files].forEach(upload);
  $('file-evidence').value = '';
});

// One XMLHttpRequest per file: fetch() cannot report upload progress.
function upload(file) {
  const entry = { file };
  const progress = el('progress', { max: 100, value: 0 });
  const status = el('span', { class: 'muted' }, t('uploading', { p: 0 }));
  const remove = el('button', { type: 'button', class: 'link' }, t('remove'));
  entry.li = el('li', {}, el('span', {}, file.name, ' ', status), remove, progress);
  $('uploads').append(entry.li);
  uploads.push(entry);
  remove.addEventListener('click', () => {
    entry.xhr?.abort();
    if (entry.id) call('DELETE', 'evidence/' + entry.id);
    uploads.splice(uploads.indexOf(entry), 1);
    entry.li.remove();
  });
  if (file.size > 10 * 1024 * 1024) {
    fail(entry, t('tooLarge'));
    return;
  }
  const xhr = new XMLHttpRequest();
  entry.xhr = xhr;
  xhr.open('POST', 'api/v1/evidence');
  xhr.setRequestHeader('Authorization', 'Bearer ' + token());
  xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
  xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
  xhr.upload.addEventListener('progress', e => {
    if (!e.lengthComputable) return;
    progress.value = Math.round(100 * e.loaded / e.total);
    status.textContent = t('uploading', { p: progress.value });
  });
  xhr.addEventListener('load', () => {
    entry.xhr = null;
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
    if (xhr.status === 201) {
      entry.id = body.id;
      progress.value = 100;
      progress.hidden = true;
      status.textContent = t('uploaded', { size: size(body.sizeBytes) });
    } else {
      fail(entry, errorText(body));
    }
  });
  xhr.addEventListener('error', () => { entry.xhr = null; fail(entry, t('NETWORK')); });
  xhr.send(file);
}

function fail(entry, message) {
  entry.error = message;
  entry.li.querySelector('progress').hidden = true;
  entry.li.querySelector('.muted').textContent = '';
  entry.li.append(el('span', { class: 'bad', role: 'alert' }, message));
}

$('file-form').addEventListener('submit', async event => {
  event.preventDefault();
  $('file-error').textContent = '';
  if (uploads.some(u => u.xhr)) { $('file-error').textContent = t('waitUploads'); return; }
  const button = $('file-submit');
  button.disabled = true;
  button.textContent = t('sending');
  const body = {
    studentId: has('STUDENT') ? me.username : $('file-student').value,
    sittingId: $('file-sitting').value,
    reason: $('file-reason').value,
    explanation: $('file-explanation').value.trim() || null,
    evidence: uploads.filter(u => u.id).map(u => u.id)
  };
  const reply = await call('POST', 'remote-requests', body);
  button.disabled = false;
  button.textContent = t('send');
  const result = $('file-result');
  result.innerHTML = '';
  if (!reply.ok) {
    $('file-error').textContent = errorText(reply.error);
    return;
  }
  uploads.splice(0).forEach(u => u.li.remove());
  $('file-explanation').value = '';
  result.append(el('p', { class: 'page-message', id: 'filed-id', dataId: reply.data.id }, t('filedOk')), eligibility(reply.data));
});

function eligibility(r) {
  return el('div', { class: 'eligibility ' + (r.eligible ? 'yes' : 'no') },
    el('strong', {}, r.eligible ? t('eligibleYes') : t('eligibleNo')),
    el('ul', { class: 'reasons' }, r.reasons.map(x => el('li', {}, reasonText(x), ' ', x.citation ? el('span', { class: 'cite' }, `[${citationsText(x.citation)}]`) : ''))),
    r.citations.length ? el('small', { class: 'muted' }, `${t('citations')}: ${citationsText(r.citations)}`) : '');
}

// ---- lists of requests --------------------------------------------------------------------------

function card(r, { decide = false } = {}) {
  const subject = lang() === 'en' ? r.sitting.subjectEn : r.sitting.subjectVi;
  const status = el('span', { class: 'status ' + r.status }, t(r.status));
  const box = el('article', { class: 'request', id: 'request-' + r.id, dataRequest: r.id },
    el('h3', {}, `${r.studentName} — ${r.classCode || ''} `, status),
    el('dl', {},
      el('dt', {}, t('sitting')), el('dd', {}, `${t(r.sitting.kind)}${subject ? ' — ' + subject : ''} — ${r.sitting.title || r.sitting.id}`),
      el('dt', {}, t('closesAt')), el('dd', {}, when(r.sitting.closesAt)),
      el('dt', {}, t('reason')), el('dd', {}, t(r.reason) + (r.explanation ? ` — ${r.explanation}` : '')),
      el('dt', {}, t('filedBy')), el('dd', {}, `${r.filedByName} (${t(r.filedAs === 'STUDENT' ? 'STUDENT_FILER' : r.filedAs)}), ${when(r.filedAt)}`),
      el('dt', {}, t('evidenceList')), el('dd', {}, evidenceList(r))),
    eligibility(r));
  if (r.decision) {
    const d = r.decision;
    // The outcome first, in the student's words (issue 17, point 7); the rules' pre-check no longer applies.
    if (!d.approved) box.append(el('p', { class: 'outcome rejected', id: 'outcome-' + r.id }, has('STUDENT') ? t('rejectedForYou') : t('rejectedForStudent')));
    if (has('STUDENT')) box.querySelector('.eligibility')?.remove();
    box.append(el('div', { class: 'decision-box' },
      el('p', {}, el('strong', {}, d.approved ? `${t('APPROVED')}: ${t(d.form)}` : t('REJECTED')), d.note ? ` — ${d.note}` : ''),
      d.makeUpInPerson ? el('p', { class: 'muted' }, t('makeUp')) : '',
      el('p', { class: 'muted signature' }, `${t('decidedBy')}: ${d.decidedByName}${d.onBehalfOf ? ' — ' + t('onBehalf') : ''} (${d.signature}), ${when(d.decidedAt)}`)));
  }
  const actions = el('div', { class: 'row-actions' });
  if (decide && r.mayDecide) {
    const button = el('button', { type: 'button', class: 'primary decide-button' }, t('decide'));
    button.addEventListener('click', () => openDecision(r));
    actions.append(button);
  }
  if (r.mayWithdraw) {
    const button = el('button', { type: 'button', class: 'secondary withdraw-button' }, t('withdraw'));
    button.addEventListener('click', async () => {
      const reply = await call('POST', `remote-requests/${r.id}/withdraw`);
      if (reply.ok) { say(t('withdrawn')); loadMine(); } else say(errorText(reply.error), true);
    });
    actions.append(button);
  }
  if (r.decision && may.decide) {
    const button = el('button', { type: 'button', class: 'secondary record-button' }, t('record'));
    button.addEventListener('click', () => download(`remote-requests/${r.id}/record.pdf`, `quyet-dinh-${r.id}.pdf`));
    actions.append(button);
  }
  if (actions.childElementCount) box.append(actions);
  return box;
}

function evidenceList(r) {
  if (!r.evidenceCount) return t('noEvidence');
  if (!r.evidence.length) return t('evidenceCount', { n: r.evidenceCount });
  return el('ul', { class: 'reasons' }, r.evidence.map(f => el('li', {}, `${f.fileName} (${size(f.sizeBytes)}) `,
    f.download ? viewLink(f) : '')));
}

function viewLink(f) {
  const a = el('button', { type: 'button', class: 'link' }, t('view'));
  a.addEventListener('click', () => download(f.download.replace('api/v1/', ''), f.fileName, true));
  return a;
}

// Files need the bearer token, so they are fetched and handed to the browser as a blob.
async function download(path, name, open = false) {
  const response = await fetch('api/v1/' + path, { headers: { Authorization: 'Bearer ' + token() } });
  if (!response.ok) {
    say(errorText(await response.json().catch(() => null)), true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  if (open) { window.open(url, '_blank', 'noopener'); } else { const a = el('a', { href: url, download: name }); document.body.append(a); a.click(); a.remove(); }
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

async function fill(listId, path, options, empty) {
  const list = $(listId);
  list.innerHTML = '';
  const reply = await call('GET', path);
  if (!reply.ok) { list.append(el('p', { class: 'error', role: 'alert' }, errorText(reply.error))); return []; }
  if (!reply.data.length) list.append(el('p', { class: 'muted' }, t(empty)));
  reply.data.filter(r => !document.getElementById('request-' + r.id)).forEach(r => list.append(card(r, options)));
  return reply.data;
}

function loadMine() { return fill('mine-list', 'remote-requests/mine', {}, 'emptyList'); }
async function loadQueue() {
  // A deputy decides only under a current delegation: without one, say so instead of asking for a refusal.
  if (has('DEPUTY_PRINCIPAL') && !has('PRINCIPAL')) {
    const delegations = await call('GET', 'delegations');
    if (delegations.ok && !delegations.data.some(d => d.current && d.deputyId === me.username)) {
      $('queue-list').replaceChildren(el('p', { class: 'muted' }, t('noCurrentDelegation')));
      return [];
    }
  }
  return fill('queue-list', 'remote-requests?status=PENDING', { decide: true }, 'emptyQueue');
}
function loadDecided() { return fill('decided-list', 'remote-requests?status=' + $('decided-status').value, {}, 'emptyList'); }
$('decided-status').addEventListener('change', loadDecided);

// ---- the decision dialog ------------------------------------------------------------------------

let deciding = null;
function openDecision(r) {
  deciding = r;
  $('decide-form').reset();
  $('decide-error').textContent = '';
  $('decide-summary').textContent = `${r.studentName} (${r.classCode || ''}) — ${t(r.sitting.kind)} ${r.sitting.title || ''} — ${t(r.reason)}`;
  $('approve-yes').disabled = !r.eligible;
  $('decide-signature').textContent = has('PRINCIPAL') ? t('signPrincipal') : t('signDeputy');
  syncDialog();
  $('decide-dialog').showModal();
}
function syncDialog() {
  const approve = $('approve-yes').checked;
  $('decide-form-field').hidden = !approve;
  $('decide-note-help').textContent = $('approve-no').checked ? t('noteHelpReject') : t('noteHelpApprove');
  $('decide-note').required = $('approve-no').checked;
}
['approve-yes', 'approve-no'].forEach(id => $(id).addEventListener('change', syncDialog));
$('decide-cancel').addEventListener('click', () => $('decide-dialog').close());
$('decide-form').addEventListener('submit', async event => {
  event.preventDefault();
  if (!$('approve-yes').checked && !$('approve-no').checked) { $('decide-error').textContent = t('chooseDecision'); return; }
  const approve = $('approve-yes').checked;
  $('decide-submit').disabled = true;
  const reply = await call('POST', `remote-requests/${deciding.id}/decision`,
    { approve, form: approve ? $('decide-form-select').value : null, note: $('decide-note').value.trim() || null });
  $('decide-submit').disabled = false;
  if (!reply.ok) { $('decide-error').textContent = errorText(reply.error); return; }
  $('decide-dialog').close();
  const d = reply.data.decision;
  const sign = d.onBehalfOf ? `${d.decidedByName} — ${t('onBehalf')}` : d.decidedByName;
  say(approve ? t('decidedApproved', { name: deciding.studentName, form: t(d.form), sign }) : t('decidedRejected', { name: deciding.studentName, sign }));
  loadQueue();
});

// ---- delegations --------------------------------------------------------------------------------

async function loadDelegations() {
  $('delegation-form').hidden = !(has('PRINCIPAL') || has('ADMIN'));
  if (!$('delegation-form').hidden && !$('delegation-deputy').options.length) {
    const deputies = await call('GET', 'delegations/deputies');
    (deputies.ok ? deputies.data : []).forEach(p => $('delegation-deputy').append(el('option', { value: p.username }, `${p.name} (${p.username})`)));
  }
  const reply = await call('GET', 'delegations');
  const rows = $('delegation-rows');
  rows.innerHTML = '';
  (reply.ok ? reply.data : []).forEach(d => rows.append(el('tr', {}, el('td', {}, d.deputyId), el('td', {}, when(d.validFrom)),
    el('td', {}, when(new Date(new Date(d.validUntil).getTime() - 1).toISOString())), el('td', {}, d.current ? t('current') : t('notCurrent')),
    el('td', {}, t('scope' + d.scope)))));
}

// A day in Vietnam starts at 00:00 UTC+7; "until" includes the whole last day.
const vnDay = (date, plusDays = 0) => new Date(Date.parse(date + 'T00:00:00+07:00') + plusDays * 86400000).toISOString();
$('delegation-form').addEventListener('submit', async event => {
  event.preventDefault();
  $('delegation-error').textContent = '';
  const from = $('delegation-from').value;
  const until = $('delegation-until').value;
  if (!from || !until) { $('delegation-error').textContent = t('fillDates'); return; }
  const reply = await call('POST', 'delegations', { deputyId: $('delegation-deputy').value, validFrom: vnDay(from), validUntil: vnDay(until, 1), scope: $('delegation-scope').value });
  if (!reply.ok) { $('delegation-error').textContent = errorText(reply.error) || reply.error?.message; return; }
  say(t('delegationSaved'));
  loadDelegations();
});

// ---- report -------------------------------------------------------------------------------------

let reportData = null;
async function loadReport(semester) {
  const chosen = semester ?? $('report-semester').value;
  const reply = await call('GET', 'remote-requests/report' + (chosen ? '?semester=' + encodeURIComponent(chosen) : ''));
  if (!reply.ok) { say(errorText(reply.error), true); return; }
  reportData = reply.data;
  const select = $('report-semester');
  select.innerHTML = '';
  const semesters = reportData.semesters.length ? reportData.semesters : [reportData.semester];
  semesters.forEach(s => select.append(el('option', { value: s }, s === '-' ? t('semesterNone') : s)));
  select.value = reportData.semester;
  drawReport();
}
$('report-semester').addEventListener('change', () => loadReport($('report-semester').value));

const colours = { approved: '#15803d', rejected: '#b91c1c', pending: '#b45309', withdrawn: '#94a3b8' };
function drawReport() {
  if (!reportData) return;
  $('report-total').textContent = t('reportTotal', { n: reportData.approved });
  const charts = $('report-charts');
  charts.innerHTML = '';
  [['byReason', r => t(r.key)], ['byClass', r => r.key === 'NONE' ? t('noClass') : r.key], ['bySubject', r => r.key === 'NONE' ? t('noSubject') : (lang() === 'en' ? r.labelEn : r.labelVi) || r.key]].forEach(([key, label]) => {
    const rows = reportData[key];
    const block = el('section', { class: 'chart-block' }, el('h3', {}, t(key)));
    if (!rows.length) { block.append(el('p', { class: 'muted' }, t('noData'))); charts.append(block); return; }
    block.append(el('div', { class: 'legend' }, Object.entries(colours).map(([k, c]) => { const s = el('span', {}, t(k + 'Count')); s.style.setProperty('--c', c); return s; })));
    block.append(barChart(rows, label, charts.clientWidth || 620));
    charts.append(block);
  });
}

// Horizontal stacked bars (inline SVG, no library): one bar per group, one segment per status.
// The drawing is as wide as the page allows, so a phone shows its labels at full size.
function barChart(rows, label, available) {
  const ns = 'http://www.w3.org/2000/svg';
  const svgEl = (tag, attrs, text) => { const n = document.createElementNS(ns, tag); Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v)); if (text !== undefined) n.textContent = text; return n; };
  const width = Math.max(300, Math.min(720, Math.round(available))), left = Math.min(170, Math.round(width * 0.42));
  const rowH = 28, height = rows.length * rowH + 10;
  const max = Math.max(...rows.map(r => r.total), 1);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
  svg.append(svgEl('title', {}, t('chartLabel') + ': ' + rows.map(r => `${label(r)} ${r.total}`).join('; ')));
  rows.forEach((r, i) => {
    const y = 5 + i * rowH;
    const full = label(r);
    const room = Math.floor((left - 10) / 7);   // about 7 px a character at 13 px
    const shown = full.length > room ? full.slice(0, room - 1) + '…' : full;
    const text = svgEl('text', { x: left - 8, y: y + 17, 'text-anchor': 'end', 'font-size': 13 }, shown);
    if (shown !== full) text.append(svgEl('title', {}, full));
    svg.append(text);
    let x = left;
    ['approved', 'rejected', 'pending', 'withdrawn'].forEach(k => {
      const w = (width - left - 40) * r[k] / max;
      if (w > 0) svg.append(svgEl('rect', { x, y: y + 3, width: w, height: rowH - 8, fill: colours[k] }, undefined));
      x += w;
    });
    svg.append(svgEl('text', { x: x + 6, y: y + 17, 'font-size': 13 }, String(r.total)));
  });
  return svg;
}

$('audit-verify').hidden = !(has('PRINCIPAL') || has('ADMIN'));
$('audit-verify').addEventListener('click', async () => {
  const reply = await call('GET', 'remote-requests/audit');
  const out = $('audit-result');
  if (!reply.ok) { out.textContent = errorText(reply.error); out.className = 'error'; return; }
  out.className = reply.data.intact ? '' : 'error';
  out.textContent = reply.data.intact ? t('auditIntact', { n: reply.data.checked })
    : t('auditBroken', { problems: reply.data.problems.map(p => `#${p.sequence} ${p.kind}`).join(', ') });
});

// ---- start --------------------------------------------------------------------------------------

async function openRequestFromHash() {
  const match = location.hash.match(/^#request=([\w-]+)/);
  if (!match) return false;
  const reply = await call('GET', 'remote-requests/' + match[1]);
  const target = tabs.find(tab => tab.id === (may.decide ? 'tab-queue' : 'tab-mine')) || tabs[0];
  selectTab(target, false);
  if (reply.ok) {
    const list = $(target.getAttribute('aria-controls')).querySelector('.request-list') || $('mine-list');
    list.prepend(card(reply.data, { decide: true }));
    list.firstChild.scrollIntoView();
  } else {
    say(errorText(reply.error), true);
  }
  return true;
}

function render() {
  applyTranslations();
  $('display-name').textContent = me.displayName;
  const selected = tabs.find(tab => tab.getAttribute('aria-selected') === 'true');
  if (selected?.id === 'tab-file') loadFilingForm();
  drawReport();
}

window.addEventListener('hashchange', () => { if (location.hash.startsWith('#request=')) openRequestFromHash(); });
const bell = mountBell($('bell'));
bindLanguageSwitch(() => { render(); bell?.redraw(); });
render();
if (!await openRequestFromHash()) {
  selectTab(tabs.find(tab => '#' + tab.id.replace('tab-', '') === location.hash)
    || tabs.find(tab => tab.id === (may.decide ? 'tab-queue' : may.file ? 'tab-file' : 'tab-report')) || tabs[0], false);
}
