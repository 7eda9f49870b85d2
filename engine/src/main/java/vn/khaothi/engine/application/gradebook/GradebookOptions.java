package vn.khaothi.engine.application.gradebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.ClassRef;
import vn.khaothi.engine.domain.gradebook.GradebookRefs.SubjectRef;
import vn.khaothi.engine.domain.gradebook.GradebookRepository;
import vn.khaothi.itembank.domain.workflow.Role;
import vn.khaothi.itembank.domain.workflow.Actor;

/** What the gradebook and results pages offer a person to open (the same rules as {@link GradebookService}'s checks). */
public final class GradebookOptions {

    private final GradebookService gradebook;

    public GradebookOptions(GradebookService gradebook) {
        this.gradebook = gradebook;
    }

    /**
     * The gradebooks the actor may open, for the page's choosers: {@code [{class, grade, homeroom,
     * subjects:[{code, name, writable}]}]} — management every class of the current year, a teacher
     * their assignments and their homeroom class, a department head their group's subjects.
     */
    public List<Map<String, Object>> options(Actor actor) {
        return gradebook.inTransaction(() -> {
            List<Map<String, Object>> classes = new ArrayList<>();
            GradebookRepository store = gradebook.store();
            for (ClassRef k : store.currentClasses()) {
                boolean homeroom = actor.is(k.homeroomUsername());
                List<Map<String, Object>> subjects = new ArrayList<>();
                for (SubjectRef subject : store.subjectsOfGrade(k.grade())) {
                    boolean teaches = store.teaches(actor.username(), k.id(), subject.id());
                    boolean reads = teaches || homeroom || actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL)
                            || actor.has(Role.DEPARTMENT_HEAD) && store.headsGroupOf(actor.username(), subject.id());
                    if (reads) {
                        Map<String, Object> s = new LinkedHashMap<>();
                        s.put("code", subject.code());
                        s.put("name", subject.nameVi());
                        s.put("writable", teaches);
                        subjects.add(s);
                    }
                }
                if (!subjects.isEmpty()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("class", k.code());
                    m.put("grade", k.grade());
                    m.put("homeroom", homeroom);
                    m.put("subjects", subjects);
                    classes.add(m);
                }
            }
            return classes;
        });
    }

}
