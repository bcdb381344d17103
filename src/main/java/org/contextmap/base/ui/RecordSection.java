package org.contextmap.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of a young person's record page that another feature draws: their open alerts with the
 * decision buttons, their retaliation risk and its reasons, their network. The record page adds
 * every one it finds, in {@link #order()}, without depending on the features that draw them.
 * The record itself has been opened (and its read audited) before sections are asked.
 */
public interface RecordSection {

    /** Where the section goes: lower first. */
    int order();

    /** The section for this young person, or empty when the reader's role does not see it. */
    Optional<Component> section(String personId);
}
