package org.contextmap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the in-process Neo4j, on a temporary store, without the demo city.
 * Every test class with this annotation shares one application context and so one database:
 * tests start from {@link GraphTestSupport#clear()}. MockMvc requests are made by an administrator
 * with a purpose ({@link SignedInRequests}); the demo accounts exist, for tests over real HTTP.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"contextmap.store-temporary=true", "contextmap.demo=false", "contextmap.precompute=false"})
@AutoConfigureMockMvc
@Import(SignedInRequests.class)
public @interface IntegrationTest {
}
