package vn.khaothi.engine.application.gradebook;

import java.util.ArrayList;
import java.util.List;
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
    public List<GradebookOption> options(Actor actor) {
        return gradebook.inTransaction(() -> {
            List<GradebookOption> classes = new ArrayList<>();
            GradebookRepository store = gradebook.store();
            for (ClassRef k : store.currentClasses()) {
                boolean homeroom = actor.is(k.homeroomUsername());
                List<GradebookOption.Subject> subjects = new ArrayList<>();
                for (SubjectRef subject : store.subjectsOfGrade(k.grade())) {
                    boolean teaches = store.teaches(actor.username(), k.id(), subject.id());
                    boolean reads = teaches || homeroom || actor.has(Role.PRINCIPAL) || actor.has(Role.DEPUTY_PRINCIPAL)
                            || actor.has(Role.DEPARTMENT_HEAD) && store.headsGroupOf(actor.username(), subject.id());
                    if (reads) {
                        subjects.add(new GradebookOption.Subject(subject.code(), subject.nameVi(), teaches));
                    }
                }
                if (!subjects.isEmpty()) {
                    classes.add(new GradebookOption(k.code(), k.grade(), homeroom, subjects));
                }
            }
            return classes;
        });
    }

}
