package org.fieldsupport.organization.delegation.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldsupport.organization.AuthorityCheck;
import org.fieldsupport.organization.DelegationLink;
import org.fieldsupport.organization.delegation.domain.Decision;
import org.fieldsupport.organization.delegation.domain.Delegation;
import org.fieldsupport.organization.delegation.domain.Refusal;
import org.fieldsupport.organization.delegation.internal.DelegationAccess;
import org.fieldsupport.organization.delegation.internal.DelegationQueries;
import org.fieldsupport.organization.delegation.internal.DelegationRegister;
import org.fieldsupport.organization.delegation.internal.DelegationSummary;
import org.fieldsupport.organization.delegation.internal.NewDelegation;
import org.fieldsupport.platform.api.Idempotent;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.api.PageQuery;
import org.fieldsupport.platform.api.PageResponse;
import org.fieldsupport.platform.api.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the delegation-of-authority register. */
@RestController
@RequestMapping("/api/v1/organization/delegations")
class DelegationApiController {

    private final DelegationRegister register;
    private final DelegationQueries queries;
    private final DelegationAccess access;
    private final Paging paging;

    DelegationApiController(DelegationRegister register, DelegationQueries queries, DelegationAccess access,
                            Paging paging) {
        this.register = register;
        this.queries = queries;
        this.access = access;
        this.paging = paging;
    }

    record CheckRequest(@NotBlank @Size(max = 100) String person, @NotBlank @Size(max = 60) String authority,
                        @Size(max = 30) String mission, @DecimalMin("0") BigDecimal amount,
                        @Pattern(regexp = "[A-Za-z]{3}") String currency, @Size(max = 20) String grade,
                        LocalDate date) { }

    record CheckResponse(boolean allowed, String reason, String messageKey, List<Object> args, String message,
                         String person, String authority, String mission, LocalDate date, List<DelegationLink> chain) { }

    @PostMapping("/check")
    CheckResponse check(@Valid @RequestBody CheckRequest request, Locale locale) {
        access.requireRead();
        var evaluation = register.evaluate(new AuthorityCheck(request.person(), request.authority(), request.mission(),
                request.amount(), request.currency(), request.grade(), request.date()));
        Decision<List<Delegation>> decision = evaluation.decision();
        var api = register.toApi(decision);
        Refusal refusal = decision.refusalOrNull();
        return new CheckResponse(api.allowed(), refusal == null ? null : refusal.reason().name(),
                refusal == null ? null : refusal.messageKey(), refusal == null ? List.of() : refusal.args(),
                refusal == null ? null : register.message(refusal, locale), request.person(),
                evaluation.query().authority(), evaluation.query().mission(), evaluation.query().date(), api.chain());
    }

    @GetMapping
    PageResponse<DelegationSummary> list(@RequestParam(required = false) String authority,
                                                          @RequestParam(required = false) String mission,
                                                          @RequestParam(required = false) String status,
                                                          @RequestParam(required = false) String holder,
                                                          @RequestParam(required = false) Integer page,
                                                          @RequestParam(required = false) Integer size,
                                                          @RequestParam(required = false) String sort) {
        access.requireRead();
        PageQuery query = paging.read(page, size, sort, DelegationQueries.SORTS);
        return queries.search(new DelegationQueries.Filter(authority, mission, status, holder), query);
    }

    record DelegationDetail(DelegationSummary delegation, List<DelegationSummary> chain,
                            List<DelegationSummary> subDelegations) { }

    @GetMapping("/{id}")
    DelegationDetail get(@PathVariable long id) {
        access.requireRead();
        DelegationSummary summary = queries.summary(id);
        if (summary == null) {
            throw new NotFoundException("Delegation", id);
        }
        List<DelegationSummary> chain = register.chain(id).stream().map(d -> queries.summary(d.id())).toList();
        return new DelegationDetail(summary, chain, queries.subDelegationsOf(id));
    }

    record CreateRequest(@NotBlank @Size(max = 60) String authority,
                         @Pattern(regexp = "(?i)POSITION|PERSON") String delegatorKind,
                         @Size(max = 100) String delegator,
                         @NotBlank @Pattern(regexp = "(?i)POSITION|PERSON") String delegateeKind,
                         @NotBlank @Size(max = 100) String delegatee,
                         @DecimalMin("0") @jakarta.validation.constraints.Digits(integer = 15, fraction = 2)
                         BigDecimal limitAmount,
                         @Pattern(regexp = "[A-Za-z]{3}") String limitCurrency,
                         @Size(max = 20) String gradeLimit,
                         Boolean allMissions, Set<String> missions,
                         @NotNull LocalDate validFrom, LocalDate validTo,
                         Boolean maySubDelegate, Long parentId) { }

    @PostMapping
    @Idempotent
    ResponseEntity<DelegationSummary> create(@Valid @RequestBody CreateRequest r) {
        access.requireManage();
        Delegation created = register.create(new NewDelegation(r.authority(),
                r.delegatorKind() == null ? "POSITION" : r.delegatorKind(), r.delegator(), r.delegateeKind(),
                r.delegatee(), r.limitAmount(), r.limitCurrency(), r.gradeLimit(), Boolean.TRUE.equals(r.allMissions()), r.missions(),
                r.validFrom(), r.validTo(), Boolean.TRUE.equals(r.maySubDelegate()), r.parentId()));
        return ResponseEntity.created(URI.create("/api/v1/organization/delegations/" + created.id()))
                .body(queries.summary(created.id()));
    }

    record ReasonRequest(@Size(max = 1000) String reason) { }

    @PostMapping("/{id}/acknowledge")
    DelegationSummary acknowledge(@PathVariable long id) {
        Delegation d = register.get(id);
        if (!register.isDelegateeOfCurrentUser(d)) {
            access.requireManage();
        }
        register.acknowledge(id);
        return queries.summary(id);
    }

    @PostMapping("/{id}/suspend")
    DelegationSummary suspend(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest r) {
        access.requireManage();
        register.suspend(id, r == null ? null : r.reason());
        return queries.summary(id);
    }

    @PostMapping("/{id}/reinstate")
    DelegationSummary reinstate(@PathVariable long id) {
        access.requireManage();
        register.reinstate(id);
        return queries.summary(id);
    }

    @PostMapping("/{id}/revoke")
    DelegationSummary revoke(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest r) {
        access.requireManage();
        register.revoke(id, r == null ? null : r.reason());
        return queries.summary(id);
    }
}
