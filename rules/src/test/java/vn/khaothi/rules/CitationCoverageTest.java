package vn.khaothi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/**
 * Every rule carries a citation in the form regulations.md uses, and every rule is listed in
 * docs/regulations-mapping.md, so the mapping cannot silently drift from the DRL.
 */
class CitationCoverageTest {

    private static final Pattern CITATION = Pattern.compile("(TT22|TT27|TT09) Art\\. \\d+(\\.\\d+)?(\\.[a-z])?");
    private static final KieContainer CONTAINER = KieServices.Factory.get()
            .newKieClasspathContainer(CitationCoverageTest.class.getClassLoader());

    private static List<Rule> rulesOf(String kbase) {
        KieBase kieBase = CONTAINER.getKieBase(kbase);
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        return rules;
    }

    @Test
    void everyRuleOfEveryCatalogKbaseCitesAClause() {
        int count = 0;
        for (String kbase : RegulationCatalog.standard().kbases()) {
            for (Rule rule : rulesOf(kbase)) {
                Object citation = rule.getMetaData().get("citation");
                assertTrue(citation != null && CITATION.matcher(citation.toString()).matches(),
                        () -> kbase + "/" + rule.getName() + " cites " + citation);
                count++;
            }
        }
        assertEquals(63, count, "rule count changed: update docs/regulations-mapping.md and this number");
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
        assertTrue(rulesOf("tt22").stream().allMatch(r -> r.getMetaData().get("citation").toString().startsWith("TT22")));
        assertTrue(rulesOf("tt27").stream().allMatch(r -> r.getMetaData().get("citation").toString().startsWith("TT27")));
        assertTrue(rulesOf("online").stream().allMatch(r -> r.getMetaData().get("citation").toString().startsWith("TT09")));
    }
}
