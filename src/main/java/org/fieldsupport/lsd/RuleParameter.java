package org.fieldsupport.lsd;

import java.math.BigDecimal;
import java.util.List;

/**
 * A rule parameter of the division's modules (the 48-hour movement cut-off, the write-off local board limit …):
 * declared by the module that applies it, kept as effective-dated rows by {@link RuleParameters}, edited on
 * {@code /logistics/parameters} and {@code PUT /api/v1/lsd/parameters/{name}} by holders of
 * {@link RuleParameters#MANAGE}.
 *
 * @param name          stable key, {@code <module>.<subject>.<what>} (e.g. {@code movements.request.cutoff-hours})
 * @param module        the module applying it (its readers see it: {@code readPermission})
 * @param ruleSet       the rule set it configures (e.g. {@code MOVEMENTS-2026-v1})
 * @param defaultValue  the value used when no row is in force (the rule set's default)
 * @param minimum       smallest accepted value (inclusive)
 * @param maximum       largest accepted value (inclusive)
 * @param scale         decimals accepted (0 for hours, hours of the day and percentages; 2 for USD amounts)
 * @param unit          {@code hours}, {@code hourOfDay}, {@code percent} or {@code usd} (label {@code lsd.parameter.unit.<unit>})
 * @param readPermission who sees it (the module's read permission, in any scope)
 */
public record RuleParameter(String name, String module, String ruleSet, BigDecimal defaultValue, BigDecimal minimum,
                            BigDecimal maximum, int scale, String unit, String readPermission) {

    /** An integer parameter (hours, hour of day, percent). */
    public static RuleParameter whole(String name, String module, String ruleSet, int defaultValue, int minimum,
                                      int maximum, String unit, String readPermission) {
        return new RuleParameter(name, module, ruleSet, BigDecimal.valueOf(defaultValue), BigDecimal.valueOf(minimum),
                BigDecimal.valueOf(maximum), 0, unit, readPermission);
    }

    /** The label's message key: {@code lsd.parameter.<name>} (in the lsd bundle, EN and FR). */
    public String labelKey() {
        return "lsd.parameter." + name;
    }

    /** Declared by a module's component (its permissions contributor): the parameters its rules read. */
    public interface Provider {
        List<RuleParameter> ruleParameters();
    }
}
