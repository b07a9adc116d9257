package org.fieldsupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Field Support Platform: a modular monolith whose top-level packages mirror the department's
 * organisation (see docs/modules and ../shared/DESIGN.md section 2).
 *
 * <p>Scanned beans are named by their fully qualified class name: modules are written independently and two of
 * them may well both have a {@code LiquidationApi} or a {@code DemoData} class. A bean that templates reach by name
 * ({@code ${@formats...}}) says its name explicitly ({@code @Component("formats")}).
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@EnableScheduling
public class FieldSupportApplication {

    public static void main(String[] args) {
        SpringApplication.run(FieldSupportApplication.class, args);
    }
}
