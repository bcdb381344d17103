package org.contextmap.facts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Optional;
import org.contextmap.base.NeedToKnow;
import org.contextmap.base.Viewer;
import org.contextmap.base.ui.RecordSection;
import org.contextmap.facts.FactRecorder;

/** The "Record what you know" button on a child's record, for every role that may open it. */
@org.springframework.stereotype.Component
class RecordFactSection implements RecordSection {

    private final FactRecorder recorder;

    RecordFactSection(FactRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<Component> section(String personId) {
        if (!NeedToKnow.sees(Viewer.current(), NeedToKnow.Fact.RECORDS)) {
            return Optional.empty();
        }
        var open = new Button("Record what you know", VaadinIcon.PLUS.create(),
                click -> new RecordFactDialog(recorder, personId).open());
        open.setId("record-fact");
        return Optional.of(new Section(open));
    }
}
