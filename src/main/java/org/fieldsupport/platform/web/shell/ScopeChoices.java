package org.fieldsupport.platform.web.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fieldsupport.platform.reference.ReferenceData;
import org.fieldsupport.platform.security.AccessPolicy;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.ScopeOptionsProvider;
import org.fieldsupport.platform.web.ScopeOptionsProvider.ScopeOption;
import org.fieldsupport.platform.web.shell.ShellView.ScopeChoice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The scopes a user may switch the shell to (issue 12.4): the scopes of the user's own role assignments, the department
 * first for those who hold a role there, and what the providers offer within them. A user who acts in one unit,
 * mission or Member State is offered that scope alone (the shell then hides the selector) and starts in it
 * ({@link #homeScope}). Labels come from the providers (the organisation names units and missions), Member States
 * from the platform's reference data.
 */
@Component
class ScopeChoices {

    private final ObjectProvider<ScopeOptionsProvider> providers;
    private final ObjectProvider<AccessPolicy> accessPolicy;
    private final ObjectProvider<ReferenceData> referenceData;
    private final MessageSource messages;

    ScopeChoices(ObjectProvider<ScopeOptionsProvider> providers, ObjectProvider<AccessPolicy> accessPolicy,
                 ObjectProvider<ReferenceData> referenceData, MessageSource messages) {
        this.providers = providers;
        this.accessPolicy = accessPolicy;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /** The scopes of the user's assignments today; the department when there is no policy (tests of the shell). */
    Set<Scope> assigned(String username) {
        AccessPolicy policy = accessPolicy.getIfAvailable();
        return policy == null ? Set.of(Scope.department()) : policy.assignedScopes(username);
    }

    /** Where a user starts: the department for those who hold a role there, else their first own scope. */
    Scope homeScope(String username) {
        Set<Scope> scopes = assigned(username);
        if (scopes.isEmpty() || scopes.contains(Scope.department())) {
            return Scope.department();
        }
        return scopes.stream().min(Comparator.comparing((Scope s) -> s.type().ordinal()).thenComparing(Scope::toString))
                .orElse(Scope.department());
    }

    List<ScopeOption> optionsFor(String username, Locale locale) {
        Set<Scope> own = assigned(username);
        boolean departmentWide = own.isEmpty() || own.contains(Scope.department());
        Map<Scope, String> provided = new LinkedHashMap<>();
        providers.orderedStream()
                .flatMap(provider -> provider.scopeOptions(username, locale).stream())
                .forEach(option -> provided.putIfAbsent(option.scope(), option.label()));
        Map<Scope, ScopeOption> options = new LinkedHashMap<>();
        if (departmentWide) {
            options.put(Scope.department(), new ScopeOption(Scope.department(),
                    messages.getMessage("shell.scope.department", null, "Department", locale)));
        }
        own.stream().filter(s -> s.type() != Scope.ScopeType.DEPARTMENT)
                .sorted(Comparator.comparing((Scope s) -> s.type().ordinal()).thenComparing(Scope::toString))
                .forEach(s -> options.putIfAbsent(s, new ScopeOption(s, label(s, provided, locale))));
        if (departmentWide) {
            provided.forEach((scope, label) -> options.putIfAbsent(scope, new ScopeOption(scope, label)));
        }
        return new ArrayList<>(options.values());
    }

    private String label(Scope scope, Map<Scope, String> provided, Locale locale) {
        String label = provided.get(scope);
        if (label != null) {
            return label;
        }
        if (scope.type() == Scope.ScopeType.MEMBER_STATE) {
            ReferenceData reference = referenceData.getIfAvailable();
            if (reference != null) {
                var country = reference.country(scope.key());
                if (country.isPresent()) {
                    return "fr".equals(locale.getLanguage()) ? country.get().nameFr() : country.get().nameEn();
                }
            }
        }
        return scope.key();
    }

    List<ScopeChoice> choicesFor(String username, Locale locale, Scope current) {
        return optionsFor(username, locale).stream()
                .map(option -> new ScopeChoice(option.scope().toString(), option.label(), option.scope().equals(current)))
                .toList();
    }

    boolean isOffered(String username, Locale locale, Scope scope) {
        return optionsFor(username, locale).stream().anyMatch(option -> option.scope().equals(scope));
    }
}
