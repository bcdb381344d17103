package org.contextmap.database;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * With no {@code NEO4J_URI}, starts Neo4j in-process and points Spring Boot's driver at it.
 * With {@code NEO4J_URI} set, this configuration stays out of the way and Boot connects to that
 * server, cluster or Aura instance with {@code NEO4J_USERNAME}/{@code NEO4J_PASSWORD}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(StoreProperties properties) {
        return EmbeddedNeo4j.start(properties);
    }

    /** From here on the application's shutdown closes the database, after what is in flight (graceful). */
    @Bean
    ApplicationListener<ContextRefreshedEvent> embeddedNeo4jShutdownHandOver(EmbeddedNeo4j neo4j,
            @Value("${spring.main.register-shutdown-hook:true}") boolean applicationHook) {
        return refreshed -> {
            if (applicationHook && refreshed.getApplicationContext().getParent() == null) {
                neo4j.handOverShutdown();
            }
        };
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return neo4j.authToken();
            }
        };
    }
}
