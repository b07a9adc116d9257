package org.fieldsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
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

    /**
     * Generates the documentation into target/, then copies into docs/modules only the files whose content
     * changed: Modulith lists some entries (e.g. the events a module listens to) in an order that varies from
     * one run to the next, and a build should not leave the working tree modified for that alone.
     */
    @Test
    void writes_module_documentation() throws IOException {
        Path generated = Path.of("target", "modules-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path committed = Path.of("docs", "modules");
        Files.createDirectories(committed);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Path target = committed.resolve(file.getFileName());
                if (!Files.exists(target) || !sameLines(file, target)) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The same lines, in any order (a table cell's leading "|" moves with the first entry of a list). */
    private static boolean sameLines(Path a, Path b) throws IOException {
        return normalized(a).equals(normalized(b));
    }

    private static List<String> normalized(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> l.startsWith("|") ? l.substring(1) : l).sorted().toList();
    }
}
