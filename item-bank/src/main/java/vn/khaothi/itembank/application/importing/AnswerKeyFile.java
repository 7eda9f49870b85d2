package vn.khaothi.itembank.application.importing;

/**
 * An answer key sent in a file of its own beside the bank (đáp án ở tệp riêng): a Word, Excel or
 * UTF-8 text file the teacher keeps apart from the questions, e.g. {@code dap-an.docx} beside
 * {@code questions.docx}. Only formats whose {@link ItemFormat#takesAnswerKeyFile()} read it.
 *
 * @param name  the file's name as sent (named in messages; may be empty)
 * @param bytes its content; the kind (docx, xlsx, text) is judged from the bytes
 */
public record AnswerKeyFile(String name, byte[] bytes) {

    public AnswerKeyFile {
        name = name == null || name.isBlank() ? "answer key file" : name.strip();
    }
}
