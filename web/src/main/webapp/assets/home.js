import { applyTranslations, bindLanguageSwitch, register, t } from './i18n.js';
import { call, clearSession, session } from './api.js';
import { mountBell } from './bell.js';
import { describeProblem, errorText } from './messages.js';

register(
  { tileRemoteFile: 'Kiểm tra trực tuyến vì lý do bất khả kháng', tileRemoteFileHelp: 'Gửi yêu cầu kèm minh chứng, theo dõi kết quả',
    tileRemoteAudit: 'Kiểm tra trực tuyến: thống kê, nhật kí', tileRemoteAuditHelp: 'Theo học kì, lí do, lớp, môn; kiểm tra nhật kí',
    tileGradebook: 'Sổ điểm', tileGradebookHelp: 'Nhập điểm, nhập từ Excel, xuất cho VnEdu/SMAS, chốt sổ',
    tileClassResults: 'Tổng kết lớp', tileClassResultsHelp: 'Kết quả học tập, rèn luyện, lên lớp, khen thưởng',
    tileMarking: 'Chấm bài tự luận', tileMarkingHelp: 'Theo hướng dẫn chấm và thang điểm, chấm phách, chấm hai vòng',
    tileSittings: 'Lên lịch kiểm tra', tileSittingsHelp: 'Chọn đề đã duyệt, lớp, thời gian, giám thị',
    queueTitle: 'Chờ bạn duyệt', queueEmpty: 'Không có câu hỏi hay đề nào chờ bạn duyệt.',
    queueSummary: '{items} câu hỏi và {papers} đề đang chờ bạn duyệt.', queueItem: 'Câu hỏi #{id}', queuePaper: 'Đề #{id}',
    queueGrade: 'khối {g}', queue_SUBMITTED: 'chờ tổ duyệt', queue_GROUP_APPROVED: 'chờ Hiệu trưởng duyệt', queue_DRAFT: 'chờ tổ duyệt' },
  { tileRemoteFile: 'Online tests for force majeure', tileRemoteFileHelp: 'File a request with evidence, follow its status',
    tileRemoteAudit: 'Online tests: report and audit', tileRemoteAuditHelp: 'By semester, reason, class, subject; verify the audit trail',
    tileGradebook: 'Gradebook', tileGradebookHelp: 'Enter marks, import from Excel, export for VnEdu/SMAS, lock',
    tileClassResults: 'Class summary', tileClassResultsHelp: 'Learning, conduct, promotion, awards',
    tileMarking: 'Mark essays', tileMarkingHelp: 'By guidance and rubric, blind and double marking',
    tileSittings: 'Schedule a test', tileSittingsHelp: 'Approved paper, class, window, proctors',
    queueTitle: 'Waiting for your approval', queueEmpty: 'No items or papers are waiting for your approval.',
    queueSummary: '{items} items and {papers} papers are waiting for your approval.', queueItem: 'Item #{id}', queuePaper: 'Paper #{id}',
    queueGrade: 'grade {g}', queue_SUBMITTED: 'awaits the group', queue_GROUP_APPROVED: 'awaits the principal', queue_DRAFT: 'awaits the group' }
);

const me = session();
if (!me) location.href = './';

// Each role sees what it works on; a tile without a page yet says so instead of pretending.
const tilesByRole = {
  ADMIN: [['tileSchool', 'classes'], ['tileImport', 'import-students'], ['tileSystem', 'health'], ['tileRemoteAudit', 'remote.html#report']],
  PRINCIPAL: [['tileApprove', 'papers.html'], ['tileBank', 'bank.html'], ['tileRemote', 'remote.html'], ['tileReports', 'analytics.html'], ['tileSchool', 'classes'], ['tileRules', 'rules.html'], ['tileGradebook', 'gradebook.html'], ['tileClassResults', 'results.html']],
  DEPUTY_PRINCIPAL: [['tileApprove', 'papers.html'], ['tileBank', 'bank.html'], ['tileRemote', 'remote.html'], ['tileReports', 'analytics.html'], ['tileSchool', 'classes'], ['tileRules', 'rules.html'], ['tileGradebook', 'gradebook.html'], ['tileClassResults', 'results.html']],
  DEPARTMENT_HEAD: [['tileBank', 'bank.html'], ['tilePapers', 'papers.html'], ['tileProctor', 'proctor.html'], ['tileScan', 'scan.html'], ['tileApprove', 'papers.html'], ['tileRules', 'rules.html'], ['tileRemoteFile', 'remote.html'], ['tileReports', 'analytics.html'], ['tileGradebook', 'gradebook.html'], ['tileClassResults', 'results.html']],
  TEACHER: [['tileBank', 'bank.html'], ['tilePapers', 'papers.html'], ['tileProctor', 'proctor.html'], ['tileScan', 'scan.html'], ['tileRules', 'rules.html'], ['tileRemoteFile', 'remote.html'], ['tileReports', 'analytics.html'], ['tileGradebook', 'gradebook.html'], ['tileClassResults', 'results.html']],
  STUDENT: [['tileTests', 'test.html'], ['tileResults', 'results.html'], ['tileRemoteFile', 'remote.html']]
};
// Marking and scheduling (issues 13 and 17): for everyone who sets or marks tests.
['TEACHER', 'DEPARTMENT_HEAD', 'PRINCIPAL', 'DEPUTY_PRINCIPAL'].forEach(role => {
  tilesByRole[role].push(['tileSittings', 'sittings.html'], ['tileMarking', 'marking.html']);
});

function render() {
  applyTranslations();
  document.getElementById('display-name').textContent = me.displayName;
  document.getElementById('role-badges').innerHTML = '';
  me.roles.forEach(role => {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = t(role);
    document.getElementById('role-badges').append(badge);
  });
  document.getElementById('greeting').textContent = `${t('hello')}, ${me.displayName}`;
  const tiles = document.getElementById('tiles');
  tiles.innerHTML = '';
  const seen = new Set();
  me.roles.flatMap(role => tilesByRole[role] || []).forEach(([key, target]) => {
    if (seen.has(key)) return;
    seen.add(key);
    const tile = document.createElement(target ? 'button' : 'div');
    tile.className = 'tile' + (target ? '' : ' soon');
    tile.dataset.tile = key;
    if (target) tile.dataset.target = target; // where it leads (the language check reads it)
    tile.innerHTML = `<strong></strong><span class="muted"></span>`;
    tile.querySelector('strong').textContent = t(key);
    tile.querySelector('.muted').textContent = target ? t(key + 'Help') : `${t(key + 'Help')} — ${t('soon')}`;
    if (target) tile.addEventListener('click', () => open(target));
    tiles.append(tile);
  });
}

// The approval queue (issue 17, point 4): a head sees what waits for the group, the principal (or a
// deputy under a materials delegation) what waits for them; each entry opens the item or the paper.
let queue = null;
let subjects = new Map();
async function loadQueue() {
  if (!me.roles.some(r => ['DEPARTMENT_HEAD', 'PRINCIPAL', 'DEPUTY_PRINCIPAL'].includes(r))) return;
  const [reply, names] = await Promise.all([call('GET', 'bank/approvals'), call('GET', 'bank/subjects')]);
  if (!reply.ok) return;
  subjects = new Map((names.ok ? names.data : []).map(x => [x.code, x]));
  queue = reply.data;
  drawQueue();
}

function drawQueue() {
  if (!queue) return;
  const box = document.getElementById('approval-queue');
  box.hidden = false;
  const items = queue.filter(e => e.kind === 'ITEM').length;
  document.getElementById('queue-summary').textContent = queue.length
    ? t('queueSummary', { items, papers: queue.length - items }) : t('queueEmpty');
  const list = document.getElementById('queue-list');
  list.innerHTML = '';
  queue.forEach(e => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = e.link;
    a.dataset.kind = e.kind;
    a.dataset.id = e.id;
    a.textContent = t(e.kind === 'ITEM' ? 'queueItem' : 'queuePaper', { id: e.id });
    const text = document.createElement('span');
    const subject = subjects.get(e.subject);
    const name = subject ? (document.documentElement.lang === 'en' ? subject.nameEn : subject.nameVi) : e.subject;
    text.textContent = ` — ${e.title} (${name}, ${t('queueGrade', { g: e.grade })}; ${t('queue_' + e.status)})`;
    li.append(a, text);
    list.append(li);
  });
}

function open(target) {
  if (target === 'health') { window.open('health', '_blank'); return; }
  if (target.includes('.html')) { location.href = target; return; }
  document.querySelectorAll('.panel').forEach(p => { p.hidden = p.id !== target; });
  if (target === 'classes') loadClasses();
}

async function loadClasses() {
  const reply = await call('GET', 'admin/classes');
  const rows = document.getElementById('class-rows');
  rows.innerHTML = '';
  (reply.ok ? reply.data : []).forEach(c => {
    const tr = document.createElement('tr');
    [c.code, c.grade, c.homeroomTeacher || '', c.students].forEach(v => { const td = document.createElement('td'); td.textContent = v; tr.append(td); });
    rows.append(tr);
  });
}

document.getElementById('import-button').addEventListener('click', async () => {
  const file = document.getElementById('import-file').files[0];
  const result = document.getElementById('import-result');
  if (!file) { result.textContent = t('chooseFile'); return; }
  const progress = document.getElementById('import-progress');
  progress.hidden = false;
  const type = file.name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  const reply = await call('POST', 'admin/imports/students', await file.arrayBuffer(), type);
  progress.hidden = true;
  result.innerHTML = '';
  const heading = document.createElement('p');
  const table = document.createElement('table');
  if (reply.ok) {
    heading.textContent = t('imported', { n: reply.data.imported });
    reply.data.credentials.forEach(c => table.insertRow().append(...[c.username, c.password].map(cell)));
  } else if (reply.status === 422) {
    heading.className = 'error';
    heading.textContent = t('importRejected');
    reply.error.details.forEach(d => table.insertRow().append(cell(`${t('line')} ${d.line}`), cell(describeProblem(d))));
  } else {
    heading.className = 'error';
    heading.textContent = errorText(reply.error);
  }
  result.append(heading, table);
});

function cell(text) { const td = document.createElement('td'); td.textContent = text; return td; }

// Sign-out ends the token on the server too (it gets 401 everywhere afterwards), then forgets it here.
document.getElementById('logout').addEventListener('click', async () => { await call('POST', 'auth/logout'); clearSession(); location.href = './'; });
const bell = mountBell(document.getElementById('bell'));
bindLanguageSwitch(() => { render(); bell?.redraw(); drawQueue(); });
render();
loadQueue();
