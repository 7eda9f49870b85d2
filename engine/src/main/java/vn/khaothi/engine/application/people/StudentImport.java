package vn.khaothi.engine.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.khaothi.engine.application.PasswordHasher;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.school.SchoolClass;
import vn.khaothi.engine.domain.school.Student;

/**
 * Bulk import of students (nhập danh sách học sinh) from CSV or Excel into the current school
 * year's classes. All-or-nothing: every row is checked first, and any problem rejects the whole
 * file with every problem and its line; only a clean file is stored, in one transaction.
 *
 * <p>Columns: code (mã học sinh), full name (họ và tên), class (lớp), birth date (ngày sinh,
 * dd/MM/yyyy or yyyy-MM-dd, optional), gender (giới tính: Nam/Nữ or M/F, optional). Each student
 * gets an account named by the code with a generated initial password, returned once so the
 * school can hand it out.
 */
@ApplicationScoped
public class StudentImport {

    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("ma hoc sinh", "code"), Map.entry("ma hs", "code"),
            Map.entry("full name", "fullName"), Map.entry("fullname", "fullName"), Map.entry("ho va ten", "fullName"),
            Map.entry("ho ten", "fullName"),
            Map.entry("class", "class"), Map.entry("lop", "class"),
            Map.entry("birth date", "birthDate"), Map.entry("birthdate", "birthDate"), Map.entry("ngay sinh", "birthDate"),
            Map.entry("gender", "gender"), Map.entry("gioi tinh", "gender"));
    static final Set<String> REQUIRED = Set.of("code", "fullName", "class");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Transactional
    public ImportResult importFile(byte[] content) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = PeopleSheet.read(content, COLUMNS, REQUIRED, problems);
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(2, "The file has a header but no students"));
        }
        Map<String, SchoolClass> classes = currentClasses();
        Set<String> codesInFile = new HashSet<>();
        List<ValidRow> valid = new ArrayList<>();
        for (SheetRow row : rows) {
            validate(row, classes, codesInFile, problems).ifPresent(valid::add);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        List<InitialCredential> credentials = new ArrayList<>();
        for (ValidRow row : valid) {
            String password = InitialPasswords.next();
            Account account = new Account(row.code(), hasher.hash(password), row.fullName(), EnumSet.of(Role.STUDENT), false);
            em.persist(account);
            Student student = new Student(row.code(), row.fullName(), row.birthDate(), row.gender(), account);
            em.persist(student);
            row.schoolClass().enrol(student);
            credentials.add(new InitialCredential(row.code(), password));
        }
        return new ImportResult(valid.size(), credentials);
    }

    private record ValidRow(String code, String fullName, SchoolClass schoolClass, LocalDate birthDate, String gender) {
    }

    private java.util.Optional<ValidRow> validate(SheetRow row, Map<String, SchoolClass> classes, Set<String> codesInFile,
            List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.get("code");
        String name = row.get("fullName");
        String classCode = row.get("class");
        if (code.isEmpty()) {
            problems.add(new ImportProblem(row.line(), "code is empty"));
        } else if (!code.matches("[A-Za-z0-9._-]{2,40}")) {
            problems.add(new ImportProblem(row.line(), "code \"" + code + "\" may use only letters, digits, '.', '_' and '-' (2-40)"));
        } else if (!codesInFile.add(code.toLowerCase())) {
            problems.add(new ImportProblem(row.line(), "code " + code + " appears twice in the file"));
        } else if (exists(code)) {
            problems.add(new ImportProblem(row.line(), "code " + code + " already exists"));
        }
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new ImportProblem(row.line(), "full name is empty or longer than 200 characters"));
        }
        SchoolClass schoolClass = classes.get(classCode.toUpperCase());
        if (schoolClass == null) {
            problems.add(new ImportProblem(row.line(), "class \"" + classCode + "\" does not exist in the current school year"));
        }
        LocalDate birthDate = parseDate(row.get("birthDate"), row.line(), problems);
        String gender = parseGender(row.get("gender"), row.line(), problems);
        return problems.size() == before
                ? java.util.Optional.of(new ValidRow(code, name, schoolClass, birthDate, gender))
                : java.util.Optional.empty();
    }

    private boolean exists(String code) {
        return !em.createNamedQuery("Student.byCode", Student.class).setParameter("code", code).getResultList().isEmpty()
                || !em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", code).getResultList().isEmpty();
    }

    private Map<String, SchoolClass> currentClasses() {
        Map<String, SchoolClass> byCode = new HashMap<>();
        em.createQuery("SELECT c FROM SchoolClass c WHERE c.schoolYear.current = true", SchoolClass.class)
                .getResultList().forEach(c -> byCode.put(c.code().toUpperCase(), c));
        return byCode;
    }

    private static LocalDate parseDate(String text, int line, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, "birth date \"" + text + "\" is not a date (dd/MM/yyyy)"));
            return null;
        }
    }

    private static String parseGender(String text, int line, List<ImportProblem> problems) {
        String folded = PeopleSheet.fold(text);
        return switch (folded) {
            case "" -> null;
            case "nam", "m", "male" -> "M";
            case "nu", "f", "female" -> "F";
            default -> {
                problems.add(new ImportProblem(line, "gender \"" + text + "\" is not Nam/Nữ (M/F)"));
                yield null;
            }
        };
    }
}
