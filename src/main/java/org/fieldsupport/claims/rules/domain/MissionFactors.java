package org.fieldsupport.claims.rules.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contingent's mission factors, each a fraction in [0, 0.05] (0.02 = 2 %). {@code null} reads as 0.
 * Range checks are the rule set's job ({@link RuleSet#check}); this value only adds them up.
 */
public record MissionFactors(BigDecimal environmental, BigDecimal intensifiedOperational,
                             BigDecimal hostileAction, BigDecimal transport) {

    public static final MissionFactors NONE = new MissionFactors(BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    public MissionFactors {
        environmental = orZero(environmental);
        intensifiedOperational = orZero(intensifiedOperational);
        hostileAction = orZero(hostileAction);
        transport = orZero(transport);
    }

    /** F: the sum of the four factors. */
    public BigDecimal total() {
        return environmental.add(intensifiedOperational).add(hostileAction).add(transport);
    }

    /** The factors by their field names, in a stable order (for validation messages). */
    public Map<String, BigDecimal> byName() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put("environmental", environmental);
        map.put("intensifiedOperational", intensifiedOperational);
        map.put("hostileAction", hostileAction);
        map.put("transport", transport);
        return map;
    }

    public MissionFactors with(String name, BigDecimal value) {
        return switch (name) {
            case "environmental" -> new MissionFactors(value, intensifiedOperational, hostileAction, transport);
            case "intensifiedOperational" -> new MissionFactors(environmental, value, hostileAction, transport);
            case "hostileAction" -> new MissionFactors(environmental, intensifiedOperational, value, transport);
            case "transport" -> new MissionFactors(environmental, intensifiedOperational, hostileAction, value);
            default -> throw new IllegalArgumentException("unknown mission factor " + name);
        };
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
