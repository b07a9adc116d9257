package org.fieldsupport.platform.api.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/** Test-only service validated by method validation (throws ConstraintViolationException). */
@Component
@Validated
public class ValidatedTestService {

    public String register(@NotBlank @Size(max = 3) String currency) {
        return currency;
    }
}
