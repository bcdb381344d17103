package org.contextmap.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.RecordSection;
import org.contextmap.meeting.ChildPacks;

/**
 * The one-child pack on a child's record: the plan, the chronology and the network picture as a
 * PDF for a strategy discussion or a child protection conference, children by initials (the pack
 * leaves the building). Made when it is asked for, and its taking out audited.
 */
@org.springframework.stereotype.Component
class PackOnRecord implements RecordSection {

    private final ChildPacks packs;

    PackOnRecord(ChildPacks packs) {
        this.packs = packs;
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public Optional<Component> section(String personId) {
        if (!NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.CASEWORK)) {
            return Optional.empty();
        }
        var pack = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = packs.pdf(personId, false);
            return new DownloadResponse(new ByteArrayInputStream(pdf), "pack-" + personId + ".pdf",
                    "application/pdf", pdf.length);
        }), "Download the pack for a strategy discussion (PDF: plan, chronology, network; initials)");
        pack.setId("child-pack");
        pack.getElement().setAttribute("download", true);
        return Optional.of(new Section(pack));
    }
}
