package org.contextmap.explorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.contextmap.explorer.NetworkPicture;
import org.contextmap.support.BrowserlessViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The network explorer's server side without a browser (Vaadin's browserless tests), on the test
 * bundle: a child's address draws their network, the table tab lists exactly the people drawn,
 * a change of the steps redraws and says so; an unknown child gets words, not an empty picture.
 */
@WithMockUser(username = "worker", roles = "SOCIAL_CARE")
class NetworkViewTest extends BrowserlessViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void aChildsNetworkIsDrawnAndListed() {
        open(Map.of("person", "YP1", "hops", "2"));
        assertThat($(H2.class).id("network-heading").getText()).isEqualTo("Network around Amira Hassan");
        $(TabSheet.class).first().setSelectedIndex(1);
        Grid<NetworkPicture.PersonRow> table = $(Grid.class).id("network-table");
        assertThat(names(table)).containsExactlyInAnyOrder("Amira Hassan", "Yusuf Hassan", "Kai \"KJ\" Johnson");

        Select<Integer> hops = $(Select.class).id("network-hops");
        test(hops).selectItem("1 step");
        assertThat($(Paragraph.class).id("network-about").getText()).startsWith(
                "Young people within 1 tie of Amira Hassan");
        assertThat(names(table)).contains("Amira Hassan", "Yusuf Hassan");
    }

    /** An address with a query, as a link in a case note gives it. */
    private static void open(Map<String, String> query) {
        UI.getCurrent().navigate(NetworkView.class, QueryParameters.simple(query));
    }

    private List<String> names(Grid<NetworkPicture.PersonRow> table) {
        return IntStream.range(0, test(table).size()).mapToObj(i -> test(table).getRow(i).name()).toList();
    }

    @Test
    void anUnknownChildIsSaidSo() {
        open(Map.of("person", "NOBODY"));
        assertThat($(H2.class).id("network-heading").getText()).isEqualTo("Nothing to draw");
    }
}
