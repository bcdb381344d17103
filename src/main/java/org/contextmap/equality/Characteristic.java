package org.contextmap.equality;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.Labelled;
import org.contextmap.person.YoungPerson;

/**
 * A protected or recorded characteristic the report compares by, the groups it falls into and the
 * words for each group. Ethnicity is grouped into the five broad census groups (the recorded value
 * begins with the group's word: "Black African", "Mixed – White and Black Caribbean"), since the
 * eighteen detailed ones leave most groups too small for an interval; age is the age on the day of
 * the report in bands of two school years. A value not recorded is a group of its own, "Not recorded".
 */
enum Characteristic implements Labelled {
    ETHNICITY("Ethnicity", "ethnicity", List.of("Asian", "Black", "Mixed", "White", "Other")),
    GENDER("Gender", "gender", List.of()),
    AGE_BAND("Age band", "date of birth", List.of("12 or under", "13–14", "15–16", "17–18", "19 or over")),
    IN_CARE("In care", "care status", List.of("In care", "Not in care")),
    SEND("SEND", "SEND status", List.of("With SEND", "Without SEND"));

    static final String NOT_RECORDED = "Not recorded";

    private final String label;
    private final String recorded;
    private final List<String> order;

    Characteristic(String label, String recorded, List<String> order) {
        this.label = label;
        this.recorded = recorded;
        this.order = order;
    }

    @Override
    public String label() {
        return label;
    }

    /** Where a group comes in the report: the listed order, then others by name, "Not recorded" last. */
    int rank(String group) {
        int at = order.indexOf(group);
        return NOT_RECORDED.equals(group) ? Integer.MAX_VALUE : at >= 0 ? at : order.size();
    }

    /** The group a young person falls into on the day. */
    String groupOf(YoungPerson person, LocalDate asOf) {
        return switch (this) {
            case ETHNICITY -> ethnicity(person.ethnicity());
            case GENDER -> blank(person.gender()) ? NOT_RECORDED
                    : person.gender().strip().substring(0, 1).toUpperCase(Locale.ROOT)
                            + person.gender().strip().substring(1).toLowerCase(Locale.ROOT);
            case AGE_BAND -> ageBand(person.ageOn(asOf));
            case IN_CARE -> person.inCare() == null ? NOT_RECORDED : person.inCare() ? "In care" : "Not in care";
            case SEND -> person.send() == null ? NOT_RECORDED : person.send() ? "With SEND" : "Without SEND";
        };
    }

    /** The young people of a group, as the subject of a sentence: "Black young people". */
    String subject(String group) {
        if (NOT_RECORDED.equals(group)) {
            return "Young people whose " + recorded + " is not recorded";
        }
        return switch (this) {
            case ETHNICITY -> switch (group) {
                case "Mixed" -> "Young people of mixed ethnicity";
                case "Other" -> "Young people of other ethnic groups";
                default -> group + " young people";
            };
            case GENDER -> "Young people recorded as " + group.toLowerCase(Locale.ROOT);
            case AGE_BAND -> "Young people aged " + group;
            case IN_CARE -> "Young people " + group.toLowerCase(Locale.ROOT);
            case SEND -> "Young people " + group.toLowerCase(Locale.ROOT).replace("send", "SEND");
        };
    }

    static String ethnicity(String recorded) {
        if (blank(recorded) || recorded.strip().equalsIgnoreCase("Not known")
                || recorded.strip().equalsIgnoreCase("Not recorded")) {
            return NOT_RECORDED;
        }
        String value = recorded.strip().toLowerCase(Locale.ROOT);
        for (String group : List.of("Mixed", "Asian", "Black", "White")) {
            if (value.startsWith(group.toLowerCase(Locale.ROOT))) {
                return group;
            }
        }
        return "Other";
    }

    static String ageBand(Integer age) {
        if (age == null) {
            return NOT_RECORDED;
        }
        return age <= 12 ? "12 or under" : age <= 14 ? "13–14" : age <= 16 ? "15–16" : age <= 18 ? "17–18"
                : "19 or over";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
