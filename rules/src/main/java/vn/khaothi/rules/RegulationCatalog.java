package vn.khaothi.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.khaothi.rules.tt22.Tt22Parameters;
import vn.khaothi.rules.tt27.Tt27Parameters;

/**
 * Which rule package (kbase of META-INF/kmodule.xml) and which parameter values apply to a
 * regulation in a school year. An amendment is a new {@link Entry} from the school year it takes
 * effect, pointing at a new kbase or new parameters, so the decisions of past years can still be
 * replayed exactly as they were taken.
 */
public final class RegulationCatalog {

    /**
     * One version of a regulation.
     *
     * @param regulation the regulation
     * @param from       first school year in force
     * @param kbase      kbase name in META-INF/kmodule.xml
     * @param parameters the "(verify)" values of that version ({@link Tt22Parameters},
     *                   {@link Tt27Parameters}), or null when it has none
     * @param source     the document and where its parameter values come from
     */
    public record Entry(Regulation regulation, SchoolYear from, String kbase, Object parameters, String source) {
    }

    private final List<Entry> entries;

    public RegulationCatalog(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::from));
        this.entries = List.copyOf(sorted);
    }

    /**
     * The versions in force today. TT22 applies from 2021–2022 (phased in by grade: 6 in 2021–22;
     * 7, 10 in 2022–23; 8, 11 in 2023–24; 9, 12 in 2024–25); TT27 from 2020–2021 (grade 1 first,
     * grade 5 in 2024–25); TT09 was signed 30/3/2021, so from 2020–2021.
     */
    public static RegulationCatalog standard() {
        return new RegulationCatalog(List.of(
                new Entry(Regulation.TT22, SchoolYear.of(2021), "tt22", Tt22Parameters.tt22of2021(),
                        "Thông tư 22/2021/TT-BGDĐT; parameters: regulations.md §2"),
                new Entry(Regulation.TT27, SchoolYear.of(2020), "tt27", Tt27Parameters.tt27of2020(),
                        "Thông tư 27/2020/TT-BGDĐT; parameters: regulations.md §3"),
                new Entry(Regulation.ONLINE, SchoolYear.of(2020), "online", null,
                        "Thông tư 09/2021/TT-BGDĐT and the seed directives, regulations.md §4")));
    }

    /** The latest version in force in {@code year}. */
    public Entry entryFor(Regulation regulation, SchoolYear year) {
        Entry found = null;
        for (Entry entry : entries) {
            if (entry.regulation() == regulation && entry.from().compareTo(year) <= 0) {
                found = entry;
            }
        }
        if (found == null) {
            throw new InvalidFactException("schoolYear", "NOT_IN_FORCE",
                    regulation + " is not in force in school year " + year);
        }
        return found;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Every kbase the catalog can select. */
    public List<String> kbases() {
        return entries.stream().map(Entry::kbase).distinct().toList();
    }
}
