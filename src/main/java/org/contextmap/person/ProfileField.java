package org.contextmap.person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.contextmap.base.BadRequestException;
import org.contextmap.base.Labelled;

/**
 * The fields of a young person's own details that a child or a parent may ask to have corrected
 * (UK GDPR art. 16). A correction never overwrites what a partner system sent: the imported value
 * stays on the {@code YoungPerson} node, and the corrected one is laid over it when the record is
 * read ({@link #apply}), so that a re-import of the same bundle cannot undo it.
 */
public enum ProfileField implements Labelled {
    NAME("Name"),
    DATE_OF_BIRTH("Date of birth"),
    GENDER("Gender"),
    ETHNICITY("Ethnicity"),
    HOME_AREA("Home area"),
    SCHOOL("School"),
    IN_CARE("Looked after by the local authority"),
    SEND("Special educational needs or disability"),
    FLAGS("Flags"),
    SOCIAL_CARE_STATUS("Social-care status"),
    LEAD_PROFESSIONAL("Lead professional");

    private final String label;

    ProfileField(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The field named {@code name} ({@code dateOfBirth}, {@code DATE_OF_BIRTH}, {@code date of birth}). */
    public static ProfileField parse(String name) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("fact.field is required for a PROFILE fact: one of " + names() + ".");
        }
        String wanted = name.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().replace("_", "").equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("Unknown profile field '" + name + "'. Choose one of: "
                        + names() + "."));
    }

    private static String names() {
        return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
    }

    /** The field's value on the record, as text ({@code null} when not recorded); flags joined by "; ". */
    public String valueOf(YoungPerson p) {
        Object value = switch (this) {
            case NAME -> p.name();
            case DATE_OF_BIRTH -> p.dateOfBirth();
            case GENDER -> p.gender();
            case ETHNICITY -> p.ethnicity();
            case HOME_AREA -> p.homeArea();
            case SCHOOL -> p.schoolId();
            case IN_CARE -> p.inCare();
            case SEND -> p.send();
            case FLAGS -> p.flags().isEmpty() ? null : String.join("; ", p.flags());
            case SOCIAL_CARE_STATUS -> p.socialCareStatus() == null ? null : p.socialCareStatus().name();
            case LEAD_PROFESSIONAL -> p.leadProfessional();
        };
        return value == null ? null : value.toString();
    }

    /**
     * Checks a corrected value and gives it in the form {@link #apply} reads (a blank value means
     * "not recorded"); a value this field cannot hold is a {@link BadRequestException} that says why.
     */
    public String normalise(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        return switch (this) {
            case DATE_OF_BIRTH -> {
                try {
                    yield LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new BadRequestException("A corrected date of birth is a date like 2011-04-02.");
                }
            }
            case IN_CARE, SEND -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> "true";
                case "false", "no" -> "false";
                default -> throw new BadRequestException("A corrected " + label.toLowerCase(Locale.UK)
                        + " is true or false.");
            };
            case SOCIAL_CARE_STATUS -> {
                try {
                    yield SocialCareStatus.valueOf(v.toUpperCase(Locale.ROOT)).name();
                } catch (IllegalArgumentException e) {
                    throw new BadRequestException("Unknown social-care status '" + v + "'. Choose one of: "
                            + String.join(", ", Arrays.stream(SocialCareStatus.values()).map(Enum::name).toList())
                            + ".");
                }
            }
            case FLAGS -> String.join("; ", flags(v));
            default -> v;
        };
    }

    /** The record with this field read as {@code value} (a value given by {@link #normalise}). */
    public YoungPerson apply(YoungPerson p, String value) {
        String v = value == null || value.isBlank() ? null : value;
        return switch (this) {
            case NAME -> new YoungPerson(p.id(), v, p.dateOfBirth(), p.gender(), p.ethnicity(), p.homeArea(),
                    p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(), p.socialCareStatus(),
                    p.leadProfessional());
            case DATE_OF_BIRTH -> new YoungPerson(p.id(), p.name(), v == null ? null : LocalDate.parse(v), p.gender(),
                    p.ethnicity(), p.homeArea(), p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(),
                    p.socialCareStatus(), p.leadProfessional());
            case GENDER -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), v, p.ethnicity(), p.homeArea(),
                    p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(), p.socialCareStatus(),
                    p.leadProfessional());
            case ETHNICITY -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), v, p.homeArea(),
                    p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(), p.socialCareStatus(),
                    p.leadProfessional());
            case HOME_AREA -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(), v,
                    p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(), p.socialCareStatus(),
                    p.leadProfessional());
            case SCHOOL -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.homeArea(),
                    v, p.familyId(), p.inCare(), p.send(), p.flags(), p.socialCareStatus(), p.leadProfessional());
            case IN_CARE -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.homeArea(),
                    p.schoolId(), p.familyId(), v == null ? null : Boolean.valueOf(v), p.send(), p.flags(),
                    p.socialCareStatus(), p.leadProfessional());
            case SEND -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.homeArea(),
                    p.schoolId(), p.familyId(), p.inCare(), v == null ? null : Boolean.valueOf(v), p.flags(),
                    p.socialCareStatus(), p.leadProfessional());
            case FLAGS -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.homeArea(),
                    p.schoolId(), p.familyId(), p.inCare(), p.send(), v == null ? List.of() : flags(v),
                    p.socialCareStatus(), p.leadProfessional());
            case SOCIAL_CARE_STATUS -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(),
                    p.homeArea(), p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(),
                    v == null ? null : SocialCareStatus.valueOf(v), p.leadProfessional());
            case LEAD_PROFESSIONAL -> new YoungPerson(p.id(), p.name(), p.dateOfBirth(), p.gender(), p.ethnicity(),
                    p.homeArea(), p.schoolId(), p.familyId(), p.inCare(), p.send(), p.flags(), p.socialCareStatus(), v);
        };
    }

    private static List<String> flags(String value) {
        return Arrays.stream(value.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }
}
