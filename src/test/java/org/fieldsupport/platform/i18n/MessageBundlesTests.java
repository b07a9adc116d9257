package org.fieldsupport.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle src/main/resources/i18n/X.properties has its French twin X_fr.properties with exactly
 * the same keys, and no French text is empty. Bundles are discovered, so a new module's pair is checked
 * as soon as it exists.
 */
class MessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Path frenchOf(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - ".properties".length()) + "_fr.properties");
    }

    @Test
    void the_platform_organization_and_claims_bundles_are_found() throws IOException {
        assertThat(englishBundles()).extracting(path -> path.getFileName().toString())
                .contains("platform.properties", "organization.properties", "claims.properties");
    }

    @Test
    void every_english_bundle_has_a_french_twin_with_the_same_keys() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Path french = frenchOf(english);
            if (!Files.exists(french)) {
                problems.add(french + " is missing");
                continue;
            }
            TreeSet<String> en = new TreeSet<>(load(english).stringPropertyNames());
            TreeSet<String> fr = new TreeSet<>(load(french).stringPropertyNames());
            for (String key : en) {
                if (!fr.contains(key)) {
                    problems.add(french.getFileName() + " lacks " + key);
                }
            }
            for (String key : fr) {
                if (!en.contains(key)) {
                    problems.add(english.getFileName() + " lacks " + key);
                }
            }
        }
        assertThat(problems).as("keys present in one bundle of a pair and not in the other").isEmpty();
    }

    @Test
    void every_french_bundle_has_an_english_twin() throws IOException {
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("_fr.properties"))
                    .filter(name -> !Files.exists(BUNDLES.resolve(name.replace("_fr.properties", ".properties"))))
                    .forEach(orphans::add);
        }
        assertThat(orphans).isEmpty();
    }

    @Test
    void no_french_or_english_text_is_empty() throws IOException {
        List<String> empty = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (Path bundle : List.of(english, frenchOf(english))) {
                if (!Files.exists(bundle)) {
                    continue;
                }
                Properties properties = load(bundle);
                properties.stringPropertyNames().stream()
                        .filter(key -> properties.getProperty(key).isBlank())
                        .forEach(key -> empty.add(bundle.getFileName() + ": " + key));
            }
        }
        assertThat(empty).as("keys with an empty text").isEmpty();
    }
}
