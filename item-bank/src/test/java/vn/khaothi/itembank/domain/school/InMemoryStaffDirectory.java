package vn.khaothi.itembank.domain.school;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A {@link StaffDirectory} held in memory, for tests without the engine and its database. */
public final class InMemoryStaffDirectory implements StaffDirectory {

    private final List<SchoolSubject> subjects = new ArrayList<>();
    private final Map<String, Set<String>> teaches = new HashMap<>();
    private final Map<String, Set<String>> heads = new HashMap<>();
    private final Map<String, Instant[]> delegations = new HashMap<>();

    public InMemoryStaffDirectory subject(String code, String nameVi, String nameEn) {
        subjects.add(new SchoolSubject(code, nameVi, nameEn));
        return this;
    }

    public InMemoryStaffDirectory teaches(String username, String... subjectCodes) {
        teaches.computeIfAbsent(username, u -> new LinkedHashSet<>()).addAll(List.of(subjectCodes));
        return this;
    }

    /** The person heads a subject group covering these subjects. */
    public InMemoryStaffDirectory heads(String username, String... subjectCodes) {
        heads.computeIfAbsent(username, u -> new LinkedHashSet<>()).addAll(List.of(subjectCodes));
        return this;
    }

    /** A materials-approval delegation valid from {@code from} (inclusive) until {@code until} (exclusive). */
    public InMemoryStaffDirectory delegated(String username, Instant from, Instant until) {
        delegations.put(username, new Instant[] {from, until});
        return this;
    }

    @Override
    public Set<String> subjectsOf(String username) {
        Set<String> out = new LinkedHashSet<>(teaches.getOrDefault(username, Set.of()));
        out.addAll(heads.getOrDefault(username, Set.of()));
        return out;
    }

    @Override
    public boolean headsSubject(String username, String subjectCode) {
        return username != null && subjectCode != null && heads.getOrDefault(username, Set.of()).contains(subjectCode);
    }

    @Override
    public boolean holdsMaterialsDelegation(String username, Instant now) {
        Instant[] period = delegations.get(username);
        return period != null && !now.isBefore(period[0]) && now.isBefore(period[1]);
    }

    @Override
    public List<SchoolSubject> schoolSubjects() {
        return List.copyOf(subjects);
    }
}
