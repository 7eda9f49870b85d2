// The one catalogue for what the server says (issue 17): the server answers with a code and parameters,
// the page shows the sentence from here in the reader's language. Never an English sentence from the server
// on a Vietnamese page: a code this catalogue does not know reads as a general sentence, with the server's
// words kept out of sight (a collapsed "details" where a page wants them).
import { lang } from './i18n.js';

const V = (vi, en) => ({ vi, en });

/** Codes and labels the pages show: levels, types, modes, severities, statuses. */
const LABELS = {
  NB: V('Nhận biết', 'Knowledge'), TH: V('Thông hiểu', 'Comprehension'), VD: V('Vận dụng', 'Application'),
  VDC: V('Vận dụng cao', 'Higher application'), M1: V('Mức 1', 'Level 1'), M2: V('Mức 2', 'Level 2'), M3: V('Mức 3', 'Level 3'),
  SINGLE_CHOICE: V('Trắc nghiệm một lựa chọn', 'Single choice'), MULTIPLE_RESPONSE: V('Nhiều lựa chọn', 'Multiple response'),
  TRUE_FALSE: V('Đúng/Sai', 'True/false'), TRUE_FALSE_CLUSTER: V('Đúng/Sai 4 ý', 'True/false cluster'),
  SHORT_NUMERIC: V('Trả lời ngắn (số)', 'Short numeric'), SHORT_TEXT: V('Trả lời ngắn', 'Short text'),
  MATCHING: V('Ghép nối', 'Matching'), ORDERING: V('Sắp xếp', 'Ordering'), CLOZE: V('Điền khuyết', 'Cloze'), ESSAY: V('Tự luận', 'Essay'),
  ONLINE: V('Trực tuyến', 'Online'), IN_PERSON: V('Tại trường', 'In person'),
  HIGH: V('Cao', 'High'), MEDIUM: V('Trung bình', 'Medium'), LOW: V('Thấp', 'Low'), INFO: V('Thông tin', 'Info'),
  option: V('phương án', 'option'), element: V('phần tử', 'element'), statement: V('ý', 'statement'), gap: V('chỗ trống', 'gap'),
  pair: V('cặp', 'pair'), options: V('phương án', 'options'), statements: V('ý', 'statements'), elements: V('phần tử', 'elements'),
  gaps: V('chỗ trống', 'gaps'), pairs: V('cặp', 'pairs'), premises: V('vế trái', 'premises'), tags: V('nhãn', 'tags')
};

/** Every error code the API answers with, and every problem/warning code (with its parameters). */
const CODES = {
  // ---- errors (api-contract.md "Errors") ----
  MALFORMED_REQUEST: V('Dữ liệu gửi lên không đúng dạng.', 'The request is not well formed.'),
  VALIDATION_FAILED: V('Có giá trị chưa hợp lệ.', 'A value is not valid.'),
  UNAUTHENTICATED: V('Phiên đăng nhập đã hết. Hãy đăng nhập lại.', 'Your session has ended. Sign in again.'),
  INVALID_CREDENTIALS: V('Sai tên đăng nhập hoặc mật khẩu.', 'Wrong username or password.'),
  TOO_MANY_ATTEMPTS: V('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.', 'Too many failed sign-ins. Try again in a few minutes.'),
  FORBIDDEN: V('Bạn không có quyền thực hiện thao tác này.', 'You may not do this.'),
  NOT_ALLOWED: V('Bạn không có quyền thực hiện thao tác này.', 'You may not do this.'),
  NOT_FOUND: V('Không tìm thấy.', 'Not found.'),
  CONFLICT: V('Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang.', 'Someone changed this meanwhile. Reload the page.'),
  CHANGED_CONCURRENTLY: V('Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang.', 'Someone changed this meanwhile. Reload the page.'),
  STALE_WRITE: V('Dữ liệu vừa được người khác thay đổi. Hãy tải lại trang.', 'Someone changed this meanwhile. Reload the page.'),
  ALREADY_EXISTS: V('Đã có rồi.', 'It already exists.'), DUPLICATE: V('Đã có chương hoặc bài có mã này.', 'There is already a chapter or lesson with this code.'),
  SUBJECT_EXISTS: V('Môn học này đã có.', 'This subject already exists.'),
  FILE_TOO_LARGE: V('Tệp quá lớn.', 'The file is too large.'), BODY_TOO_LARGE: V('Dữ liệu gửi lên quá lớn.', 'The request is too large.'),
  EVIDENCE_TOO_LARGE: V('Tệp minh chứng quá lớn.', 'The evidence file is too large.'),
  UNSUPPORTED_MEDIA_TYPE: V('Loại tệp không được hỗ trợ.', 'This kind of file is not supported.'),
  NOT_ACCEPTABLE: V('Không thể trả về dạng dữ liệu này.', 'This format cannot be returned.'),
  METHOD_NOT_ALLOWED: V('Thao tác không được hỗ trợ.', 'This operation is not supported.'),
  RATE_LIMITED: V('Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.', 'Too many requests. Try again in a few minutes.'),
  TOO_MANY_REQUESTS: V('Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.', 'Too many requests. Try again in a few minutes.'),
  INTERNAL_ERROR: V('Có lỗi ở máy chủ. Vui lòng thử lại.', 'The server had a problem. Please try again.'),
  SERVER_ERROR: V('Có lỗi ở máy chủ. Vui lòng thử lại.', 'The server had a problem. Please try again.'),
  NETWORK: V('Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.', 'Cannot reach the server. Check the network and try again.'),
  UNKNOWN: V('Có lỗi xảy ra. Vui lòng thử lại.', 'Something went wrong. Please try again.'),
  NOT_IN_FORCE: V('Quy định này chưa áp dụng cho khối và năm học đã chọn.', 'These rules do not apply to that grade and school year.'),
  // ---- bank, papers ----
  ITEM_INVALID: V('Câu hỏi chưa hợp lệ:', 'The item is not valid:'),
  IMPORT_INVALID: V('Tệp có lỗi, chưa nhập câu nào:', 'The file has problems; nothing was imported:'),
  NOT_DRAFT: V('Chỉ sửa được câu hỏi ở trạng thái nháp.', 'Only a draft item can be edited.'),
  UNKNOWN_SUBJECT: V('Không có môn học này.', 'There is no such subject.'),
  TRANSITION_NOT_ALLOWED: V('Không thể chuyển sang trạng thái này từ trạng thái hiện tại.', 'This step is not possible from the current status.'),
  ILLEGAL_TRANSITION: V('Không thể chuyển sang trạng thái này từ trạng thái hiện tại.', 'This step is not possible from the current status.'),
  ROLE_NOT_ALLOWED: V('Vai trò của bạn không được thực hiện bước này.', 'Your role may not take this step.'),
  EXPORT_NOT_POSSIBLE: V('Không xuất được các câu hỏi đã chọn sang dạng này.', 'The chosen items cannot be exported to this format.'),
  BLUEPRINT_UNMET: V('Ngân hàng chưa đủ câu hỏi cho ma trận:', 'The bank does not have enough items for the blueprint:'),
  BLUEPRINT_INVALID: V('Ma trận chưa hợp lệ.', 'The blueprint is not valid.'),
  SUPERSEDES_INVALID: V('Đề mới chỉ thay thế được một đề đã duyệt.', 'A new paper replaces only an approved paper.'),
  DURATION_OUT_OF_RANGE: V('Thời gian làm bài nằm ngoài khoảng cho phép.', 'The duration is outside the allowed range.'),
  PAPER_NOT_APPROVED: V('Đề chưa được duyệt nên chưa dùng được.', 'The paper is not approved yet, so it cannot be used.'),
  PAPER_NOT_FOUND: V('Không tìm thấy đề.', 'No such paper.'), PAPER_UNAVAILABLE: V('Đề không dùng được.', 'The paper cannot be used.'),
  PAPERS_UNAVAILABLE: V('Không đọc được đề.', 'The papers cannot be read.'), PAPER_HAS_NO_VERSION: V('Đề chưa có mã đề nào.', 'The paper has no version.'),
  // ---- sittings, attempts, proctoring ----
  SITTING_NOT_FOUND: V('Không tìm thấy buổi kiểm tra.', 'No such sitting.'), SITTING_NOT_OPEN: V('Buổi kiểm tra chưa mở.', 'The sitting is not open yet.'),
  SITTING_CLOSED: V('Buổi kiểm tra đã đóng.', 'The sitting is closed.'), ATTEMPT_CLOSED: V('Bài làm đã kết thúc.', 'The attempt is over.'),
  ATTEMPT_PAUSED: V('Bài làm đang tạm dừng.', 'The attempt is paused.'), NOT_IN_SITTING: V('Em không có trong danh sách buổi kiểm tra này.', 'You are not on this sitting\'s list.'),
  WAITING_FOR_ADMISSION: V('Đang chờ giám thị cho vào phòng.', 'Waiting for the proctor to admit you.'),
  ONLINE_NOT_PERMITTED: V('Bài kiểm tra định kì này không được làm trực tuyến khi chưa có quyết định của Hiệu trưởng và giám thị trực tuyến.',
    'This periodic test may not be taken online without the principal\'s authorisation and a proctor online.'),
  TIME_UP: V('Đã hết giờ làm bài.', 'Time is up.'), AFTER_CLOSE: V('Đã quá giờ đóng buổi kiểm tra.', 'The sitting has closed.'),
  AFTER_SUBMIT: V('Bài đã nộp.', 'The attempt has been submitted.'), PAST_CLOSE: V('Không thể cộng giờ quá giờ đóng buổi kiểm tra.', 'Time cannot be extended past the sitting\'s close.'),
  INVALID_MINUTES: V('Số phút không hợp lệ.', 'The number of minutes is not valid.'), INVALID_ACTION: V('Thao tác không hợp lệ.', 'The action is not valid.'),
  INVALID_RESPONSE: V('Câu trả lời không hợp lệ.', 'The answer is not valid.'), ANSWER_TOO_LARGE: V('Câu trả lời quá dài, chưa được lưu.', 'The answer is too long and was not saved.'),
  UNKNOWN_ITEM: V('Không có câu hỏi này trong bài.', 'There is no such item in the attempt.'),
  NOT_GRADABLE: V('Câu này không chấm tay.', 'This item is not marked by hand.'), MARK_OUT_OF_RANGE: V('Điểm vượt quá điểm của câu.', 'The mark exceeds the item\'s points.'),
  MARKING_STARTED: V('Bài đã được bắt đầu chấm.', 'Marking has started.'), NOT_GRADED: V('Bài chưa chấm xong.', 'Not marked yet.'),
  NEEDS_GRADING: V('Còn câu tự luận chưa chấm.', 'Essays still to be marked.'),
  GRADEBOOK_LOCKED: V('Sổ điểm đã khoá.', 'The gradebook is locked.'), NOT_LOCKED: V('Sổ điểm chưa khoá.', 'The gradebook is not locked.'),
  NO_GRADEBOOK_COLUMN: V('Buổi kiểm tra chưa gắn với cột điểm nào.', 'The sitting has no gradebook column.'),
  OUTSIDE_SEMESTER: V('Ngoài thời gian học kì.', 'Outside the semester.'), APPEAL_WINDOW_CLOSED: V('Đã hết thời hạn phúc khảo.', 'The appeal period is over.'),
  // ---- problems in items and imports (code + params, see vn.khaothi.itembank.application.Problems) ----
  PROBLEM: V('Nội dung chưa hợp lệ.', 'The content is not valid.'),
  STEM_EMPTY: V('Đề bài (phần dẫn) đang trống.', 'The stem is empty.'),
  POINTS_NEGATIVE: V('Điểm không được âm.', 'Points must not be negative.'),
  POINTS_TOO_LARGE: V('Điểm tối đa là {max}.', 'Points are at most {max}.'),
  POINTS_DECIMALS: V('Điểm có tối đa {max} chữ số thập phân.', 'Points have at most {max} decimals.'),
  TOO_MANY_TAGS: V('Tối đa {max} nhãn (đang có {n}).', 'At most {max} tags (there are {n}).'),
  TAG_TOO_LONG: V('Mỗi nhãn tối đa {max} kí tự.', 'A tag is at most {max} characters.'),
  NAME_TOO_LONG: V('Tên tối đa {max} kí tự.', 'The name is at most {max} characters.'),
  TOO_MANY_PARTS: V('Tối đa {max} {what} (đang có {n}).', 'At most {max} {what} (there are {n}).'),
  TEXT_TOO_LONG: V('Một nội dung dài quá {max} kí tự.', 'A text is longer than {max} characters.'),
  NUMBER_TOO_LARGE: V('Một số quá lớn (tối đa {max} chữ số phần nguyên).', 'A number is too large (at most {max} digits).'),
  NUMBER_TOO_MANY_DECIMALS: V('Một số có quá nhiều chữ số thập phân (tối đa {max}).', 'A number has too many decimals (at most {max}).'),
  TOO_FEW_OPTIONS: V('Câu trắc nghiệm cần ít nhất 2 phương án (đang có {n}).', 'A choice item needs at least 2 options (it has {n}).'),
  TOO_FEW_ELEMENTS: V('Câu sắp xếp cần ít nhất 2 phần tử (đang có {n}).', 'An ordering item needs at least 2 elements (it has {n}).'),
  TOO_FEW_PREMISES: V('Câu ghép nối cần ít nhất 2 cặp (đang có {n}).', 'A matching item needs at least 2 pairs (it has {n}).'),
  DUPLICATE_IDS: V('Có hai {what} trùng mã.', 'Two {what}s have the same id.'),
  OPTION_NO_TEXT: V('Phương án {id} chưa có nội dung.', 'Option {id} has no text.'),
  ELEMENT_NO_TEXT: V('Phần tử {id} chưa có nội dung.', 'Element {id} has no text.'),
  STATEMENT_NO_TEXT: V('Ý {id} chưa có nội dung.', 'Statement {id} has no text.'),
  OPTION_WORTH_OUT_OF_RANGE: V('Phương án {id} có tỉ lệ điểm {value}, ngoài khoảng -1…1.', 'Option {id} is worth {value}, outside -1…1.'),
  NO_FULL_ANSWER: V('Cần một đáp án được 100% điểm.', 'One accepted answer must be worth 100%.'),
  ANSWER_EMPTY: V('Có một đáp án đang trống.', 'An accepted answer is empty.'),
  CLUSTER_NEEDS_FOUR: V('Câu Đúng/Sai cần đúng 4 ý (a–d), đang có {n}.', 'A true/false cluster has exactly 4 statements (a–d); this one has {n}.'),
  TOLERANCE_NEGATIVE: V('Sai số cho phép của {value} không được âm.', 'The tolerance of {value} is negative.'),
  NO_KEY_OPTION: V('Hãy chọn phương án đúng.', 'Mark the right option.'),
  ONE_KEY_ONLY: V('Chỉ một phương án đúng; nếu có nhiều, hãy chọn dạng "Nhiều lựa chọn".', 'Only one option may be right; for several, use "Multiple response".'),
  CORRECT_UNDER_100: V('Các phương án đúng cộng lại phải đủ 100% (đang là {value}).', 'The right options must add up to 100% (they add up to {value}).'),
  NO_GAP: V('Đoạn văn cần ít nhất một chỗ trống.', 'The text needs at least one gap.'),
  GAP_NOT_IN_STEM: V('Chỗ trống {id} chưa có trong đề bài.', 'Gap {id} is not in the stem.'),
  GAP_FEW_CHOICES: V('Chỗ trống {id}: cần ít nhất 2 lựa chọn.', 'Gap {id}: a choice gap needs at least 2 choices.'),
  GAP_NO_FULL_ANSWER: V('Chỗ trống {id}: cần một đáp án được 100% điểm.', 'Gap {id}: one answer must score 100%.'),
  GAP_ANSWER_NOT_NUMBER: V('Chỗ trống {id}: đáp án "{value}" phải là một số.', 'Gap {id}: the answer "{value}" must be a number.'),
  PAIR_NO_ANSWER: V('Cặp {id} chưa có vế phải.', 'Pair {id} has no answer.'),
  PAIR_WEIGHT: V('Cặp {id} cần trọng số dương.', 'Pair {id} needs a positive weight.'),
  WRONG_BODY: V('Nội dung không khớp với dạng câu hỏi.', 'The content does not match the item type.'),
  RUBRIC_CRITERION_NO_NAME: V('Một tiêu chí chấm chưa có tên.', 'A rubric criterion has no name.'),
  RUBRIC_CRITERION_NO_LEVEL: V('Một tiêu chí chấm chưa có mức điểm.', 'A rubric criterion has no level.'),
  RUBRIC_TOTAL: V('Tổng điểm các tiêu chí ({total}) không bằng điểm của câu.', 'The rubric\'s criteria add up to {total}, not the item\'s points.'),
  DEFAULT_LEVEL_USED: V('Các câu chưa ghi mức độ được xếp vào mức {level}.', 'Items without a level were filed as {level}.'),
  NUMERIC_NOT_A_NUMBER: V('Đáp án số "{value}" không phải là một số.', 'The numerical answer "{value}" is not a number.'),
  ANSWER_NOT_A_NUMBER: V('Đáp án "{value}" không phải là một số.', 'The answer "{value}" is not a number.'),
  NOT_A_NUMBER: V('"{value}" không phải là một số.', '"{value}" is not a number.'),
  GRADE_NOT_A_NUMBER: V('Một tỉ lệ điểm hoặc sai số không phải là số.', 'A grade, fraction or tolerance is not a number.'),
  NO_QUESTIONS: V('Tệp không có câu hỏi nào.', 'The file holds no questions.'),
  NOT_UTF8: V('Tệp không được lưu theo bảng mã UTF-8. Hãy lưu lại với UTF-8.', 'The file is not saved as UTF-8. Save it again as UTF-8.'),
  NOT_A_ZIP: V('Tệp nén không đọc được (có thể bị hỏng hoặc tải lên chưa hết).', 'The zip cannot be read (damaged or partly uploaded).'),
  NOT_DOCX: V('Không đọc được tệp Word. Hãy mở bằng Word rồi lưu lại dạng .docx.', 'The Word file cannot be read. Open it in Word and save it again as .docx.'),
  NOT_XML: V('Tệp XML không đúng cấu trúc.', 'The XML file is not well formed.'),
  NOT_MOODLE_XML: V('Đây không phải tệp Moodle XML.', 'This is not a Moodle XML file.'),
  NOT_QTI: V('Đây không phải tệp QTI 2.1.', 'This is not a QTI 2.1 file.'),
  NOT_JSON: V('Tệp JSON không đúng cấu trúc (gần dòng {line}).', 'The JSON file is not valid (near line {line}).'),
  DESCRIPTION_SKIPPED: V('Một đoạn mô tả (không có đáp án) không được nhập.', 'A description without answers was not imported.'),
  QUESTION_NOT_COMPLETED: V('Câu hỏi chưa có dòng ĐÁP ÁN (ANSWER:) trước câu tiếp theo.', 'The question has no ANSWER: line before the next one.'),
  QUESTION_NOT_STARTED: V('Có đáp án hoặc phương án nằm ngoài câu hỏi nào.', 'An answer or option stands outside any question.'),
  TOO_FEW_ANSWERS: V('Câu hỏi cần ít nhất 2 đáp án.', 'The question needs at least 2 answers.'),
  NO_KEY_IN_FILE: V('Chưa có đáp án: gạch chân hoặc in đậm phương án đúng, hoặc thêm bảng đáp án (1-A, 2-B, …).', 'No key: underline or bold the right option, or add an answer key (1-A, 2-B, …).'),
  NO_STATEMENT_KEY: V('Chưa có đáp án cho các ý: ghi (Đ) hoặc (S) cuối mỗi ý.', 'No key for the statements: end each with (Đ) or (S).'),
  KEY_FILE_EMPTY: V('Tệp đáp án trống.', 'The answer key file is empty.'),
  KEY_FILE_OLD_FORMAT: V('Tệp đáp án là tệp Word .doc hoặc Excel .xls cũ: hãy lưu lại dạng .docx, .xlsx hoặc .txt (UTF-8).', 'The answer key is an old Word .doc or Excel .xls file: save it as .docx, .xlsx or UTF-8 .txt.'),
  KEY_FILE_NOT_TEXT: V('Tệp đáp án không phải Word .docx, Excel .xlsx hay văn bản UTF-8.', 'The answer key is neither a Word .docx, an Excel .xlsx nor UTF-8 text.'),
  KEY_FILE_UNREADABLE: V('Không đọc được tệp đáp án. Hãy mở bằng Word hoặc Excel rồi lưu lại dạng .docx hoặc .xlsx.', 'The answer key file cannot be read. Open it in Word or Excel and save it again as .docx or .xlsx.'),
  KEY_FILE_NO_ANSWERS: V('Không đọc được đáp án nào trong tệp đáp án: hãy ghi "1-A 2-B 3-C", "4: ĐSĐS", "5-12,5" hoặc bảng Câu | Đáp án.', 'No answer could be read from the answer key file: write it as "1-A 2-B 3-C", "4: ĐSĐS", "5-12,5" or a table Câu | Đáp án.'),
  KEY_FILE_NEEDS_PARTS: V('Tệp câu hỏi đánh số lại câu trong mỗi PHẦN: hãy ghi cả PHẦN I, PHẦN II, … trong tệp đáp án.', 'The bank numbers its questions again in each PHẦN: write PHẦN I, PHẦN II, … in the answer key file too.'),
  KEY_FILE_READ: V('Đã đọc {n} đáp án từ tệp đáp án.', '{n} answers read from the answer key file.'),
  KEY_FOR_MISSING_QUESTION: V('Tệp đáp án có đáp án "{value}" cho câu {number}, nhưng tệp câu hỏi không có câu này.', 'The answer key gives "{value}" for question {number}, which the bank does not have.'),
  KEYS_DISAGREE: V('Tệp câu hỏi ghi đáp án "{own}" (dòng {ownLine}) nhưng {file} ghi "{other}" (dòng {otherLine}); hãy sửa một trong hai.', 'The bank gives the answer "{own}" (line {ownLine}) but {file} gives "{other}" (line {otherLine}); correct one of them.'),
  EQUATION_OBJECT: V('Không đọc được công thức dạng đối tượng Word; hãy viết công thức bằng LaTeX \\( … \\).', 'A Word equation object cannot be read; write math as LaTeX \\( … \\).'),
  PICTURE_SKIPPED: V('Hình ảnh trong tệp không được nhập.', 'A picture in the document was not imported.'),
  NO_CHAPTER: V('Câu hỏi chưa thuộc chương nào: hãy chọn chương trước khi nhập.', 'The item has no chapter: choose one before importing.'),
  WRONG_GRADE_IN_FILE: V('Tệp dành cho khối {value}, khác khối đã chọn.', 'The file is for grade {value}, not the one chosen.'),
  WRONG_SUBJECT_IN_FILE: V('Tệp dành cho môn {value}, khác môn đã chọn.', 'The file is for subject {value}, not the one chosen.'),
  PARTIAL_CREDIT_USED: V('Câu nhiều lựa chọn "đúng hết mới có điểm" được chấm theo từng phương án đúng.', 'All-or-nothing multiple choice is scored with partial credit.'),
  ORDERING_PER_POSITION: V('Câu sắp xếp được chấm theo từng vị trí đúng.', 'Ordering is scored per correct position.'),
  NOT_IMPORTED: V('Một câu hỏi không biểu diễn được nên không được nhập.', 'A question cannot be represented and was not imported.'),
  REJECTION_NOTE_REQUIRED: V('Khi trả lại, hãy ghi rõ cần sửa gì.', 'A rejection needs a note saying what to change.'),
  NOTE_TOO_LONG: V('Ghi chú quá dài (tối đa {max} kí tự).', 'The note is too long ({max} characters at most).'),
  NO_SUCH_CHAPTER: V('Không có chương {chapter}.', 'There is no chapter {chapter}.'),
  LEVEL_NOT_IN_GRADE: V('Mức độ {level} không dùng ở khối {grade}.', 'Level {level} is not used in grade {grade}.'),
  ITEM_FIELDS_REQUIRED: V('Hãy chọn môn, khối, chương, mức độ và nhập nội dung.', 'Choose the subject, grade, chapter and level and write the content.'),
  SUBJECT_GRADE_REQUIRED: V('Hãy chọn môn và khối của các câu hỏi.', 'Choose the subject and grade of the items.'),
  SELF_ENEMY: V('Một câu hỏi không thể loại trừ chính nó.', 'An item cannot exclude itself.'),
  CHOOSE_ITEMS: V('Hãy chọn ít nhất một câu hỏi để xuất.', 'Choose at least one item to export.'),
  // What an export could not carry (the writers' warnings; issue 18: every loss is said).
  EXPORT_NO_SOURCE: V('{format} không có chỗ cho nguồn và tác giả: không ghi.', '{format} has no place for the source and author: not written.'),
  EXPORT_POINTS_AS_COMMENT: V('GIFT không có điểm: {points} điểm được ghi thành chú thích mà Moodle bỏ qua (Moodle sẽ cho 1 điểm).',
    'GIFT has no points: {points} points are written as a comment Moodle ignores (Moodle will give 1 point).'),
  EXPORT_GUIDE_AS_COMMENT: V('GIFT không có hướng dẫn chấm và mẫu trả lời: chúng được ghi thành chú thích mà Moodle bỏ qua.',
    'GIFT has no marking guide or response template: they are written as comments Moodle ignores.'),
  EXPORT_NO_GUIDE: V('QTI không có hướng dẫn chấm và mẫu trả lời: không ghi.', 'QTI has no marking guide or response template: not written.'),
  EXPORT_OPTION_NOT_LOCKED: V('{format} không giữ cố định được phương án {id}: phương án này có thể bị đảo.',
    '{format} cannot keep option {id} in place: it may be shuffled.'),
  EXPORT_NOT_CASE_SENSITIVE: V('GIFT không phân biệt chữ hoa, chữ thường trong đáp án.', 'GIFT answers are never case-sensitive.'),
  EXPORT_PAIR_WEIGHT: V('Định dạng này không có trọng số cho cặp ghép: cặp {id} được tính 1.', 'This format has no weights for pairs: pair {id} counts as 1.'),
  EXPORT_NO_RUBRIC: V('Định dạng này không mang được thang chấm: {n} tiêu chí không được ghi.', 'This format cannot carry the rubric: its {n} criteria are not written.'),
  EXPORT_GIFT_PICTURES: V('GIFT không mang được tệp: {n} hình nằm ngay trong HTML; xuất Moodle XML hoặc QTI để mang hình thành tệp.',
    'GIFT cannot carry files: {n} picture(s) stay inside the HTML; export as Moodle XML or QTI to carry them as files.'),
  EXPORT_ONE_NUMBER: V('QTI chỉ giữ một đáp số; các đáp số khác và phản hồi không được ghi.', 'QTI keeps one accepted number; other answers and feedback are not written.'),
  EXPORT_GAP_RENAMED: V('Chỗ trống {gap} được ghi thành {as} (mã QTI phải bắt đầu bằng chữ cái).', 'Gap {gap} is written as {as} (QTI identifiers start with a letter).'),
  EXPORT_GAP_WEIGHT: V('Trọng số chỗ trống không được ghi: chỗ trống {gap} được tính 1.', 'Gap weights are not written: gap {gap} counts as 1.'),
  EXPORT_ZERO_ANSWERS: V('Các đáp án 0 điểm và phản hồi của đáp án không được ghi.', 'Answers worth 0 and answer feedback are not written.'),
  EXPORT_GAP_FEEDBACK: V('Lựa chọn trong chỗ trống {gap} không mang được phản hồi: không ghi.', 'The choices of gap {gap} hold no feedback in QTI: not written.'),
  // ---- the people imports (students, teachers) ----
  PEOPLE_NONE: V('Tệp có dòng tiêu đề nhưng chưa có dòng dữ liệu nào.', 'The file has a header but no rows.'),
  PEOPLE_FILE_EMPTY: V('Tệp trống.', 'The file is empty.'),
  PEOPLE_FILE_UNREADABLE: V('Không đọc được tệp: hãy mở bằng Excel rồi lưu lại dạng .xlsx hoặc CSV UTF-8.', 'The file cannot be read: open it in Excel and save it again as .xlsx or CSV UTF-8.'),
  PEOPLE_NOT_UTF8: V('Tệp không phải văn bản UTF-8: hãy lưu dạng "CSV UTF-8" hoặc .xlsx.', 'The file is not UTF-8 text: save it as "CSV UTF-8" or .xlsx.'),
  UNKNOWN_COLUMN: V('Cột "{value}" không có trong mẫu.', 'Unknown column "{value}".'),
  MISSING_COLUMN: V('Thiếu cột "{value}".', 'Missing column "{value}".'),
  CODE_EMPTY: V('Mã đang trống.', 'The code is empty.'),
  CODE_FORMAT: V('Mã "{value}" chỉ được gồm chữ cái, chữ số, dấu chấm, gạch dưới và gạch ngang.', 'The code "{value}" may use only letters, digits, ".", "_" and "-".'),
  CODE_TWICE: V('"{value}" xuất hiện hai lần trong tệp.', '"{value}" appears twice in the file.'),
  CODE_EXISTS: V('"{value}" đã có trong hệ thống.', '"{value}" already exists.'),
  FULL_NAME_INVALID: V('Họ và tên trống hoặc dài quá 200 kí tự.', 'The full name is empty or longer than 200 characters.'),
  CLASS_UNKNOWN: V('Lớp "{value}" không có trong năm học hiện tại.', 'Class "{value}" does not exist in the current school year.'),
  BIRTH_DATE_INVALID: V('Ngày sinh "{value}" không đúng dạng ngày/tháng/năm.', 'The birth date "{value}" is not a date (dd/MM/yyyy).'),
  GENDER_INVALID: V('Giới tính "{value}" phải là Nam hoặc Nữ.', 'The gender "{value}" is not Nam/Nữ (M/F).'),
  SUBJECT_UNKNOWN: V('Không có môn "{value}".', 'There is no subject "{value}".'),
  SUBJECT_NEEDED: V('Cần ít nhất một mã môn (ví dụ MATH).', 'At least one subject code is needed (e.g. MATH).'),
  GROUP_UNKNOWN: V('Không có tổ chuyên môn "{value}".', 'There is no subject group "{value}".'),
  MAY_PROCTOR_INVALID: V('Cột "coi thi" phải là "có" hoặc "không" (đang là "{value}").', '"May proctor" must be "có" or "không" (it is "{value}").'),
  // ---- the paper assembler's warnings ----
  EXPOSED_ITEMS_USED: V('Ô {cell}: dùng lại {n} câu đã xuất hiện trong đề gần đây vì ô này thiếu câu mới.',
    'Cell {cell}: {n} recently used items, the cell has too few fresh ones.'),
  ITEMS_SHARED_BETWEEN_VERSIONS: V('Ô {cell}: chỉ có {available} câu cho {versions} mã đề × {count} câu, nên các mã đề dùng chung câu (mỗi câu tối đa {uses} mã đề).',
    'Cell {cell}: {available} items for {versions} versions × {count}; versions share items (each in at most {uses} versions).'),
  NO_DIFFICULTY_STATISTICS: V('Chưa câu nào có số liệu độ khó nên chưa cân bằng được độ khó giữa các mã đề.', 'No item has difficulty statistics, so versions could not be balanced.'),
  PARTIAL_DIFFICULTY_STATISTICS: V('{missing}/{used} câu chưa có số liệu độ khó; độ khó trung bình chỉ tính các câu còn lại.', '{missing} of {used} items have no statistics; the mean difficulty covers the others.'),
  DIFFICULTY_SPREAD_ABOVE_TARGET: V('Độ khó trung bình giữa các mã đề chênh {spread} (mục tiêu {target}).', 'Mean difficulty differs by {spread} between versions (target {target}).'),
  CELL_ITEMS_TOO_HARD: V('Ô {cell}: cả {known}/{all} câu có số liệu đều quá khó (tỉ lệ làm đúng dưới {bound}).', 'Cell {cell}: all {known} of {all} items with statistics are too hard (facility below {bound}).'),
  CELL_ITEMS_TOO_EASY: V('Ô {cell}: cả {known}/{all} câu có số liệu đều quá dễ (tỉ lệ làm đúng trên {bound}).', 'Cell {cell}: all {known} of {all} items with statistics are too easy (facility above {bound}).')
};

/** The curriculum's subjects (GradeNineCurriculum, regulations): their names in both languages. */
const SUBJECTS = {
  MATH: V('Toán', 'Mathematics'), LITERATURE: V('Ngữ văn', 'Literature'), ENGLISH: V('Tiếng Anh', 'English'),
  NATURAL_SCIENCE: V('Khoa học tự nhiên', 'Natural science'), HISTORY_GEOGRAPHY: V('Lịch sử và Địa lí', 'History and geography'),
  CIVICS: V('Giáo dục công dân', 'Civic education'), TECHNOLOGY: V('Công nghệ', 'Technology'), INFORMATICS: V('Tin học', 'Informatics'),
  PE: V('Giáo dục thể chất', 'Physical education'), ARTS: V('Nghệ thuật (Âm nhạc, Mĩ thuật)', 'Arts (music, fine arts)'),
  EXPERIENTIAL: V('Hoạt động trải nghiệm, hướng nghiệp', 'Experiential activities and career guidance'),
  LOCAL_CONTENT: V('Nội dung giáo dục của địa phương', 'Local education content')
};

/** A subject's name in the reader's language; the name the server gave (or the code) when the catalogue lacks it. */
export function subjectName(code, fallback, l) {
  return pick(SUBJECTS[code], current(l)) ?? fallback ?? String(code ?? '');
}

function pick(entry, l) { return entry ? (entry[l] ?? entry.vi) : undefined; }
function current(l) { return l || lang(); }

/** A code's label (NB, SINGLE_CHOICE, ONLINE, HIGH…) in the reader's language; the code itself when unknown. */
export function label(code, l) {
  return pick(LABELS[code], current(l)) ?? pick(CODES[code], current(l)) ?? String(code ?? '');
}

/** Whether the catalogue knows a code. */
export function knows(code) { return Boolean(CODES[code] || LABELS[code]); }

/** A blueprint cell "C1 / NB / SINGLE_CHOICE" in words: "C1 / Nhận biết / Trắc nghiệm một lựa chọn". */
export function cellText(cell, l) {
  return String(cell || '').split(' / ').map(part => LABELS[part] ? label(part, l) : part).join(' / ');
}

function decimal(value, l) {
  return current(l) === 'vi' && /^-?\d+\.\d+$/.test(String(value)) ? String(value).replace('.', ',') : String(value);
}

/**
 * One problem, warning or error in the reader's language. It takes what the server sends: {code, params} (a problem
 * or warning), {error, details} (an error body) or a bare code string.
 */
export function describeProblem(problem, l) {
  const language = current(l);
  if (problem == null) return pick(CODES.UNKNOWN, language);
  if (typeof problem === 'string') return CODES[problem] ? pick(CODES[problem], language) : pick(CODES.PROBLEM, language);
  const code = problem.code || problem.error;
  const entry = CODES[code];
  if (!entry) return pick(code && /^[A-Z_]+$/.test(code) && problem.error ? CODES.UNKNOWN : CODES.PROBLEM, language);
  const params = { ...(problem.params || {}) };
  if (params.cell) params.cell = cellText(params.cell, language);
  if (params.level && LABELS[params.level]) params.level = label(params.level, language);
  if (params.what && LABELS[params.what]) params.what = label(params.what, language);
  Object.keys(params).forEach(k => { params[k] = decimal(params[k], language); });
  const text = pick(entry, language).replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
  // Where in an imported file: "Câu 3: …", or the item's type and name.
  if (params.question) return `${language === 'vi' ? 'Câu' : 'Question'} ${params.question}: ${text}`;
  if (params.itemType) return `${label(params.itemType, language)}${params.itemName ? ' «' + params.itemName + '»' : ''}: ${text}`;
  // An export's warning: which item of the bank it is about.
  if (params.item) return `${language === 'vi' ? 'Câu hỏi' : 'Item'} #${params.item}${params.itemName ? ' «' + params.itemName + '»' : ''}: ${text}`;
  return text;
}

/** Where a problem is (an import's line or element), in the reader's language, or ''. */
export function whereText(problem, l) {
  const vi = current(l) === 'vi';
  if (problem && problem.line) return (vi ? 'Dòng ' : 'Line ') + problem.line;
  if (problem && problem.element) return problem.element;
  return '';
}

/** An error reply's body ({error, message, details}) as one sentence, with its listed problems when it has any. */
export function errorText(error, l) {
  const language = current(l);
  if (!error || !error.error) return pick(CODES.UNKNOWN, language);
  if (error.details && (error.details.vi || error.details.en)) return error.details[language] || error.details.vi;
  const listed = Array.isArray(error.details) ? error.details.filter(d => d && (d.code || d.error)) : [];
  const head = describeProblem(error, language);
  if (!listed.length) return head;
  const items = listed.map(d => (whereText(d, language) ? whereText(d, language) + ': ' : '') + describeProblem(d, language));
  if (listed.length === 1 && (error.error === 'VALIDATION_FAILED' || !CODES[error.error])) return items[0];
  return `${head} ${items.join(' ')}`;
}

// ---- citations: one helper for every page ----------------------------------------------------

const CIRCULARS = {
  TT22: ['Thông tư 22/2021/TT-BGDĐT', 'Circular 22/2021'],
  TT27: ['Thông tư 27/2020/TT-BGDĐT', 'Circular 27/2020'],
  TT09: ['Thông tư 09/2021/TT-BGDĐT', 'Circular 09/2021'],
  TT26: ['Thông tư 26/2020/TT-BGDĐT', 'Circular 26/2020'],
  TT58: ['Thông tư 58/2011/TT-BGDĐT', 'Circular 58/2011']
};
const OTHERS = {
  'Ministry matrix guidance': ['Hướng dẫn của Bộ GDĐT về ma trận, bản đặc tả đề kiểm tra', 'The Ministry\'s guidance on test matrices'],
  'School policy': ['Quy định của nhà trường', 'School policy'],
  'Tân Hồng 1334/PGDĐT': ['Công văn 1334/PGDĐT (Phòng GDĐT Tân Hồng)', 'Tân Hồng district guidance 1334/PGDĐT']
};

/**
 * One citation code ("TT22 Art. 9.1.b") in the reader's language:
 * vi "Điều 9, khoản 1, điểm b, Thông tư 22/2021/TT-BGDĐT", en "Circular 22/2021, Art. 9.1.b".
 */
export function citationText(code, l) {
  const vi = current(l) !== 'en';
  const text = String(code ?? '').trim();
  const m = /^(TT\d{2})\s+Art\.\s*(\d+)(?:\.(\d+))?(?:\.([a-zđ]))?(.*)$/.exec(text);
  if (m && CIRCULARS[m[1]]) {
    const [, doc, article, clause, point, rest] = m;
    if (vi) return [`Điều ${article}`, clause && `khoản ${clause}`, point && `điểm ${point}`].filter(Boolean).join(', ')
      + ', ' + CIRCULARS[doc][0] + rest;
    return `${CIRCULARS[doc][1]}, Art. ${article}${clause ? '.' + clause : ''}${point ? '.' + point : ''}${rest}`;
  }
  const whole = /^(TT\d{2})$/.exec(text);
  if (whole && CIRCULARS[whole[1]]) return CIRCULARS[whole[1]][vi ? 0 : 1];
  const seed = /^Seed (\d+) (.+)$/.exec(text);
  if (seed) return vi ? `Văn bản chỉ đạo ${seed[1]}, mục ${seed[2].replace('§', '')}` : `Directive ${seed[1]}, ${seed[2]}`;
  if (OTHERS[text]) return OTHERS[text][vi ? 0 : 1];
  // "TT22 Art. 7" inside a longer sentence
  return text.replace(/\b(TT\d{2})\s+Art\.\s*(\d+(?:\.\d+)?(?:\.[a-z])?)/g, (all, doc, art) => CIRCULARS[doc] ? citationText(`${doc} Art. ${art}`, l) : all);
}

/** Several citations (an array, or one string with "; " between them), each in the reader's language. */
export function citationsText(list, l) {
  const items = Array.isArray(list) ? list : String(list || '').split(';');
  return items.map(c => String(c).trim()).filter(Boolean).map(c => citationText(c, l)).join('; ');
}
