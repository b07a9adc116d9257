package org.fieldsupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Field Support Platform: a modular monolith whose top-level packages mirror the department's
 * organisation (see docs/modules and ../shared/DESIGN.md section 2).
 */
@SpringBootApplication
@EnableScheduling
public class FieldSupportApplication {

    public static void main(String[] args) {
        SpringApplication.run(FieldSupportApplication.class, args);
    }
}
