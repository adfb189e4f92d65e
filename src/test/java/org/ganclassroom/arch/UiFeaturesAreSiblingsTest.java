package org.ganclassroom.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The UI features are a row of siblings over shared parts (ui/common, ui/live, ui/charts, ui/markdown, …): none
 * imports another; the shell wires them together.
 */
class UiFeaturesAreSiblingsTest {
    static final List<String> FEATURES = List.of("lessons", "timeline", "quiz", "truefalse", "lab", "simulator");
    /** Parts the features share; the shell (composition root) and the app root are the only other packages. */
    static final List<String> SHARED = List.of("common", "live", "charts", "markdown", "progress", "settings", "dirac");
    private final JavaClasses main = MainClasses.ALL;

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
        noClasses().that().resideInAnyPackage(SHARED.stream().map(p -> "org.ganclassroom.ui." + p + "..")
                        .toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(main);
    }

    @Test
    void onlyTheAppRootImportsTheShell() {
        noClasses().that().resideInAnyPackage(java.util.stream.Stream.concat(FEATURES.stream(), SHARED.stream())
                        .map(p -> "org.ganclassroom.ui." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("org.ganclassroom.ui.shell..")
                .because("the shell is the composition root: it wires the pages, nothing wires it")
                .check(main);
    }

    /** A new package under ui/ must be placed: a feature (a sibling) or a shared part, so the rules above cover it. */
    @Test
    void everyUiPackageIsAFeatureASharedPartOrTheShell() {
        Set<String> found = new TreeSet<>();
        main.forEach(c -> {
            String pkg = c.getPackageName();
            if (pkg.startsWith("org.ganclassroom.ui.")) {
                found.add(pkg.substring("org.ganclassroom.ui.".length()).split("\\.")[0]);
            }
        });
        Set<String> known = new TreeSet<>(FEATURES);
        known.addAll(SHARED);
        known.add("shell");
        assertEquals(known, found);
    }
}
