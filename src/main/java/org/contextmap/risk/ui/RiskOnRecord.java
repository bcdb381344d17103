package org.contextmap.risk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.RecordSection;
import org.contextmap.risk.RiskReports;
import org.contextmap.risk.RiskService;

/**
 * A young person's retaliation risk on their record: the band in words, the outlook as a
 * probability and against the city's average, and the reasons as sentences a practitioner reads
 * without help. The score advises; the record says so.
 */
@org.springframework.stereotype.Component
class RiskOnRecord implements RecordSection {

    static final int LINES = 5;

    private final RiskService risk;

    RiskOnRecord(RiskService risk) {
        this.risk = risk;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> section(String personId) {
        if (!NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.RISK)) {
            return Optional.empty();
        }
        return risk.risk(personId, null, 10, LINES, Viewer.current().user(), "ui").map(found -> {
            Component section = show(found);
            section.getElement().appendChild(new ScoreHistory(risk, personId).getElement());
            return section;
        });
    }

    static Component show(RiskReports.PersonRisk found) {
        var section = new Section();
        section.setId("record-risk");
        var band = new Span(found.bandLabel());
        band.addClassNames("cm-chip", "cm-band-" + found.band().name().toLowerCase());
        band.setId("record-risk-band");
        section.add(new H3("Retaliation risk"), band);
        if (found.outlook() != null) {
            section.add(new Paragraph(found.outlook()));
        }
        if (found.explanation() != null && !found.explanation().lines().isEmpty()) {
            var reasons = new UnorderedList();
            found.explanation().lines().forEach(line -> reasons.add(new ListItem(line.text() + " ("
                    + Math.round(line.share() * 100) + " % of the score)")));
            section.add(new Paragraph("Why:"), reasons);
        } else {
            section.add(new Paragraph("No recorded harm near this young person raises their score."));
        }
        var advice = new Paragraph((found.advice() == null ? "" : found.advice() + " ")
                + "The score advises; the people who know the child decide.");
        advice.addClassName("cm-provenance");
        section.add(advice);
        return section;
    }
}
