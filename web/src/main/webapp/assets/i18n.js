// Vietnamese first, English available: every visible string has both (codes stay ASCII in the API).
const messages = {
  vi: {
    tagline: 'Ngân hàng câu hỏi, đề kiểm tra và thi trực tuyến có giám sát',
    username: 'Tên đăng nhập', password: 'Mật khẩu', signIn: 'Đăng nhập', signingIn: 'Đang đăng nhập…', signOut: 'Đăng xuất',
    home: 'Trang chủ', hello: 'Xin chào', soon: 'Sắp có',
    INVALID_CREDENTIALS: 'Sai tên đăng nhập hoặc mật khẩu.',
    TOO_MANY_ATTEMPTS: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    VALIDATION_FAILED: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
    NETWORK: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    UNKNOWN: 'Có lỗi xảy ra. Vui lòng thử lại.',
    ADMIN: 'Quản trị', PRINCIPAL: 'Hiệu trưởng', DEPUTY_PRINCIPAL: 'Phó hiệu trưởng', DEPARTMENT_HEAD: 'Tổ trưởng',
    TEACHER: 'Giáo viên', STUDENT: 'Học sinh',
    tileSchool: 'Cơ cấu nhà trường', tileSchoolHelp: 'Năm học, lớp, môn học, giáo viên',
    tileImport: 'Nhập học sinh', tileImportHelp: 'Từ tệp CSV hoặc Excel, kiểm tra từng dòng',
    tileSystem: 'Trạng thái hệ thống', tileSystemHelp: '/health, /metrics, /openapi',
    tileApprove: 'Duyệt học liệu và đề', tileApproveHelp: 'Sau khi tổ chuyên môn thông qua',
    tileRemote: 'Kiểm tra trực tuyến vì lý do bất khả kháng', tileRemoteHelp: 'Xét duyệt yêu cầu của học sinh',
    tileReports: 'Thống kê, đối sánh', tileReportsHelp: 'Theo môn, giáo viên, khối, lớp',
    tileBank: 'Ngân hàng câu hỏi', tileBankHelp: 'Theo chương và mức độ nhận thức',
    tilePapers: 'Ma trận và đề kiểm tra', tilePapersHelp: 'Tạo nhiều mã đề từ ma trận',
    tileProctor: 'Giám sát thi trực tuyến', tileProctorHelp: 'Theo dõi trực tiếp từng học sinh',
    tileTests: 'Bài kiểm tra của em', tileTestsHelp: 'Làm bài trực tuyến, tự động lưu',
    tileResults: 'Kết quả học tập', tileResultsHelp: 'Điểm và nhận xét',
    tileRules: 'Tính điểm theo Thông tư 22', tileRulesHelp: 'Điểm trung bình, xếp loại, có trích dẫn',
    tileScan: 'Chấm phiếu trắc nghiệm', tileScanHelp: 'Chụp ảnh phiếu, duyệt, vào điểm',
    importStudents: 'Nhập danh sách học sinh',
    importHelp: 'Tệp CSV (UTF-8) hoặc Excel (.xlsx) có các cột: Mã học sinh, Họ và tên, Lớp, Ngày sinh, Giới tính. Tệp có lỗi sẽ không được nhập dòng nào.',
    import: 'Nhập', imported: 'Đã nhập {n} học sinh. Hãy in và giao mật khẩu ban đầu:', importRejected: 'Tệp có lỗi, chưa nhập dòng nào:',
    line: 'Dòng', chooseFile: 'Hãy chọn một tệp.',
    classes: 'Lớp học năm hiện tại', class: 'Lớp', grade: 'Khối', homeroom: 'GVCN', students: 'Sĩ số'
  },
  en: {
    tagline: 'Item bank, papers and proctored online tests',
    username: 'Username', password: 'Password', signIn: 'Sign in', signingIn: 'Signing in…', signOut: 'Sign out',
    home: 'Home', hello: 'Hello', soon: 'Coming soon',
    INVALID_CREDENTIALS: 'Wrong username or password.',
    TOO_MANY_ATTEMPTS: 'Too many failed sign-ins. Please try again in a few minutes.',
    VALIDATION_FAILED: 'Please enter your username and password.',
    NETWORK: 'Cannot reach the server. Check the network and try again.',
    UNKNOWN: 'Something went wrong. Please try again.',
    ADMIN: 'Admin', PRINCIPAL: 'Principal', DEPUTY_PRINCIPAL: 'Deputy principal', DEPARTMENT_HEAD: 'Department head',
    TEACHER: 'Teacher', STUDENT: 'Student',
    tileSchool: 'School structure', tileSchoolHelp: 'Years, classes, subjects, teachers',
    tileImport: 'Import students', tileImportHelp: 'From CSV or Excel, checked line by line',
    tileSystem: 'System status', tileSystemHelp: '/health, /metrics, /openapi',
    tileApprove: 'Approve materials and papers', tileApproveHelp: 'After the subject group has passed them',
    tileRemote: 'Online tests for force majeure', tileRemoteHelp: 'Decide on students\' requests',
    tileReports: 'Statistics and comparison', tileReportsHelp: 'By subject, teacher, grade, class',
    tileBank: 'Item bank', tileBankHelp: 'By chapter and cognitive level',
    tilePapers: 'Blueprints and papers', tilePapersHelp: 'Parallel versions from a blueprint',
    tileProctor: 'Proctor online tests', tileProctorHelp: 'Watch every student live',
    tileTests: 'My tests', tileTestsHelp: 'Take tests online, saved as you go',
    tileResults: 'My results', tileResultsHelp: 'Scores and comments',
    tileRules: 'Circular 22 calculator', tileRulesHelp: 'Averages and levels, with citations',
    tileScan: 'Mark answer sheets', tileScanHelp: 'Photograph sheets, review, into the results',
    importStudents: 'Import a student list',
    importHelp: 'A CSV (UTF-8) or Excel (.xlsx) file with columns: code, full name, class, birth date, gender. A file with any problem imports nothing.',
    import: 'Import', imported: 'Imported {n} students. Print and hand out the initial passwords:', importRejected: 'The file has problems; nothing was imported:',
    line: 'Line', chooseFile: 'Choose a file first.',
    classes: 'Classes this school year', class: 'Class', grade: 'Grade', homeroom: 'Homeroom teacher', students: 'Students'
  }
};

/** The static Vietnamese of the pages' head and landmarks, in English (issue 17: nothing Vietnamese on an English page). */
const STATIC_EN = {
  'Khảo Thí — Đăng nhập': 'Khảo Thí — Sign in', 'Ngân hàng câu hỏi — Khảo Thí': 'Item bank — Khảo Thí',
  'Ma trận và đề kiểm tra — Khảo Thí': 'Blueprints and papers — Khảo Thí', 'Lên lịch kiểm tra — Khảo Thí': 'Scheduling — Khảo Thí',
  'Giám sát thi trực tuyến — Khảo Thí': 'Proctoring — Khảo Thí', 'Bài kiểm tra — Khảo Thí': 'Test — Khảo Thí',
  'Kiểm tra trực tuyến vì lí do bất khả kháng — Khảo Thí': 'Online tests for force majeure — Khảo Thí',
  'Tính điểm theo quy định — Khảo Thí': 'Regulations calculator — Khảo Thí', 'Sổ điểm — Khảo Thí': 'Gradebook — Khảo Thí',
  'Chấm bài tự luận — Khảo Thí': 'Essay marking — Khảo Thí', 'Kết quả học tập — Khảo Thí': 'Results — Khảo Thí',
  'Chấm phiếu trắc nghiệm — Khảo Thí': 'Answer-sheet scanning — Khảo Thí', 'Thống kê, đối sánh — Khảo Thí': 'Statistics and comparison — Khảo Thí',
  'Chức năng': 'Functions', 'Danh sách câu hỏi': 'Item list', 'Dạng câu hỏi': 'Item type', 'Kiểm tra trực tuyến': 'Online tests',
  'Mã đề bên phải': 'Version on the right', 'Mã đề bên trái': 'Version on the left', 'Mức độ': 'Level', 'Thống kê': 'Statistics',
  'Trang': 'Pages', 'Trạng thái': 'Status', 'Tính điểm': 'Calculations', 'Đóng': 'Close', 'Ảnh phiếu': 'Sheet image'
};

/** The document title and aria-labels written in Vietnamese in the HTML, in the chosen language. */
function translateStatic() {
  const en = lang() === 'en';
  const head = document.querySelector('title');
  if (head) {
    if (head.dataset.vi === undefined) head.dataset.vi = document.title;
    document.title = en && STATIC_EN[head.dataset.vi] ? STATIC_EN[head.dataset.vi] : head.dataset.vi;
  }
  document.querySelectorAll('[aria-label]').forEach(el => {
    if (el.dataset.ariaVi === undefined) el.dataset.ariaVi = el.getAttribute('aria-label');
    const vi = el.dataset.ariaVi;
    if (STATIC_EN[vi]) el.setAttribute('aria-label', en ? STATIC_EN[vi] : vi);
  });
}

/** A page module adds its own strings (both languages) instead of editing this file. */
export function register(vi, en) {
  Object.assign(messages.vi, vi);
  Object.assign(messages.en, en);
}

export function lang() {
  const chosen = localStorage.getItem('khaothi.lang');
  return chosen === 'en' ? 'en' : 'vi';
}

export function t(key, params = {}) {
  const text = messages[lang()][key] ?? messages.vi[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
}

export function applyTranslations(root = document) {
  document.documentElement.lang = lang();
  translateStatic();
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-lang]').forEach(b => b.setAttribute('aria-pressed', String(b.dataset.lang === lang())));
}

export function bindLanguageSwitch(onChange) {
  document.querySelectorAll('[data-lang]').forEach(button => button.addEventListener('click', () => {
    localStorage.setItem('khaothi.lang', button.dataset.lang);
    applyTranslations();
    if (onChange) onChange();
  }));
}
