package org.fieldsupport.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether demo data (demo users, sample units, missions, claims...) is loaded. Property
 * {@code fsp.demo-data}: {@code auto} (default) = on only when the datasource is an embedded H2
 * database ({@code jdbc:h2:...}); {@code true}/{@code false} force it.
 *
 * <p>Use {@link OnDemoData @DemoData.OnDemoData} on a demo loader bean, or {@link #isOn(Environment)}
 * in code. Demo loaders must be idempotent (the PostgreSQL test leg shares one database).
 */
public final class DemoData {

    public static final String PROPERTY = "fsp.demo-data";

    private DemoData() { }

    public static boolean isOn(Environment environment) {
        String value = environment.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> environment.getProperty("spring.datasource.url", "jdbc:h2:").startsWith("jdbc:h2:");
        };
    }

    /** Registers the annotated bean only when demo data is on. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Conditional(DemoDataCondition.class)
    public @interface OnDemoData { }

    /** The condition behind {@link OnDemoData}. */
    public static final class DemoDataCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isOn(context.getEnvironment());
        }
    }
}
