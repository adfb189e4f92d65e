package org.ganclassroom.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The UI features are a row of siblings over shared parts (ui/common, ui/live, ui/charts, ui/markdown, …): none
 * imports another; the shell wires them together.
 */
class UiFeaturesAreSiblingsTest {
    static final List<String> FEATURES = List.of("lessons", "timeline", "quiz", "truefalse", "lab", "simulator");
    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ganclassroom.ui");

    @Test
    void noFeatureImportsAnother() {
        for (String feature : FEATURES) {
            String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "org.ganclassroom.ui." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.ganclassroom.ui." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("UI features share through ui/common, ui/live or ui/charts, not through each other")
                    .check(main);
        }
    }

    @Test
    void sharedPartsImportNoFeature() {
        String[] features = FEATURES.stream().map(f -> "org.ganclassroom.ui." + f + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("org.ganclassroom.ui.common..", "org.ganclassroom.ui.live..",
                        "org.ganclassroom.ui.charts..", "org.ganclassroom.ui.markdown..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(main);
    }
}
