package org.fieldsupport;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries honest and writes the module documentation into docs/modules. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(FieldSupportApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
