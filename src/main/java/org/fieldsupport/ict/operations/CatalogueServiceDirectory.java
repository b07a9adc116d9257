package org.fieldsupport.ict.operations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fieldsupport.ict.ServiceCatalogue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@link ServiceDirectory} over the module's catalogue API ({@link ServiceCatalogue}); names in the reader's language. */
@Component
class CatalogueServiceDirectory implements ServiceDirectory {

    private final ServiceCatalogue catalogue;

    CatalogueServiceDirectory(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<ServiceTargets> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return catalogue.service(code.strip()).filter(s -> s.code().equals(code.strip())).map(CatalogueServiceDirectory::targets);
    }

    @Override
    public List<ServiceTargets> all() {
        return catalogue.services().stream().map(CatalogueServiceDirectory::targets).toList();
    }

    private static ServiceTargets targets(ServiceCatalogue.ServiceSummary s) {
        Locale locale = LocaleContextHolder.getLocale();
        return new ServiceTargets(s.code(), s.name(locale), s.rtoMinutes(), s.rpoMinutes());
    }
}
