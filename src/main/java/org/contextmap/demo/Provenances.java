package org.contextmap.demo;

import java.util.HashMap;
import java.util.Map;
import org.contextmap.base.Agency;
import org.contextmap.base.Confidence;
import org.contextmap.base.Provenance;

/**
 * Shares one {@link Provenance} per (source, confidence, since): a few tens of thousands of
 * distinct values cover millions of relationship rows. {@code recordedAt} is left empty: the
 * bundle format does not carry it and the importer records its own time.
 */
final class Provenances {

    private final CityCalendar calendar;
    private final Map<Long, Provenance> cache = new HashMap<>();

    Provenances(CityCalendar calendar) {
        this.calendar = calendar;
    }

    Provenance of(Agency source, Confidence confidence, long sinceEpochDay) {
        long key = ((long) source.ordinal() * 8 + confidence.ordinal()) << 40 | (sinceEpochDay & 0xffffffffffL);
        return cache.computeIfAbsent(key, k -> new Provenance(source, confidence, calendar.date(sinceEpochDay), null));
    }
}
