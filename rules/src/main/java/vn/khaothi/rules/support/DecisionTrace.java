package vn.khaothi.rules.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import vn.khaothi.rules.Reason;

/**
 * The record of one rule session: which rules fired, the reasons their consequences gave and
 * the citations of those rules (read from the rule's {@code @citation} metadata, so the DRL is
 * the single place a rule's clause is written). One instance per session, never shared between threads.
 * DRL consequences reach it through the {@code trace} global.
 */
public final class DecisionTrace extends DefaultAgendaEventListener {

    /** Name of the global every DRL package declares. */
    public static final String GLOBAL = "trace";

    private final List<Reason> reasons = new ArrayList<>();
    private final LinkedHashSet<String> citations = new LinkedHashSet<>();
    private final List<String> firedRules = new ArrayList<>();
    private String currentRule = "";
    private String currentCitation = "";

    /**
     * Called from a consequence: records why, under the citation of the rule now firing. Only a
     * rule that explains itself is cited, so the silent helper steps of a hypothesis (TT22 Art.
     * 9.3 compares the student with "what if") never show up as grounds of a decision.
     */
    public void reason(String vi, String en) {
        reasons.add(new Reason(currentRule, currentCitation, vi, en));
        citations.addAll(parts(currentCitation));
    }

    /**
     * The clauses of one {@code @citation}: a rule may ground itself on several texts, written
     * {@code "TT09 Art. 6; Seed 002 §2.4.3"} (the circular and the directive that restates it);
     * each is listed as its own citation of the decision.
     */
    public static List<String> parts(String citation) {
        List<String> parts = new ArrayList<>();
        for (String part : citation.split(";")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        currentRule = rule.getName();
        currentCitation = citationOf(rule);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firedRules.add(currentRule);
    }

    private static String citationOf(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        Object citation = meta.get("citation");
        return citation == null ? "" : citation.toString();
    }

    public List<Reason> reasons() {
        return List.copyOf(reasons);
    }

    public List<String> citations() {
        return List.copyOf(citations);
    }

    public List<String> firedRules() {
        return List.copyOf(firedRules);
    }

    /** A trace holding what a finished decision already reports, to merge decisions. */
    public static DecisionTrace of(List<Reason> reasons, List<String> citations) {
        DecisionTrace trace = new DecisionTrace();
        trace.reasons.addAll(reasons);
        trace.citations.addAll(citations);
        return trace;
    }

    /** Appends what another session recorded, for a decision built from two sessions. */
    public void absorb(DecisionTrace other) {
        reasons.addAll(other.reasons);
        citations.addAll(other.citations);
        firedRules.addAll(other.firedRules);
    }
}
