// The item editor: one form that adapts to the item type, a live preview rendered by the server's
// type plug-in (POST bank/items/preview: the same validation and student view the bank uses), math
// typeset by KaTeX. Creating stores a DRAFT (POST bank/items); editing a draft stores a new version
// (PUT bank/items/{id}). The content is the stored JSON shape of docs/item-formats.md.
import { register, t } from './i18n.js';
import { call } from './api.js';
import { renderMath } from './math.js';
import { formatNumber, parseNumber } from './numbers.js';
import { describeProblem, errorText } from './messages.js';
import { el } from './dom.js';
import { itemType, itemTypes } from './item-types.js';

register({
  newItem: 'Tạo câu hỏi mới', editItem: 'Sửa câu hỏi (tạo phiên bản mới)', itemType: 'Dạng câu hỏi', levelLabel: 'Mức độ',
  chapterCode: 'Chương (mã)', nameLabel: 'Tên ngắn', pointsLabel: 'Điểm mặc định', stemLabel: 'Đề bài (HTML; công thức \\( … \\))',
  feedbackLabel: 'Nhận xét chung', tagsLabel: 'Nhãn (cách nhau bởi dấu phẩy)', sourceLabel: 'Nguồn',
  optionN: 'Phương án {n}', correct: 'Đúng', lockedOption: 'Giữ vị trí', addOption: '+ Thêm phương án', remove: 'Xoá',
  statementN: 'Ý {n}', answerTrue: 'Đáp án: Đúng', answerFalse: 'Đáp án: Sai', numericAnswer: 'Đáp số', tolerance: 'Sai số cho phép',
  textAnswers: 'Các đáp án được chấp nhận (mỗi dòng một đáp án)', caseSensitive: 'Phân biệt chữ hoa/thường',
  leftN: 'Vế trái {n}', rightN: 'Vế phải {n}', addPair: '+ Thêm cặp', orderLines: 'Các phần tử theo đúng thứ tự (mỗi dòng một phần tử)',
  clozeHelp: 'Mỗi chỗ trống một dòng: các đáp án đúng cách nhau bởi dấu |', guidanceLabel: 'Hướng dẫn chấm',
  true: 'Đúng', false: 'Sai', previewTitle: 'Học sinh sẽ thấy', problemsTitle: 'Cần sửa', saveItem: 'Lưu', cancel: 'Huỷ', savedItem: 'Đã lưu câu hỏi {id} (phiên bản {v}).',
  pointsInvalid: 'Điểm là một số lớn hơn 0, ví dụ 0,25 hoặc 1,5.', numberInvalid: 'Nhập một số, ví dụ 0,5 hoặc 0.5.',
  rubricTitle: 'Thang điểm (tiêu chí × mức)', criterionN: 'Tiêu chí {n}', levelsHelp: 'Các mức: tên = điểm, cách nhau bởi dấu ;',
  levelsPlaceholder: 'Chưa đạt = 0; Một phần = 0,25; Đạt = 0,5', addCriterion: '+ Thêm tiêu chí', rubricTotal: 'Tổng thang điểm: {total} / {points}',
  levelsInvalid: 'Tiêu chí {n}: mỗi mức viết "tên = điểm", ví dụ "Đạt = 0,5".',
  insertPicture: 'Chèn hình', pictureTooLarge: 'Hình lớn hơn 2 MB. Hãy chọn hình nhỏ hơn.',
  pictureNotImage: 'Tệp này không phải hình PNG, JPEG, GIF hay WebP.', pictureUploading: 'Đang tải hình lên…'
}, {
  newItem: 'New item', editItem: 'Edit item (new version)', itemType: 'Item type', levelLabel: 'Level',
  chapterCode: 'Chapter (code)', nameLabel: 'Short name', pointsLabel: 'Default points', stemLabel: 'Stem (HTML; math \\( … \\))',
  feedbackLabel: 'General feedback', tagsLabel: 'Tags (comma-separated)', sourceLabel: 'Source',
  optionN: 'Option {n}', correct: 'Correct', lockedOption: 'Keep in place', addOption: '+ Add option', remove: 'Remove',
  statementN: 'Statement {n}', answerTrue: 'Answer: true', answerFalse: 'Answer: false', numericAnswer: 'Answer', tolerance: 'Tolerance',
  textAnswers: 'Accepted answers (one per line)', caseSensitive: 'Case sensitive',
  leftN: 'Left {n}', rightN: 'Right {n}', addPair: '+ Add pair', orderLines: 'Elements in the right order (one per line)',
  clozeHelp: 'One line per gap: its correct answers separated by |', guidanceLabel: 'Marking guidance',
  true: 'True', false: 'False', previewTitle: 'What students see', problemsTitle: 'To fix', saveItem: 'Save', cancel: 'Cancel', savedItem: 'Saved item {id} (version {v}).',
  pointsInvalid: 'Points are a number above 0, e.g. 0.25 or 1.5.', numberInvalid: 'Type a number, e.g. 0.5.',
  rubricTitle: 'Rubric (criteria × levels)', criterionN: 'Criterion {n}', levelsHelp: 'Levels: name = points, separated by ;',
  levelsPlaceholder: 'Missing = 0; Partly = 0.25; Full = 0.5', addCriterion: '+ Add criterion', rubricTotal: 'Rubric total: {total} / {points}',
  levelsInvalid: 'Criterion {n}: write each level as "name = points", e.g. "Full = 0.5".',
  insertPicture: 'Insert picture', pictureTooLarge: 'The picture is larger than 2 MB. Choose a smaller one.',
  pictureNotImage: 'This file is not a PNG, JPEG, GIF or WebP picture.', pictureUploading: 'Uploading the picture…'
});

/** "Chưa đạt = 0; Đạt = 0,5" → [{label, points}] or null when a level has no number. */
export function parseLevels(text) {
  const parts = String(text || '').split(';').map(s => s.trim()).filter(Boolean);
  const levels = parts.map(p => {
    const i = p.lastIndexOf('=');
    const points = i < 0 ? parseNumber(p) : parseNumber(p.slice(i + 1));
    return points === null ? null : { label: i < 0 ? '' : p.slice(0, i).trim(), points };
  });
  return levels.length && levels.every(Boolean) ? levels : null;
}

function formatLevels(levels) {
  return (levels || []).map(l => `${l.label} = ${formatNumber(l.points, 4)}`).join('; ');
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function field(label, input) {
  return el('label', { className: 'ed-field' }, el('span', { textContent: label }), input);
}

/** Type-specific state with sensible starting values, or taken from an existing item's content. */
function bodyFrom(type, c) {
  switch (type) {
    case 'SINGLE_CHOICE': case 'MULTIPLE_RESPONSE':
      return { options: c?.options?.map(o => ({ text: o.text, correct: Number(o.fraction) > 0, locked: !!o.locked })) || [0, 1, 2, 3].map(i => ({ text: '', correct: i === 0, locked: false })) };
    case 'TRUE_FALSE': return { answer: c?.answer ?? true };
    case 'TRUE_FALSE_CLUSTER': return { statements: c?.statements?.map(s => ({ text: s.text, correct: s.correct })) || [0, 1, 2, 3].map(() => ({ text: '', correct: true })) };
    case 'SHORT_NUMERIC': { const a = c?.answers?.find(x => x.value !== null && x.value !== undefined); return { value: a?.value ?? '', tolerance: a?.tolerance ?? 0 }; }
    case 'SHORT_TEXT': return { answers: (c?.answers || []).map(a => a.text).join('\n'), caseSensitive: !!c?.caseSensitive };
    case 'MATCHING': return { pairs: c?.pairs?.map(p => ({ left: p.left, right: p.right })) || [{ left: '', right: '' }, { left: '', right: '' }, { left: '', right: '' }] };
    case 'ORDERING': return { lines: (c?.sequence || []).map(s => s.text).join('\n') };
    case 'CLOZE': return { lines: (c?.gaps || []).map(g => g.answers.map(a => a.text).join(' | ')).join('\n') };
    case 'ESSAY': return { guidance: c?.guidance || '', rubric: (c?.rubric || []).map(r => ({ id: r.id, name: r.name, levels: formatLevels(r.levels) })) };
    default: return {};
  }
}

/** The stored JSON shape (docs/item-formats.md "Stored content") of what the form holds. */
function content(f) {
  // Decimal comma: "0,25" is 0.25 (never 25); an unreadable value is refused at save, next to the field.
  const base = { type: f.type, name: f.name, stem: f.stem, generalFeedback: f.feedback, points: parseNumber(f.points) ?? 1,
    tags: f.tags.split(',').map(s => s.trim()).filter(Boolean), source: f.source, author: '', idnumber: '' };
  const b = f.body;
  switch (f.type) {
    case 'SINGLE_CHOICE': case 'MULTIPLE_RESPONSE': {
      const k = Math.max(1, b.options.filter(o => o.correct).length);
      const share = f.type === 'SINGLE_CHOICE' ? 1 : Number((1 / k).toFixed(7));
      return { ...base, options: b.options.map((o, i) => ({ id: LETTERS[i], text: o.text, fraction: o.correct ? share : 0, feedback: '', locked: o.locked })) };
    }
    case 'TRUE_FALSE': return { ...base, answer: b.answer, feedbackTrue: '', feedbackFalse: '' };
    case 'TRUE_FALSE_CLUSTER': return { ...base, statements: b.statements.map((s, i) => ({ id: 'abcdefgh'[i], text: s.text, correct: s.correct })) };
    case 'SHORT_NUMERIC': return { ...base, answers: [{ value: parseNumber(b.value) ?? 0, tolerance: parseNumber(b.tolerance) ?? 0, fraction: 1, feedback: '' }] };
    case 'SHORT_TEXT': return { ...base, caseSensitive: b.caseSensitive, answers: b.answers.split('\n').map(s => s.trim()).filter(Boolean).map(text => ({ text, fraction: 1, feedback: '' })) };
    case 'MATCHING': return { ...base, pairs: b.pairs.map((p, i) => ({ id: 'P' + (i + 1), left: p.left, right: p.right, weight: 1 })) };
    case 'ORDERING': return { ...base, sequence: b.lines.split('\n').map(s => s.trim()).filter(Boolean).map((text, i) => ({ id: 'E' + (i + 1), text })) };
    case 'CLOZE': return { ...base, gaps: b.lines.split('\n').map(s => s.trim()).filter(Boolean).map((line, i) => ({ id: 'G' + (i + 1), kind: 'TEXT', weight: 1, caseSensitive: false,
      answers: line.split('|').map(s => s.trim()).filter(Boolean).map((text, j) => ({ id: `G${i + 1}A${j + 1}`, text, tolerance: 0, fraction: 1, feedback: '' })) })) };
    case 'ESSAY': {
      const rubric = (b.rubric || []).filter(r => r.name.trim() || String(r.levels).trim()).map((r, i) => ({ id: r.id || `c${i + 1}`,
        name: r.name.trim(), levels: parseLevels(r.levels) || [] }));
      return { ...base, guidance: b.guidance, responseTemplate: '', ...(rubric.length ? { rubric } : {}) };
    }
    default: return base;
  }
}

/** What a student sees, drawn from the server's student view (read-only inputs). */
function drawView(view) {
  const box = el('div', { className: 'ed-view item-content' });
  const stem = el('div', { className: 'stem' });
  stem.innerHTML = view.stem;
  box.append(stem);
  const list = (items, mark) => {
    const ol = el('ol', { className: 'ed-opts' });
    items.forEach((o, i) => { const li = el('li'); li.innerHTML = `<strong>${mark(i)}</strong> ${o.text}`; ol.append(li); });
    box.append(ol);
  };
  if (view.options) list(view.options, i => LETTERS[i] + '.');
  if (view.statements) list(view.statements, i => 'abcdefgh'[i] + ')');
  if (view.left) list(view.left.map((l, i) => ({ text: `${l.text} → ${view.right.map(r => r.text).join(' / ')}` })), i => String(i + 1) + '.');
  if (view.gaps) list(view.gaps.map((g, i) => ({ text: '____' })), i => `(${i + 1})`);
  if (view.type === 'TRUE_FALSE') box.append(el('p', { textContent: `${t('true')} / ${t('false')}` }));
  if (itemType(view.type)?.typedAnswer) box.append(el('div', { className: 'ed-answer-box' }));
  return box;
}

/**
 * Opens the editor. {@code item}: the item detail being edited (a DRAFT), or null for a new one in
 * {@code context} ({subject, grade, chapter}). {@code onSaved(detail)} after a save.
 */
export function openEditor(item, context, onSaved) {
  const c = item?.content || null;
  const f = {
    type: c?.type || 'SINGLE_CHOICE', level: item?.level || (context.grade <= 5 ? 'M1' : 'NB'), chapter: context.chapter || '',
    name: c?.name || '', points: formatNumber(c?.points ?? 1, 4), stem: c?.stem || '', feedback: c?.generalFeedback || '',
    tags: (c?.tags || []).join(', '), source: c?.source || ''
  };
  f.body = bodyFrom(f.type, c);
  const dialog = el('dialog', { className: 'item-editor', id: 'item-editor' });
  dialog.setAttribute('aria-labelledby', 'ed-title');
  const form = el('div', { className: 'ed-form' });
  const preview = el('section', { className: 'ed-preview', id: 'ed-preview' });
  preview.setAttribute('aria-live', 'polite');
  const message = el('p', { className: 'error', role: 'alert' });
  let timer = null;
  const refresh = () => { clearTimeout(timer); timer = setTimeout(runPreview, 350); };

  async function runPreview() {
    const reply = await call('POST', 'bank/items/preview', content(f));
    preview.innerHTML = '';
    preview.append(el('h4', { textContent: t('previewTitle') }));
    if (!reply.ok) { preview.append(el('p', { className: 'error', textContent: errorText(reply.error) })); return; }
    if (reply.data.problems.length) {
      const ul = el('ul', { className: 'ed-problems' });
      (reply.data.details || reply.data.problems).forEach(p => ul.append(el('li', { textContent: describeProblem(p) })));
      preview.append(el('strong', { textContent: t('problemsTitle') }), ul);
    } else {
      preview.append(drawView(reply.data.view));
    }
    renderMath(preview);
  }

  // "Chèn hình" puts the picture where the cursor was in the stem or an option/statement (the last of
  // them to have the focus; the stem at first). The picture is stored first (POST bank/media), the text
  // gets <img src="/api/v1/bank/media/<hash>" alt="">, and media.js shows it in the preview.
  let pictureTarget = null;
  const picturable = (e, target, key) => {
    e.addEventListener('focus', () => { pictureTarget = { e, target, key }; });
    return e;
  };

  async function insertPicture(file, status) {
    status.textContent = t('pictureUploading');
    const reply = await call('POST', 'bank/media', file, 'application/octet-stream');
    if (!reply.ok) {
      status.textContent = reply.status === 413 ? t('pictureTooLarge')
        : reply.status === 400 ? t('pictureNotImage') : errorText(reply.error);
      return;
    }
    status.textContent = '';
    const where = pictureTarget && pictureTarget.e.isConnected ? pictureTarget
      : { e: document.getElementById('ed-stem'), target: f, key: 'stem' };
    const box = where.e;
    const start = box.selectionStart ?? box.value.length;
    box.setRangeText(`<img src="${reply.data.url}" alt="">`, start, box.selectionEnd ?? start, 'end');
    where.target[where.key] = box.value;
    box.focus();
    refresh();
  }

  const input = (key, props = {}, target = f) => {
    const e = el(props.multiline ? 'textarea' : 'input', { value: target[key] ?? '', ...props });
    if (props.type === 'checkbox') e.checked = !!target[key];
    e.addEventListener('input', () => { target[key] = props.type === 'checkbox' ? e.checked : e.value; refresh(); });
    e.addEventListener('change', () => { target[key] = props.type === 'checkbox' ? e.checked : e.value; refresh(); });
    return e;
  };

  function bodyFields() {
    const box = el('div', { className: 'ed-body' });
    const b = f.body;
    const rows = (arr, make, addLabel, blank) => {
      arr.forEach((row, i) => {
        const remove = el('button', { type: 'button', className: 'secondary', textContent: t('remove') });
        remove.addEventListener('click', () => { arr.splice(i, 1); redraw(); refresh(); });
        box.append(el('div', { className: 'ed-row' }, ...make(row, i), arr.length > 2 ? remove : ''));
      });
      if (addLabel) { const add = el('button', { type: 'button', className: 'secondary', textContent: addLabel }); add.addEventListener('click', () => { arr.push(blank()); redraw(); refresh(); }); box.append(add); }
    };
    switch (f.type) {
      case 'SINGLE_CHOICE': case 'MULTIPLE_RESPONSE':
        rows(b.options, (o, i) => {
          const correct = el('input', { type: f.type === 'SINGLE_CHOICE' ? 'radio' : 'checkbox', name: 'ed-correct', checked: o.correct });
          correct.addEventListener('change', () => { if (f.type === 'SINGLE_CHOICE') b.options.forEach(x => { x.correct = false; }); o.correct = correct.checked; refresh(); });
          const text = picturable(input('text', { id: `ed-option-${i}`, placeholder: t('optionN', { n: LETTERS[i] }) }, o), o, 'text');
          text.setAttribute('aria-label', t('optionN', { n: LETTERS[i] }));
          return [el('strong', { textContent: LETTERS[i] + '.' }), text, el('label', {}, correct, ' ' + t('correct')),
            el('label', {}, input('locked', { type: 'checkbox' }, o), ' ' + t('lockedOption'))];
        }, t('addOption'), () => ({ text: '', correct: false, locked: false }));
        break;
      case 'TRUE_FALSE': {
        const yes = el('input', { type: 'radio', name: 'ed-tf', checked: b.answer === true });
        const no = el('input', { type: 'radio', name: 'ed-tf', checked: b.answer === false });
        yes.addEventListener('change', () => { b.answer = true; refresh(); });
        no.addEventListener('change', () => { b.answer = false; refresh(); });
        box.append(el('label', {}, yes, ' ' + t('answerTrue')), el('label', {}, no, ' ' + t('answerFalse')));
        break;
      }
      case 'TRUE_FALSE_CLUSTER':
        b.statements.forEach((s, i) => {
          const text = picturable(input('text', { id: `ed-statement-${i}`, placeholder: t('statementN', { n: 'abcd'[i] }) }, s), s, 'text');
          text.setAttribute('aria-label', t('statementN', { n: 'abcd'[i] }));
          box.append(el('div', { className: 'ed-row' }, el('strong', { textContent: 'abcd'[i] + ')' }), text, el('label', {}, input('correct', { type: 'checkbox' }, s), ' ' + t('correct'))));
        });
        break;
      case 'SHORT_NUMERIC':
        if (typeof b.value === 'number') b.value = formatNumber(b.value, 6);
        if (typeof b.tolerance === 'number') b.tolerance = formatNumber(b.tolerance, 6);
        box.append(field(t('numericAnswer'), input('value', { id: 'ed-numeric', inputMode: 'decimal' }, b)), field(t('tolerance'), input('tolerance', { inputMode: 'decimal' }, b)));
        break;
      case 'SHORT_TEXT':
        box.append(field(t('textAnswers'), input('answers', { multiline: true, id: 'ed-text-answers' }, b)), el('label', {}, input('caseSensitive', { type: 'checkbox' }, b), ' ' + t('caseSensitive')));
        break;
      case 'MATCHING':
        rows(b.pairs, (p, i) => [input('left', { placeholder: t('leftN', { n: i + 1 }) }, p), el('span', { textContent: '→' }), input('right', { placeholder: t('rightN', { n: i + 1 }) }, p)],
          t('addPair'), () => ({ left: '', right: '' }));
        break;
      case 'ORDERING': box.append(field(t('orderLines'), input('lines', { multiline: true, id: 'ed-order' }, b))); break;
      case 'CLOZE': box.append(field(t('clozeHelp'), input('lines', { multiline: true, id: 'ed-cloze' }, b))); break;
      case 'ESSAY': {
        box.append(field(t('guidanceLabel'), input('guidance', { multiline: true }, b)), el('h4', { textContent: t('rubricTitle') }));
        b.rubric = b.rubric || [];
        b.rubric.forEach((r, i) => {
          const name = input('name', { id: `ed-criterion-${i}`, placeholder: t('criterionN', { n: i + 1 }) }, r);
          name.setAttribute('aria-label', t('criterionN', { n: i + 1 }));
          const levels = input('levels', { id: `ed-levels-${i}`, placeholder: t('levelsPlaceholder') }, r);
          levels.setAttribute('aria-label', `${t('criterionN', { n: i + 1 })} — ${t('levelsHelp')}`);
          const remove = el('button', { type: 'button', className: 'secondary', textContent: t('remove') });
          remove.addEventListener('click', () => { b.rubric.splice(i, 1); redraw(); refresh(); });
          box.append(el('div', { className: 'ed-row' }, name, levels, remove));
        });
        const add = el('button', { type: 'button', className: 'secondary', id: 'ed-add-criterion', textContent: t('addCriterion') });
        add.addEventListener('click', () => { b.rubric.push({ name: '', levels: '' }); redraw(); refresh(); document.getElementById(`ed-criterion-${b.rubric.length - 1}`)?.focus(); });
        box.append(add, el('p', { className: 'muted', textContent: t('levelsHelp') }));
        break;
      }
      default: break;
    }
    return box;
  }

  function redraw() {
    form.innerHTML = '';
    const type = el('select', { id: 'ed-type', disabled: !!item });
    // The types and their names come from the server (item-types.js; the bank page loads them before any editor opens).
    itemTypes().forEach(x => type.append(el('option', { value: x.code, textContent: t(x.code) })));
    type.value = f.type;
    type.addEventListener('change', () => { f.type = type.value; f.body = bodyFrom(f.type, null); redraw(); refresh(); });
    const level = el('select', { id: 'ed-level' });
    (context.grade <= 5 ? ['M1', 'M2', 'M3'] : ['NB', 'TH', 'VD', 'VDC']).forEach(x => level.append(el('option', { value: x, textContent: x })));
    level.value = f.level;
    level.addEventListener('change', () => { f.level = level.value; });
    const head = el('div', { className: 'ed-grid' }, field(t('itemType'), type), field(t('levelLabel'), level));
    if (!item) head.append(field(t('chapterCode'), input('chapter', { id: 'ed-chapter' })));
    // type="text": a type="number" box in a Vietnamese browser turns "0,25" into "025" (issue 17, item 5).
    const points = input('points', { id: 'ed-points', inputMode: 'decimal', autocomplete: 'off' });
    head.append(el('div', {}, field(t('pointsLabel'), points), el('span', { className: 'error', id: 'ed-points-error' })), field(t('nameLabel'), input('name')));
    const file = el('input', { type: 'file', id: 'ed-picture-file', accept: 'image/png,image/jpeg,image/gif,image/webp', hidden: true });
    const pictureStatus = el('span', { className: 'error', id: 'ed-picture-status', role: 'status' });
    const pick = el('button', { type: 'button', className: 'secondary', id: 'ed-picture', textContent: t('insertPicture') });
    pick.addEventListener('click', () => file.click());
    file.addEventListener('change', () => { if (file.files[0]) insertPicture(file.files[0], pictureStatus); file.value = ''; });
    form.append(head, field(t('stemLabel'), picturable(input('stem', { multiline: true, id: 'ed-stem', rows: 3 }), f, 'stem')),
      el('div', { className: 'ed-picture' }, pick, file, pictureStatus), bodyFields(),
      field(t('feedbackLabel'), input('feedback', { multiline: true, rows: 2 })),
      el('div', { className: 'ed-grid' }, field(t('tagsLabel'), input('tags')), field(t('sourceLabel'), input('source'))));
  }

  const save = el('button', { type: 'button', className: 'primary', id: 'ed-save', textContent: t('saveItem') });
  const cancel = el('button', { type: 'button', className: 'secondary', textContent: t('cancel') });
  cancel.addEventListener('click', () => dialog.close());
  save.addEventListener('click', async () => {
    message.textContent = '';
    const pointsError = document.getElementById('ed-points-error');
    if (pointsError) pointsError.textContent = '';
    const pts = parseNumber(f.points);
    if (pts === null || pts <= 0) {
      pointsError.textContent = t('pointsInvalid');
      document.getElementById('ed-points')?.focus();
      return;
    }
    const badLevels = f.type === 'ESSAY' ? (f.body.rubric || []).findIndex(r => (r.name.trim() || String(r.levels).trim()) && !parseLevels(r.levels)) : -1;
    if (badLevels >= 0) {
      message.textContent = t('levelsInvalid', { n: badLevels + 1 });
      document.getElementById(`ed-levels-${badLevels}`)?.focus();
      return;
    }
    const body = { level: f.level, content: content(f), note: item ? 'sửa trong trình soạn' : 'tạo trong trình soạn' };
    const reply = item
      ? await call('PUT', `bank/items/${item.id}`, body)
      : await call('POST', 'bank/items', { ...body, subject: context.subject, grade: context.grade, chapter: f.chapter });
    if (!reply.ok) {
      message.textContent = errorText(reply.error);
      return;
    }
    dialog.close();
    onSaved(reply.data, t('savedItem', { id: reply.data.id, v: reply.data.version }));
  });
  dialog.addEventListener('close', () => dialog.remove());
  dialog.append(el('h3', { id: 'ed-title', textContent: item ? t('editItem') : t('newItem') }),
    el('div', { className: 'ed-columns' }, form, preview), message, el('div', { className: 'dialog-actions' }, cancel, save));
  document.body.append(dialog);
  redraw();
  dialog.showModal();
  runPreview();
}
