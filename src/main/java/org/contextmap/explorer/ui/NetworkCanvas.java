package org.contextmap.explorer.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.contextmap.explorer.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Java side of {@code <cm-network>} ({@code frontend/src/cm-network.ts}, cytoscape.js with the
 * fCoSE layout): sends the elements in batches so that a large picture does not travel as one
 * message, and passes taps on nodes and edges back to the view. The element reports what it drew
 * as {@code data-nodes} and {@code data-edges}.
 */
@Tag("cm-network")
@NpmPackage(value = "cytoscape", version = "3.35.0")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@JsModule("./src/cm-network.ts")
public class NetworkCanvas extends Component implements HasSize {

    static final int BATCH = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Consumer<String> onNode = id -> { };
    private Consumer<String> onEdge = id -> { };
    private Consumer<long[]> onDrawn = counts -> { };

    public NetworkCanvas() {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", "Network picture; the same people and ties are listed in the table");
        getElement().getClassList().add("cm-network");
    }

    /**
     * Draws these elements instead of what is drawn. {@code keepPlaces}: nodes already drawn stay
     * where they are (a move of the time slider) rather than a fresh layout.
     */
    public void draw(List<Element> elements, boolean keepPlaces) {
        getElement().setAttribute("data-state", "drawing");
        getElement().callJsFunction("begin");
        for (int from = 0; from < elements.size(); from += BATCH) {
            getElement().callJsFunction("add", JSON.writeValueAsString(elements.subList(from,
                    Math.min(elements.size(), from + BATCH))));
        }
        getElement().callJsFunction("commit", keepPlaces ? "keep" : "layout");
    }

    /** Marks these node and edge ids ({@code cm-highlight} or {@code cm-bridge}); empty clears the mark. */
    public void mark(String className, Collection<String> ids) {
        getElement().callJsFunction("mark", className, JSON.writeValueAsString(ids));
    }

    public void focusOn(String id) {
        getElement().callJsFunction("focusOn", id);
    }

    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    public void downloadGraphml(String fileName) {
        getElement().callJsFunction("downloadGraphml", fileName);
    }

    public void onNodeClick(Consumer<String> listener) {
        this.onNode = listener;
    }

    public void onEdgeClick(Consumer<String> listener) {
        this.onEdge = listener;
    }

    /** Called with {nodes, edges, milliseconds} once the browser has drawn and laid out a picture. */
    public void onDrawn(Consumer<long[]> listener) {
        this.onDrawn = listener;
    }

    @ClientCallable
    private void nodeClicked(String id) {
        onNode.accept(id);
    }

    @ClientCallable
    private void edgeClicked(String id) {
        onEdge.accept(id);
    }

    @ClientCallable
    private void drawn(int nodes, int edges, int milliseconds) {
        onDrawn.accept(new long[] {nodes, edges, milliseconds});
    }
}
