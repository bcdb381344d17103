package org.contextmap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ContextMapApplication {
    public static void main(String[] args) {
        SpringApplication.run(ContextMapApplication.class, args);
    }
}
