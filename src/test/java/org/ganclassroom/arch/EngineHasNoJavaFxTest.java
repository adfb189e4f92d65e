package org.ganclassroom.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The engine, the lesson model and the clip renderer must stay usable without a screen: no JavaFX in them. */
class EngineHasNoJavaFxTest {
    private final JavaClasses main = MainClasses.ALL;

    @Test
    void simPackageDoesNotDependOnJavaFx() {
        assertFalse(main.that(com.tngtech.archunit.base.DescribedPredicate.describe("in sim",
                c -> c.getPackageName().startsWith("org.ganclassroom.sim"))).isEmpty(), "no engine classes were imported");
        noClasses().that().resideInAPackage("org.ganclassroom.sim..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void lessonPackageDoesNotDependOnJavaFx() {
        noClasses().that().resideInAPackage("org.ganclassroom.lesson..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .allowEmptyShould(true)
                .check(main);
    }

    /** {@code clip} runs on machines without a screen: nothing it reaches, even through ui/charts' helpers, is JavaFX. */
    @Test
    void clipRendererReachesNoJavaFxEvenIndirectly() {
        noClasses().that().resideInAPackage("org.ganclassroom.clip..")
                .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..")
                .check(main);
    }

    @Test
    void engineDoesNotDependOnTheUi() {
        noClasses().that().resideInAPackage("org.ganclassroom.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.ganclassroom.ui..", "org.ganclassroom.lesson..")
                .check(main);
    }
}
