package org.fieldsupport.organization.delegation.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** "May X do Y?" */
public class CheckForm {

    @NotBlank @Size(max = 100) private String person;
    @NotBlank @Size(max = 60) private String authority;
    @Size(max = 30) private String mission;
    @DecimalMin("0") private BigDecimal amount;
    @Pattern(regexp = "|[A-Za-z]{3}") private String currency = "USD";
    @Size(max = 20) private String grade;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate date;

    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getMission() { return mission; }
    public void setMission(String mission) { this.mission = mission; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getGrade() { return grade; }
    public void setGrade(String grade) { this.grade = grade; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
}
