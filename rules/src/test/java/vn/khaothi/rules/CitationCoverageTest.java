package vn.khaothi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import vn.khaothi.rules.support.DecisionTrace;

/**
 * Every rule cites clauses that are in the table of article titles kept in the test sources
 * (citation-titles.tsv), every clause of the table is cited by some rule, and every rule is listed
 * in docs/regulations-mapping.md, so neither the citations nor the mapping can drift.
 */
class CitationCoverageTest {

    private static final KieContainer CONTAINER = KieServices.Factory.get()
            .newKieClasspathContainer(CitationCoverageTest.class.getClassLoader());

    static Map<String, String> titles() throws IOException {
        Map<String, String> titles = new LinkedHashMap<>();
        try (InputStream in = CitationCoverageTest.class.getResourceAsStream("/citation-titles.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                titles.put(cells[0], cells[1]);
            }
        }
        return titles;
    }

    private static List<Rule> rulesOf(String kbase) {
        KieBase kieBase = CONTAINER.getKieBase(kbase);
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        return rules;
    }

    private static List<String> citationsOf(Rule rule) {
        Object citation = rule.getMetaData().get("citation");
        return citation == null ? List.of() : DecisionTrace.parts(citation.toString());
    }

    @Test
    void everyCitationOfEveryRuleIsInTheTableOfArticleTitles() throws IOException {
        Map<String, String> titles = titles();
        Set<String> used = new LinkedHashSet<>();
        int count = 0;
        for (String kbase : RegulationCatalog.standard().kbases()) {
            for (Rule rule : rulesOf(kbase)) {
                List<String> cited = citationsOf(rule);
                assertFalse(cited.isEmpty(), () -> kbase + "/" + rule.getName() + " cites nothing");
                for (String c : cited) {
                    assertTrue(titles.containsKey(c), () -> kbase + "/" + rule.getName() + " cites \"" + c
                            + "\", which is not in citation-titles.tsv");
                }
                used.addAll(cited);
                count++;
            }
        }
        assertEquals(titles.keySet(), used, "every article of the table is cited by a rule, and no other");
        assertEquals(101, count, "rule count changed: update docs/regulations-mapping.md and this number");
    }

    @Test
    void theCitationsTheIssueFoundWrongAreGone() {
        for (String kbase : RegulationCatalog.standard().kbases()) {
            for (Rule rule : rulesOf(kbase)) {
                List<String> cited = citationsOf(rule);
                // Art. 11 is about students with disabilities; TT09 Art. 8 is record keeping
                assertFalse(cited.contains("TT22 Art. 11"), rule.getName());
                assertFalse(cited.contains("TT09 Art. 8"), rule.getName());
                if (rule.getName().startsWith("Promotion") && !cited.contains("TT22 Art. 13")) {
                    assertTrue(cited.contains("TT22 Art. 12") || cited.contains("TT22 Art. 14"), rule.getName());
                }
                if (rule.getName().contains("Retest") && kbase.equals("tt22")) {
                    assertTrue(cited.contains("TT22 Art. 14"), rule.getName() + " cites " + cited);
                }
            }
        }
    }

    @Test
    void everyRuleIsInTheMappingDocument() throws IOException {
        Path mapping = Path.of("..", "docs", "regulations-mapping.md");
        String text = Files.readString(mapping);
        for (String kbase : RegulationCatalog.standard().kbases()) {
            for (Rule rule : rulesOf(kbase)) {
                assertTrue(text.contains("`" + rule.getName() + "`"), () -> rule.getName() + " missing from " + mapping);
            }
        }
    }

    @Test
    void kbasesHoldOnlyTheirOwnRegulation() {
        assertTrue(rulesOf("tt22").stream().flatMap(r -> citationsOf(r).stream())
                .allMatch(c -> c.startsWith("TT22") || c.equals("Ministry matrix guidance")));
        assertTrue(rulesOf("tt27").stream().flatMap(r -> citationsOf(r).stream()).allMatch(c -> c.startsWith("TT27")));
        // the online kbase rests on TT09 and the directives; TT22 Art. 7 names the in-person make-up
        assertTrue(rulesOf("online").stream().flatMap(r -> citationsOf(r).stream())
                .noneMatch(c -> c.startsWith("TT27") || c.equals("TT22 Art. 12") || c.equals("TT22 Art. 14")));
    }
}
