package vn.khaothi.engine.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.school.AppSetting;
import vn.khaothi.engine.domain.school.School;
import vn.khaothi.engine.domain.school.SchoolClass;
import vn.khaothi.engine.domain.school.SchoolYear;
import vn.khaothi.engine.domain.school.Student;
import vn.khaothi.engine.domain.school.Subject;
import vn.khaothi.engine.domain.school.SubjectGroup;
import vn.khaothi.engine.domain.school.Teacher;
import vn.khaothi.engine.domain.school.TeachingAssignment;

/**
 * The demo school (api-contract.md, "Running"): the school year containing the day it is seeded, classes 9A1 (hs001-hs040)
 * and 9A2 (hs041-hs080), the staff accounts, every password {@code demo}. Seeded once; its
 * accounts are marked demo and are disabled whenever the application starts outside demo mode.
 */
@ApplicationScoped
@Transactional
public class DemoSchool {

    private static final Logger LOG = Logger.getLogger(DemoSchool.class.getName());
    static final String SEEDED = "demo.school.seeded";
    public static final String PASSWORD = "demo";

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** Seeds (once) and enables the demo accounts, or disables them when demo mode is off. */
    public void apply(boolean demoMode) {
        if (!demoMode) {
            int disabled = em.createQuery("UPDATE Account a SET a.active = false WHERE a.demo = true AND a.active = true")
                    .executeUpdate();
            if (disabled > 0) {
                LOG.warning(() -> "Demo mode is off: " + disabled + " demo account(s) disabled");
            }
            return;
        }
        LOG.warning("""

                ************************************************************************
                *  DEMO MODE IS ON: demo accounts (admin, hieutruong, ...) with the     *
                *  password "demo" can sign in. Never use demo mode with real data.     *
                *  Turn it off with KHAOTHI_DEMO=false.                                  *
                ************************************************************************""");
        if (em.find(AppSetting.class, SEEDED) != null) {
            em.createQuery("UPDATE Account a SET a.active = true WHERE a.demo = true").executeUpdate();
            return;
        }
        seed();
        em.persist(new AppSetting(SEEDED, LocalDate.now().toString()));
    }

    private void seed() {
        // One hash for every demo account: 85 PBKDF2 hashes would slow the first start by ~15 s.
        String hash = hasher.hash(PASSWORD);
        School school = new School("DEMO-THCS", "Trường THCS Khảo Thí (trường mẫu)");
        em.persist(school);
        // The demo year is the one containing today (Vietnam time), so that new sittings fall in a semester
        // (issue 13; 2026-12-03 → 2026-2027). It is fixed when the demo is first seeded.
        int start = vn.khaothi.rules.SchoolYear.containing(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).startYear();
        SchoolYear year = new SchoolYear(school, start + "-" + (start + 1), LocalDate.of(start, 9, 5),
                LocalDate.of(start + 1, 5, 31), true);
        year.addSemester(1, LocalDate.of(start, 9, 5), LocalDate.of(start + 1, 1, 17));
        year.addSemester(2, LocalDate.of(start + 1, 1, 19), LocalDate.of(start + 1, 5, 31));
        em.persist(year);

        List<Subject> subjects = GradeNineCurriculum.subjects();
        subjects.forEach(em::persist);
        Subject math = subjects.get(0);

        account("admin", "Quản trị hệ thống", hash, Role.ADMIN);
        account("hieutruong", "Hiệu trưởng Trần Minh Đức", hash, Role.PRINCIPAL);
        account("phohieutruong", "Phó hiệu trưởng Lê Thị Hoa", hash, Role.DEPUTY_PRINCIPAL);
        Teacher head = teacher("GV-TOAN-01", "Nguyễn Thị Lan", account("totruong.toan", "Tổ trưởng Nguyễn Thị Lan", hash,
                Role.DEPARTMENT_HEAD, Role.TEACHER), math);
        Teacher teacher = teacher("GV-TOAN-02", "Phạm Văn Bình", account("gv.toan", "Thầy Phạm Văn Bình", hash,
                Role.TEACHER), math);

        SubjectGroup group = new SubjectGroup("TO-TOAN-TIN", "Tổ Toán – Tin");
        group.covers(math);
        subjects.stream().filter(s -> s.code().equals("INFORMATICS")).forEach(group::covers);
        group.setHead(head);
        group.addMember(teacher);
        em.persist(group);

        SchoolClass a1 = new SchoolClass(year, 9, "9A1");
        SchoolClass a2 = new SchoolClass(year, 9, "9A2");
        a1.setHomeroomTeacher(teacher);
        a2.setHomeroomTeacher(head);
        for (int n = 1; n <= 80; n++) {
            String code = String.format("hs%03d", n);
            String name = DemoNames.studentName(n);
            Student student = new Student(code, name, LocalDate.of(2011, 1 + n % 12, 1 + n % 28), n % 2 == 0 ? "F" : "M",
                    account(code, name, hash, Role.STUDENT));
            student.setStudentNumber(String.format("9%05d", n)); // số báo danh 900001… for the answer sheets
            em.persist(student);
            (n <= 40 ? a1 : a2).enrol(student);
        }
        em.persist(a1);
        em.persist(a2);
        em.persist(new TeachingAssignment(teacher, a1, math));
        em.persist(new TeachingAssignment(head, a2, math));
        LOG.info("Demo school seeded: 2 classes, 80 students, 5 staff accounts");
    }

    private Account account(String username, String displayName, String hash, Role... roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(List.of(roles));
        Account account = new Account(username, hash, displayName, set, true);
        em.persist(account);
        return account;
    }

    private Teacher teacher(String code, String name, Account account, Subject subject) {
        Teacher teacher = new Teacher(code, name, account, true);
        teacher.teaches(subject);
        em.persist(teacher);
        return teacher;
    }
}
