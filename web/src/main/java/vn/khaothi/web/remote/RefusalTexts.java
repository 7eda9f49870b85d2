package vn.khaothi.web.remote;

import java.util.Map;

/** What each refusal of the remote-assessment workflow says to a person, in Vietnamese and English. */
final class RefusalTexts {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("NOT_YOUR_REQUEST", t("Bạn không có quyền với yêu cầu này: học sinh chỉ gửi và xem yêu cầu của chính mình.",
                    "You may not act on this request: a student files and sees only their own.")),
            Map.entry("NOT_STUDENTS_TEACHER", t("Chỉ học sinh, giáo viên chủ nhiệm hoặc giáo viên bộ môn của học sinh mới được gửi yêu cầu.",
                    "Only the student, the student's homeroom teacher or a teacher of the subject may file a request.")),
            Map.entry("NOT_A_CANDIDATE", t("Học sinh không thuộc danh sách dự kiểm tra của buổi này nên không thể gửi yêu cầu.",
                    "The student is not a candidate of this sitting, so no request can be filed for it.")),
            Map.entry("NOT_THE_PRINCIPAL", t("Người được nêu không phải là Hiệu trưởng của trường.",
                    "The person named is not the school's principal.")),
            Map.entry("PERIOD_TOO_LONG", t("Ủy quyền kéo dài tối đa một năm học.",
                    "A delegation lasts a school year at most.")),
            Map.entry("DELEGATION_OVER", t("Ủy quyền này đã hết hiệu lực.", "This delegation is already over.")),
            Map.entry("DELEGATION", t("Không tìm thấy ủy quyền.", "No such delegation.")),
            Map.entry("NOT_A_DECIDER", t("Chỉ Hiệu trưởng, hoặc Phó hiệu trưởng được ủy quyền, mới được xét duyệt yêu cầu.",
                    "Only the principal, or a deputy principal under a delegation, may decide requests.")),
            Map.entry("NO_CURRENT_DELEGATION", t("Bạn chưa có ủy quyền còn hiệu lực của Hiệu trưởng để xét duyệt.",
                    "You hold no current delegation from the principal to decide.")),
            Map.entry("EVIDENCE_FOR_DECIDERS_ONLY", t("Minh chứng chỉ người xét duyệt (Hiệu trưởng, Phó hiệu trưởng được ủy quyền) được xem.",
                    "Evidence is seen only by those who decide (the principal, a delegated deputy).")),
            Map.entry("NOT_THE_FILER", t("Chỉ người đã gửi yêu cầu mới được rút yêu cầu.", "Only the person who filed a request may withdraw it.")),
            Map.entry("NOT_PRINCIPAL", t("Chỉ Hiệu trưởng (hoặc quản trị theo chỉ đạo của Hiệu trưởng) được ghi nhận ủy quyền.",
                    "Only the principal (or an administrator on the principal's instruction) may record a delegation.")),
            Map.entry("NOT_A_MANAGER", t("Chỉ Ban giám hiệu và quản trị được xem thống kê.", "Only the school's leaders and administrators see the report.")),
            Map.entry("NOT_THE_UPLOADER", t("Chỉ người tải tệp lên mới được xoá tệp.", "Only the uploader may remove the file.")),
            Map.entry("ALREADY_DECIDED", t("Yêu cầu đã được xét duyệt, không thể thay đổi.", "The request has already been decided and cannot change.")),
            Map.entry("WITHDRAWN", t("Yêu cầu đã được rút.", "The request was withdrawn.")),
            Map.entry("ALREADY_REQUESTED", t("Học sinh đã có yêu cầu đang chờ hoặc đã được duyệt cho buổi kiểm tra này.",
                    "The student already has a pending or approved request for this sitting.")),
            Map.entry("CHANGED_CONCURRENTLY", t("Yêu cầu vừa được người khác thay đổi. Hãy tải lại.", "Someone else changed the request meanwhile. Reload it.")),
            Map.entry("EVIDENCE_ATTACHED", t("Tệp đã thuộc một yêu cầu và được giữ lại cùng yêu cầu.", "The file belongs to a request and stays with it.")),
            Map.entry("NOT_DECIDED", t("Yêu cầu chưa được xét duyệt nên chưa có quyết định để in.", "The request is not decided yet: there is no decision to print.")),
            Map.entry("EXPLANATION_REQUIRED", t("Lí do khác cần có giải trình bằng văn bản.", "The reason OTHER needs a written explanation.")),
            Map.entry("REASON_REQUIRED", t("Hãy chọn lí do.", "Choose a reason.")),
            Map.entry("STUDENT_REQUIRED", t("Hãy chọn học sinh.", "Choose the student.")),
            Map.entry("EVIDENCE_TYPE", t("Minh chứng phải là tệp PDF hoặc ảnh (JPEG, PNG, WebP); nội dung tệp này không phải.",
                    "Evidence must be a PDF or an image (JPEG, PNG, WebP); this file's content is not.")),
            Map.entry("EVIDENCE_SIZE", t("Mỗi tệp minh chứng tối đa 10 MB và không được rỗng.", "Each evidence file is at most 10 MB and not empty.")),
            Map.entry("EVIDENCE_ID", t("Tệp minh chứng không hợp lệ: hãy tải tệp lên trước, mỗi tệp dùng một lần.",
                    "An evidence file is not valid: upload it first; each file is used once.")),
            Map.entry("TOO_MANY_UPLOADS", t("Bạn đang giữ 20 tệp tải lên chưa thuộc yêu cầu nào: hãy gửi yêu cầu hoặc bỏ bớt tệp.",
                    "You hold 20 uploads that no request names: file a request with them or remove some.")),
            Map.entry("TOO_MANY_EVIDENCE_FILES", t("Tối đa 10 tệp minh chứng cho một yêu cầu.", "At most 10 evidence files per request.")),
            Map.entry("EXPLANATION_TOO_LONG", t("Giải trình quá dài (tối đa 4000 kí tự).", "The explanation is too long (4000 characters at most).")),
            Map.entry("FORM_REQUIRED", t("Khi đồng ý, hãy chọn hình thức: làm bài trực tuyến có giám sát hoặc vấn đáp trực tuyến.",
                    "An approval chooses the form: proctored online test or online oral examination.")),
            Map.entry("NOTE_REQUIRED", t("Khi không đồng ý, hãy ghi lí do và hướng dẫn học sinh kiểm tra bù trực tiếp.",
                    "A rejection says why and points the student to the in-person make-up.")),
            Map.entry("NOTE_TOO_LONG", t("Ghi chú quá dài (tối đa 4000 kí tự).", "The note is too long (4000 characters at most).")),
            Map.entry("NOT_ELIGIBLE", t("Theo quy định, yêu cầu này không đủ điều kiện nên chỉ có thể không duyệt.",
                    "By the rules this request is not eligible: it can only be rejected.")),
            Map.entry("PERIOD", t("Thời hạn ủy quyền phải kết thúc sau khi bắt đầu.", "A delegation's period must end after it starts.")),
            Map.entry("DEPUTY", t("Hãy chọn Phó hiệu trưởng được ủy quyền (không phải chính Hiệu trưởng).",
                    "Choose the deputy to delegate to (not the principal).")),
            Map.entry("SCOPE", t("Ủy quyền cần có phạm vi.", "A delegation needs a scope.")),
            Map.entry("REQUEST_NOT_FOUND", t("Không tìm thấy yêu cầu.", "No such request.")),
            Map.entry("SITTING_NOT_FOUND", t("Không tìm thấy buổi kiểm tra.", "No such sitting.")),
            Map.entry("EVIDENCE_NOT_FOUND", t("Không tìm thấy tệp minh chứng.", "No such evidence file.")),
            Map.entry("ONLINE_NOT_PERMITTED", t("Bài kiểm tra định kì này không được làm trực tuyến khi chưa có quyết định của Hiệu trưởng và giám thị trực tuyến.",
                    "This periodic test may not be taken online without the principal's authorisation and a proctor online.")));

    private RefusalTexts() {
    }

    /** {vi, en} for a refusal's detail (or its code when the detail has no text of its own). */
    static String[] of(String code, String detail) {
        String[] text = TEXTS.get(detail);
        if (text == null) {
            text = TEXTS.get(code);
        }
        return text != null ? text : t("Yêu cầu không thực hiện được.", "The request was refused.");
    }

    private static String[] t(String vi, String en) {
        return new String[] {vi, en};
    }
}
