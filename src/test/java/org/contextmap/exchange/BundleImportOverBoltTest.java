package org.contextmap.exchange;

import org.springframework.test.context.TestPropertySource;

/**
 * The import scenarios with every write sent over Bolt through the driver, the path a
 * deployment on an external Neo4j ({@code NEO4J_URI}) takes, so that it is tested on every
 * machine and not only where Docker runs the container test.
 */
@TestPropertySource(properties = "contextmap.write-in-process=false")
class BundleImportOverBoltTest extends BundleImportTest {
}
