package org.fieldsupport.organization.delegation.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The create / sub-delegate form. */
public class DelegationForm {

    private Long parentId;
    @NotBlank @Size(max = 60) private String authority;
    @Pattern(regexp = "POSITION|PERSON") private String delegatorKind = "POSITION";
    @Size(max = 100) private String delegator;
    @NotBlank @Pattern(regexp = "POSITION|PERSON") private String delegateeKind = "POSITION";
    @NotBlank @Size(max = 100) private String delegatee;
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) private BigDecimal limitAmount;
    @Pattern(regexp = "|[A-Za-z]{3}") private String limitCurrency = "USD";
    @Size(max = 20) private String gradeLimit;
    private boolean allMissions = true;
    private List<String> missions = new ArrayList<>();
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate validTo;
    private boolean maySubDelegate;

    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getDelegatorKind() { return delegatorKind; }
    public void setDelegatorKind(String delegatorKind) { this.delegatorKind = delegatorKind; }
    public String getDelegator() { return delegator; }
    public void setDelegator(String delegator) { this.delegator = delegator; }
    public String getDelegateeKind() { return delegateeKind; }
    public void setDelegateeKind(String delegateeKind) { this.delegateeKind = delegateeKind; }
    public String getDelegatee() { return delegatee; }
    public void setDelegatee(String delegatee) { this.delegatee = delegatee; }
    public BigDecimal getLimitAmount() { return limitAmount; }
    public void setLimitAmount(BigDecimal limitAmount) { this.limitAmount = limitAmount; }
    public String getLimitCurrency() { return limitCurrency; }
    public void setLimitCurrency(String limitCurrency) { this.limitCurrency = limitCurrency; }
    public String getGradeLimit() { return gradeLimit; }
    public void setGradeLimit(String gradeLimit) { this.gradeLimit = gradeLimit; }
    public boolean isAllMissions() { return allMissions; }
    public void setAllMissions(boolean allMissions) { this.allMissions = allMissions; }
    public List<String> getMissions() { return missions; }
    public void setMissions(List<String> missions) { this.missions = missions == null ? new ArrayList<>() : missions; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public boolean isMaySubDelegate() { return maySubDelegate; }
    public void setMaySubDelegate(boolean maySubDelegate) { this.maySubDelegate = maySubDelegate; }
}
