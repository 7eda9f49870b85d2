package vn.khaothi.engine.application.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khaothi.engine.application.PasswordHasher;
import vn.khaothi.engine.domain.account.Account;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.engine.domain.school.Subject;
import vn.khaothi.engine.domain.school.SubjectGroup;
import vn.khaothi.engine.domain.school.Teacher;

/**
 * Bulk import of teachers (nhập danh sách giáo viên), all-or-nothing like {@link StudentImport}.
 *
 * <p>Columns: code (mã giáo viên), full name (họ và tên), username (tên đăng nhập), subjects
 * (môn: subject codes separated by ";"), group (tổ chuyên môn: a subject group code, optional),
 * may proctor (coi thi: có/không, default có).
 */
@ApplicationScoped
public class TeacherImport {

    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("code", "code"), Map.entry("ma giao vien", "code"), Map.entry("ma gv", "code"),
            Map.entry("full name", "fullName"), Map.entry("ho va ten", "fullName"), Map.entry("ho ten", "fullName"),
            Map.entry("username", "username"), Map.entry("ten dang nhap", "username"),
            Map.entry("subjects", "subjects"), Map.entry("mon", "subjects"), Map.entry("mon day", "subjects"),
            Map.entry("group", "group"), Map.entry("to chuyen mon", "group"), Map.entry("to", "group"),
            Map.entry("may proctor", "mayProctor"), Map.entry("coi thi", "mayProctor"));
    static final Set<String> REQUIRED = Set.of("code", "fullName", "username", "subjects");

    @PersistenceContext(unitName = "khaothi")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    private record ValidRow(String code, String fullName, String username, List<Subject> subjects,
            SubjectGroup group, boolean mayProctor) {
    }

    @Transactional
    public ImportResult importFile(byte[] content) {
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetRow> rows = PeopleSheet.read(content, COLUMNS, REQUIRED, problems);
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new ImportProblem(2, "The file has a header but no teachers"));
        }
        Set<String> seen = new HashSet<>();
        List<ValidRow> valid = new ArrayList<>();
        for (SheetRow row : rows) {
            validate(row, seen, problems).ifPresent(valid::add);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        List<InitialCredential> credentials = new ArrayList<>();
        for (ValidRow row : valid) {
            String password = InitialPasswords.next();
            Account account = new Account(row.username(), hasher.hash(password), row.fullName(), EnumSet.of(Role.TEACHER), false);
            em.persist(account);
            Teacher teacher = new Teacher(row.code(), row.fullName(), account, row.mayProctor());
            row.subjects().forEach(teacher::teaches);
            em.persist(teacher);
            if (row.group() != null) {
                row.group().addMember(teacher);
            }
            credentials.add(new InitialCredential(row.username(), password));
        }
        return new ImportResult(valid.size(), credentials);
    }

    private Optional<ValidRow> validate(SheetRow row, Set<String> seen, List<ImportProblem> problems) {
        int before = problems.size();
        String code = row.get("code");
        String username = row.get("username");
        if (!code.matches("[A-Za-z0-9._-]{2,40}")) {
            problems.add(new ImportProblem(row.line(), "code \"" + code + "\" may use only letters, digits, '.', '_' and '-' (2-40)"));
        } else if (!seen.add("code:" + code.toLowerCase()) ) {
            problems.add(new ImportProblem(row.line(), "code " + code + " appears twice in the file"));
        } else if (!em.createNamedQuery("Teacher.byCode", Teacher.class).setParameter("code", code).getResultList().isEmpty()) {
            problems.add(new ImportProblem(row.line(), "code " + code + " already exists"));
        }
        if (!username.matches("[A-Za-z0-9._-]{2,64}")) {
            problems.add(new ImportProblem(row.line(), "username \"" + username + "\" may use only letters, digits, '.', '_' and '-' (2-64)"));
        } else if (!seen.add("user:" + username.toLowerCase())) {
            problems.add(new ImportProblem(row.line(), "username " + username + " appears twice in the file"));
        } else if (!em.createNamedQuery("Account.byUsername", Account.class).setParameter("username", username).getResultList().isEmpty()) {
            problems.add(new ImportProblem(row.line(), "username " + username + " already exists"));
        }
        String fullName = row.get("fullName");
        if (fullName.isEmpty() || fullName.length() > 200) {
            problems.add(new ImportProblem(row.line(), "full name is empty or longer than 200 characters"));
        }
        List<Subject> subjects = new ArrayList<>();
        for (String subjectCode : row.get("subjects").split("[;,]")) {
            if (subjectCode.isBlank()) {
                continue;
            }
            em.createNamedQuery("Subject.byCode", Subject.class).setParameter("code", subjectCode.trim().toUpperCase())
                    .getResultStream().findFirst().ifPresentOrElse(subjects::add,
                            () -> problems.add(new ImportProblem(row.line(), "subject \"" + subjectCode.trim() + "\" does not exist")));
        }
        if (subjects.isEmpty() && problems.size() == before) {
            problems.add(new ImportProblem(row.line(), "at least one subject code is needed (e.g. MATH)"));
        }
        SubjectGroup group = null;
        String groupCode = row.get("group");
        if (!groupCode.isEmpty()) {
            group = em.createQuery("SELECT g FROM SubjectGroup g WHERE g.code = :code", SubjectGroup.class)
                    .setParameter("code", groupCode).getResultStream().findFirst().orElse(null);
            if (group == null) {
                problems.add(new ImportProblem(row.line(), "subject group \"" + groupCode + "\" does not exist"));
            }
        }
        Boolean mayProctor = switch (PeopleSheet.fold(row.get("mayProctor"))) {
            case "", "co", "yes", "true", "x" -> true;
            case "khong", "no", "false" -> false;
            default -> null;
        };
        if (mayProctor == null) {
            problems.add(new ImportProblem(row.line(), "may proctor \"" + row.get("mayProctor") + "\" is not có/không"));
        }
        return problems.size() == before
                ? Optional.of(new ValidRow(code, fullName, username, subjects, group, mayProctor))
                : Optional.empty();
    }
}
