package org.contextmap.person;

import java.util.List;

/**
 * Where a young person's record gets its disputes and corrections from. Implemented by the
 * rectifications feature, so that the record can show them without this feature depending on it.
 */
public interface ProfileRectifications {

    /** The young person's rectifications, oldest first. */
    List<ProfileRectification> rectificationsOf(String personId);
}
