package vn.khaothi.rules.tt27;

/** Cấp học: primary (tiểu học, grades 1–5, TT27) or secondary (THCS/THPT, grades 6–12, TT22). */
public enum EducationLevel {
    PRIMARY,
    SECONDARY
}
