package fr.memberspace.web.admin.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.batch.runtime.BatchStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.memberspace.memberimport.control.UploadedImports;

/** The imports page's texts: the same keys in French and English, a text for every state and refusal. */
class ImportsBundleTest {

    static Properties french = load("text_fr.properties");
    static Properties english = load("text_en.properties");
    static Properties fallback = load("text.properties");

    static Set<String> importKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("admin.imports."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void frenchAndEnglishHoldTheSameKeys() {
        assertEquals(importKeys(french), importKeys(english));
        assertEquals(importKeys(french), importKeys(fallback));
        assertTrue(english.containsKey("admin.menu.imports") && french.containsKey("admin.menu.imports"));
    }

    @ParameterizedTest
    @EnumSource(BatchStatus.class)
    void everyStateOfARunIsSaid(BatchStatus state) {
        assertTrue(french.containsKey("admin.imports.state." + state.name()), state::name);
        assertTrue(english.containsKey("admin.imports.state." + state.name()), state::name);
    }

    @ParameterizedTest
    @EnumSource(UploadedImports.Refusal.class)
    void everyRefusedUploadIsSaid(UploadedImports.Refusal why) {
        var key = "admin.imports.file." + why.name().toLowerCase(java.util.Locale.ROOT);
        assertTrue(french.containsKey(key), key);
        assertTrue(english.containsKey(key), key);
    }

    private static Properties load(String name) {
        try (var in = ImportsBundleTest.class.getResourceAsStream("/fr/memberspace/web/i18n/" + name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
