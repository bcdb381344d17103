package org.contextmap.exchange;

import org.springframework.test.context.TestPropertySource;

/** The all-or-nothing scenarios with every write sent over Bolt, as on an external Neo4j. */
@TestPropertySource(properties = "contextmap.write-in-process=false")
class ImportAtomicityOverBoltTest extends ImportAtomicityTest {
}
