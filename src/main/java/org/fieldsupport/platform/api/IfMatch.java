package org.fieldsupport.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version the client read, from the {@code If-Match} header, on a {@code PUT}/{@code PATCH} handler parameter
 * of type {@link Long}. Missing header: {@code 428} ({@link VersionRequiredException}); {@code If-Match: *}
 * (the client knowingly overwrites whatever is current): {@code null}; a value no version can match: {@code 412}.
 * Pass it to {@link RecordVersions#write} with the record's row; GET answers carry the {@code ETag} to send back.
 * <pre>{@code
 * @PutMapping("/units/{code}")
 * ResponseEntity<UnitJson> update(@PathVariable String code, @IfMatch Long version, @RequestBody UnitUpdate body) {
 *     return versions.written(versions.write(version, UNIT.row(code), () -> service.update(code, body)), UNIT.row(code));
 * }
 * }</pre>
 * Every API {@code PUT}/{@code PATCH} handler declares it or says why not with {@link Unversioned}
 * ({@code ConcurrentEditCoverageTests}).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface IfMatch {
}
