package org.contextmap.network.snapshot;

import org.springframework.test.context.TestPropertySource;

/** The projection through Cypher rows over Bolt, the path of a deployment on an external Neo4j. */
@TestPropertySource(properties = "contextmap.write-in-process=false")
class NetworkProjectionOverBoltTest extends NetworkProjectionTest {
}
