package org.contextmap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.contextmap.support.AccessDocument;
import org.junit.jupiter.api.Test;

/** The need-to-know table of docs/access.md and {@link NeedToKnow} say the same, cell by cell. */
class NeedToKnowTableTest {

    @Test
    void everyCellOfTheDocumentIsTheCodesRule() throws IOException {
        List<String[]> rows = AccessDocument.table("<!-- need-to-know table");
        String[] header = rows.getFirst();
        assertThat(Arrays.copyOfRange(header, 1, header.length)).as("columns")
                .containsExactly(Arrays.stream(NeedToKnow.Fact.values()).map(Enum::name).toArray(String[]::new));
        List<String[]> body = rows.subList(2, rows.size());
        assertThat(body.stream().map(row -> row[0]).toList()).as("rows")
                .containsExactly(Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
        for (String[] row : body) {
            Role role = Role.valueOf(row[0]);
            for (NeedToKnow.Fact fact : NeedToKnow.Fact.values()) {
                assertThat(NeedToKnow.reach(role, fact).name()).as(role + " × " + fact)
                        .isEqualTo(row[fact.ordinal() + 1]);
            }
        }
    }

    @Test
    void anAdministratorHasEveryRoleAndAViewerReachesAsFarAsItsWidestRole() {
        var admin = Viewer.of("a", List.of(() -> "ROLE_ADMIN"), null, "api");
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.values());
        var both = Viewer.of("b", List.of(() -> "ROLE_EDUCATION", () -> "ROLE_POLICE", () -> "SCHOOL_S1"), null, "api");
        assertThat(NeedToKnow.reach(both, NeedToKnow.Fact.RECORDS)).isEqualTo(NeedToKnow.Reach.ALL);
        assertThat(both.coversSchool("S1")).isTrue();
        assertThat(both.coversSchool("S2")).isFalse();
    }

    @Test
    void onlyThePoliceReadPoliceDetail() {
        var school = Viewer.of("s", List.of(() -> "ROLE_EDUCATION"), null, "api");
        var police = Viewer.of("p", List.of(() -> "ROLE_POLICE"), null, "api");
        assertThat(NeedToKnow.detail(school, "POLICE", false, "Stabbed by X")).isEqualTo("Details held by police.");
        assertThat(NeedToKnow.detail(school, "YOUTH_JUSTICE", true, "Intelligence"))
                .isEqualTo("Details restricted by YOUTH_JUSTICE.");
        assertThat(NeedToKnow.detail(school, "EDUCATION", false, "Fight at the gate")).isEqualTo("Fight at the gate");
        assertThat(NeedToKnow.detail(police, "POLICE", true, "Stabbed by X")).isEqualTo("Stabbed by X");
    }
}
