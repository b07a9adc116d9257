package org.fieldsupport.platform.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.DateOutOfRangeException;
import org.fieldsupport.platform.api.InvalidInputException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.ProblemType;
import org.fieldsupport.platform.api.Problems;
import org.fieldsupport.platform.api.internal.DatabaseUnavailable;
import org.fieldsupport.platform.api.internal.IdempotencyKeyInProgressException;
import org.fieldsupport.platform.api.internal.IdempotencyKeyReusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Turns exceptions thrown by REST controllers into RFC 9457 problem details, localized in the request's
 * language. Security exceptions are rethrown: the security filter chain answers 401/403.
 * Requests that reach no controller method are answered by {@link ApiRoutingErrors}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionHandler(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurity(RuntimeException ex) {
        throw ex;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> beanValidation(MethodArgumentNotValidException ex, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(fe -> errors.add(fieldError(fe)));
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(error(ge.getObjectName(), ruleOf(ge), ge)));
        return validation(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException ex, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(fe -> errors.add(fieldError(fe)));
            } else {
                String name = parameterName(result.getMethodParameter());
                result.getResolvableErrors().forEach(err -> errors.add(error(name, ruleOf(err), err)));
            }
        });
        return validation(errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            errors.add(entry(fieldOf(violation.getPropertyPath()),
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                    violation.getMessage()));
        }
        errors.sort((a, b) -> String.valueOf(a.get("field")).compareTo(String.valueOf(b.get("field"))));
        return validation(errors, request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex, HttpServletRequest request) {
        List<Map<String, Object>> errors = ex.errors().stream()
                .map(e -> entry(e.field(), e.rule(), problems.message(e.messageKey(), e.args())))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> malformed(HttpMessageNotReadableException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ProblemType.MALFORMED_REQUEST, request);
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jsonPath(jackson);
            problem.setProperty("errors", List.of(entry(field, "Type",
                    problems.message("problem.field.unreadable", field))));
        }
        return respond(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DateOutOfRangeException range) {
                return validation(List.of(entry(ex.getName(), "DateRange", problems.message("problem.field.dateRange",
                        ex.getName(), String.valueOf(ex.getValue()), range.min().toString(), range.max().toString()))),
                        request);
            }
        }
        String expected = ex.getRequiredType() == null ? "?" : ex.getRequiredType().getSimpleName();
        ProblemDetail problem = problems.create(ProblemType.TYPE_MISMATCH, request, ex.getName());
        problem.setProperty("errors", List.of(entry(ex.getName(), "Type",
                problems.message("problem.field.type", ex.getName(), String.valueOf(ex.getValue()), expected))));
        return respond(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
        return respond(problems.create(ProblemType.NOT_FOUND, request, ex.resourceType(), ex.id()));
    }

    /** 409 as before; 412 when the client named the version it read ({@code If-Match}, concurrent edits). */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException ex, HttpServletRequest request) {
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
            return respond(problems.create(ProblemType.STALE_VERSION, request));
        }
        return respond(problems.create(ProblemType.CONFLICT, request));
    }

    /** 412: the record moved since the version in {@code If-Match}; the answer carries the current ETag and who changed it. */
    @ExceptionHandler(org.fieldsupport.platform.api.StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(org.fieldsupport.platform.api.StaleVersionException ex, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ProblemType.STALE_VERSION, request);
        if (ex.currentVersion() >= 0) problem.setProperty("currentVersion", ex.currentVersion());
        if (ex.modifiedBy() != null) problem.setProperty("modifiedBy", ex.modifiedBy());
        if (ex.modifiedAt() != null) problem.setProperty("modifiedAt", ex.modifiedAt().toString());
        ResponseEntity<ProblemDetail> response = respond(problem);
        if (ex.currentVersion() < 0) return response;
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .eTag(org.fieldsupport.platform.api.RecordVersions.etag(ex.currentVersion())).body(response.getBody());
    }

    /** 428: a PUT/PATCH of a versioned record without {@code If-Match}. */
    @ExceptionHandler(org.fieldsupport.platform.api.VersionRequiredException.class)
    ResponseEntity<ProblemDetail> versionRequired(org.fieldsupport.platform.api.VersionRequiredException ex,
                                                  HttpServletRequest request) {
        return respond(problems.create(ProblemType.VERSION_REQUIRED, request));
    }

    /** A unique constraint refused the write: the record exists already (modules should check first). */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex, HttpServletRequest request) {
        log.info("Duplicate key on {} {}: {}", request.getMethod(), request.getRequestURI(),
                ex.getMostSpecificCause().getMessage());
        return respond(problems.create(ProblemType.DUPLICATE, request));
    }

    /**
     * A value the database cannot store (SQL state 22001: too long for its column; 22003: a number out of its range)
     * is the client's mistake, answered 400 naming the column when the database says which (H2 does; PostgreSQL
     * does not). Modules should check lengths first (issue 9 item 4); this is the net under them. Any other
     * integrity violation is a server error.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> dataIntegrity(DataIntegrityViolationException ex, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> tooLarge = valueTooLarge(ex, request);
        return tooLarge != null ? tooLarge : internal(ex, request);
    }

    private ResponseEntity<ProblemDetail> valueTooLarge(Throwable ex, HttpServletRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("22001") || sql.getSQLState().equals("22003"))) {
                boolean length = sql.getSQLState().equals("22001");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)column \"([A-Za-z0-9_]+)")
                        .matcher(String.valueOf(sql.getMessage()));
                String field = m.find() ? camel(m.group(1)) : "";
                log.info("Value refused by the database on {} {}: {}", request.getMethod(), request.getRequestURI(),
                        sql.getMessage() == null ? "" : sql.getMessage().lines().findFirst().orElse(""));
                return validation(List.of(entry(field, length ? "Size" : "Range", problems.message(
                        length ? "problem.field.tooLong" : "problem.field.outOfRange", field))), request);
            }
        }
        return null;
    }

    private static String camel(String column) {
        String[] parts = column.toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
            }
        }
        return out.toString();
    }

    @ExceptionHandler(DbActionExecutionException.class)
    ResponseEntity<ProblemDetail> dbAction(DbActionExecutionException ex, HttpServletRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException lock) {
                return conflict(lock, request);
            }
            if (cause instanceof DuplicateKeyException duplicateKey) {
                return duplicate(duplicateKey, request);
            }
        }
        ResponseEntity<ProblemDetail> tooLarge = valueTooLarge(ex, request);
        return tooLarge != null ? tooLarge : internal(ex, request);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleException ex, HttpServletRequest request) {
        String slug = ex.problemType();
        if (slug == null || slug.isBlank()) {
            ProblemDetail problem = problems.create(ProblemType.BUSINESS_RULE, request);
            problem.setDetail(problems.message(ex.messageKey(), ex.args()));
            problem.setProperty("code", ex.messageKey());
            return respond(problem);
        }
        // A refusal with its own problem type (a module's RuleRefusal): same status, its own type URI and title.
        String titleKey = ex.titleKey() == null ? ProblemType.BUSINESS_RULE.titleKey() : ex.titleKey();
        ProblemDetail problem = problems.create(HttpStatusCode.valueOf(ProblemType.BUSINESS_RULE.status()),
                URI.create(ProblemType.BASE + slug), problems.message(titleKey),
                problems.message(ex.messageKey(), ex.args()), request);
        problem.setProperty("code", ex.messageKey());
        problem.setProperty("reason", slug);
        return respond(problem);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException ex, HttpServletRequest request) {
        return respond(problems.create(ProblemType.IDEMPOTENCY_KEY_REUSED, request));
    }

    @ExceptionHandler(IdempotencyKeyInProgressException.class)
    ResponseEntity<ProblemDetail> keyInProgress(IdempotencyKeyInProgressException ex, HttpServletRequest request) {
        return respond(problems.create(ProblemType.IDEMPOTENCY_IN_PROGRESS, request));
    }

    /** Spring MVC's own errors (405, 406, 415, missing parameter, ...) and ResponseStatusException; else 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) throws Exception {
        if (ex instanceof ErrorResponse errorResponse) {
            return standard(errorResponse, request);
        }
        return internal(ex, request);
    }

    ResponseEntity<ProblemDetail> standard(ErrorResponse ex, HttpServletRequest request) {
        ProblemDetail problem = StandardErrors.problem(ex, request, problems, messages);
        if (ex.getStatusCode().is5xxServerError()) {
            log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), (Throwable) ex);
        }
        return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders())
                .contentType(Problems.PROBLEM_JSON).body(problem);
    }

    private ResponseEntity<ProblemDetail> internal(Exception ex, HttpServletRequest request) {
        if (DatabaseUnavailable.isCause(ex)) {   // nothing was written: 503, try again, not 500
            log.warn("Request {} {}: database unavailable ({})", request.getMethod(), request.getRequestURI(),
                    ex.getMessage());
            return ResponseEntity.status(503)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .contentType(Problems.PROBLEM_JSON)
                    .body(problems.create(ProblemType.UNAVAILABLE, request));
        }
        log.error("Request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
        return respond(problems.create(ProblemType.INTERNAL_ERROR, request));
    }

    private ResponseEntity<ProblemDetail> validation(List<Map<String, Object>> errors, HttpServletRequest request) {
        ProblemDetail problem = problems.create(ProblemType.VALIDATION, request, errors.size());
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON).body(problem);
    }

    private Map<String, Object> fieldError(FieldError fe) {
        return error(fe.getField(), ruleOf(fe), fe);
    }

    private Map<String, Object> error(String field, String rule, MessageSourceResolvable resolvable) {
        return entry(field, rule, messages.getMessage(resolvable, problems.locale()));
    }

    private static Map<String, Object> entry(String field, String rule, String message) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", field);
        map.put("rule", rule);
        map.put("message", message);
        return map;
    }

    /** The constraint's short name: the last (least specific) message code, e.g. {@code NotBlank}. */
    private static String ruleOf(MessageSourceResolvable resolvable) {
        String[] codes = resolvable.getCodes();
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        return parameter.getParameterName();
    }

    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String jsonPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
