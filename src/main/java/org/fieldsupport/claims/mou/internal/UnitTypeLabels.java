package org.fieldsupport.claims.mou.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Unit type labels for templates ({@code ${@claimsUnitTypes.label(code)}}) in the request's language; a stored
 * unit type that is not a code is shown as is.
 */
@Component("claimsUnitTypes")
public class UnitTypeLabels {

    private final MessageSource messages;

    UnitTypeLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code) {
        return label(code, LocaleContextHolder.getLocale());
    }

    public String label(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return UnitType.parse(code).map(t -> messages.getMessage("claims.mou.unitType." + t.name(), null, code, locale))
                .orElse(code);
    }

    public List<String> codes() {
        return Arrays.stream(UnitType.values()).map(Enum::name).toList();
    }
}
