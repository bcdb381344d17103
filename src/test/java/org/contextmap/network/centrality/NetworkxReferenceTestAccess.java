package org.contextmap.network.centrality;

import java.io.IOException;
import java.util.List;

/** The NetworkX reference fixture, for tests in other packages. */
public final class NetworkxReferenceTestAccess {

    private NetworkxReferenceTestAccess() {
    }

    public static List<String[]> reference() throws IOException {
        return NetworkxReferenceTest.reference();
    }
}
