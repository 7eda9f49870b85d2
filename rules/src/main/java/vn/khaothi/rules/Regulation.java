package vn.khaothi.rules;

/** The regulations the engine applies, each its own rule package (regulations.md §1). */
public enum Regulation {
    /** Thông tư 22/2021/TT-BGDĐT: secondary assessment, grades 6–12. */
    TT22,
    /** Thông tư 27/2020/TT-BGDĐT: primary assessment, grades 1–5. */
    TT27,
    /** Thông tư 09/2021/TT-BGDĐT and the seed directives: where a test may be taken. */
    ONLINE
}
