package org.fieldsupport.platform.web.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fieldsupport.platform.security.Scope;
import org.fieldsupport.platform.web.ScopeOptionsProvider;
import org.fieldsupport.platform.web.ScopeOptionsProvider.ScopeOption;
import org.fieldsupport.platform.web.shell.ShellView.ScopeChoice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The scopes a user may switch the shell to: the department first, then what the providers offer. */
@Component
class ScopeChoices {

    private final ObjectProvider<ScopeOptionsProvider> providers;
    private final MessageSource messages;

    ScopeChoices(ObjectProvider<ScopeOptionsProvider> providers, MessageSource messages) {
        this.providers = providers;
        this.messages = messages;
    }

    List<ScopeOption> optionsFor(String username, Locale locale) {
        Map<Scope, ScopeOption> options = new LinkedHashMap<>();
        options.put(Scope.department(), new ScopeOption(Scope.department(),
                messages.getMessage("shell.scope.department", null, "Department", locale)));
        providers.orderedStream()
                .flatMap(provider -> provider.scopeOptions(username, locale).stream())
                .forEach(option -> options.putIfAbsent(option.scope(), option));
        return new ArrayList<>(options.values());
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
