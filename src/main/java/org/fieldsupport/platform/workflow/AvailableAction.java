package org.fieldsupport.platform.workflow;

/**
 * A next action a screen may offer the current user: {@code allowed} false (with {@code refusal}, the reason
 * in the user's language, e.g. "no delegation covers 250,000 USD") when only the delegation of authority is
 * missing. Actions the user lacks the permission for are not listed at all.
 */
public record AvailableAction(String action, String to, String labelKey, boolean allowed, String refusal,
                              java.util.List<String> requiredFields) {
}
