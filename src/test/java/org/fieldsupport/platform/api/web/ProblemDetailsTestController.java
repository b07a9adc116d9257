package org.fieldsupport.platform.api.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Map;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.FieldErrors;
import org.fieldsupport.platform.api.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API that fails in each of the ways the problem-details handler must answer. */
@RestController
@RequestMapping("/api/v1/test/problems")
class ProblemDetailsTestController {

    private final ValidatedTestService service;

    ProblemDetailsTestController(ValidatedTestService service) {
        this.service = service;
    }

    @PostMapping("/currencies")
    Object currency(@RequestParam String code) {
        return Map.of("code", service.register(code));
    }

    record Payment(@NotBlank String payee, @Positive BigDecimal amount) { }

    @PostMapping("/payments")
    Map<String, Object> pay(@Valid @RequestBody Payment payment) {
        return Map.of("payee", payment.payee(), "amount", payment.amount());
    }

    @GetMapping("/limited")
    Map<String, Object> limited(@RequestParam @Max(10) int count) {
        return Map.of("count", count);
    }

    @GetMapping("/numbers/{number}")
    Map<String, Object> number(@PathVariable long number) {
        return Map.of("number", number);
    }

    @GetMapping("/missing/{id}")
    Object missing(@PathVariable String id) {
        throw new NotFoundException("Unit", id);
    }

    @PostMapping("/stale")
    Object stale() {
        throw new OptimisticLockingFailureException("version 3 expected");
    }

    @PostMapping("/stale-aggregate")
    Object staleAggregate() {
        throw new DbActionExecutionException(new DbAction.DeleteRoot<>(7L, Object.class, 3),
                new OptimisticLockingFailureException("version 3 expected"));
    }

    @PostMapping("/duplicate")
    Object duplicate() {
        throw new org.springframework.dao.DuplicateKeyException("uq_unit_code: DFS-LSD (secret detail)");
    }

    @PostMapping("/refused")
    Object refused() {
        throw new BusinessRuleException("problem.field.size.range", 1, 200);
    }

    @PostMapping("/checked-in-code")
    Object checkedInCode() {
        new FieldErrors().add("lines[2].currency", "UnknownCurrency", "problem.field.sort.unknown", "XYZ", "EUR, USD")
                .throwIfAny();
        return Map.of();
    }

    @GetMapping("/pool-exhausted")
    String poolExhausted() {
        throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JDBC Connection",
                new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms"));
    }

    @GetMapping("/broken")
    Object broken() {
        throw new IllegalStateException("secret internals: jdbc:postgresql://db/prod");
    }
}
