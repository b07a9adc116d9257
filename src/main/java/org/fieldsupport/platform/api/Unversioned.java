package org.fieldsupport.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API {@code PUT}/{@code PATCH} handler that edits no record two people can edit at once (e.g. the caller's
 * own preferences): no {@code If-Match} is required. {@link #value} says why, for the reviewer.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Unversioned {
    String value();
}
