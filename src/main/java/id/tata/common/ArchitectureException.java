package id.tata.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a class (and its nested classes) from the architecture rules checked by {@code ArchitectureTest}.
 * The reason is mandatory so every exception to the house rules is visible and explained in the code itself,
 * rather than hidden in an exclusion list.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ArchitectureException {
    /** Why this class may break the rules, and what would let it stop doing so. */
    String reason();
}
