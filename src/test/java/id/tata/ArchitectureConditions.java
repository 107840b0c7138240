package id.tata;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.tata.common.ArchitectureException;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The predicates and conditions behind {@link ArchitectureTest} that ArchUnit's fluent API cannot say directly. */
final class ArchitectureConditions {
    /** The feature packages; add a new feature here when it gets its package. */
    static final List<String> FEATURES = List.of("organization", "architecture", "roadmap", "assets", "raci",
            "evaluation", "risk");
    private static final Pattern FEATURE_PART = Pattern.compile(
            "id\\.tata\\.(" + String.join("|", FEATURES) + ")(?:\\.(\\w+))?(?:\\..*)?");
    private static final List<String> DOMAIN_MAY_USE = List.of("java.", "id.tata.common.error", "id.tata.common.l10n");

    private ArchitectureConditions() {}

    /** The class, or a class it is nested in, carries {@link ArchitectureException}. */
    static DescribedPredicate<JavaClass> exempt() {
        return DescribedPredicate.describe("annotated with @ArchitectureException", ArchitectureConditions::isExempt);
    }

    static DescribedPredicate<JavaClass> notExempt() {
        return DescribedPredicate.describe("not annotated with @ArchitectureException", c -> !isExempt(c));
    }

    static DescribedPredicate<JavaClass> inPackageContaining(String part) {
        return DescribedPredicate.describe("reside in a package containing '" + part + "'",
                c -> c.getPackageName().contains(part));
    }

    private static boolean isExempt(JavaClass javaClass) {
        for (Optional<JavaClass> c = Optional.of(javaClass); c.isPresent(); c = c.get().getEnclosingClass()) {
            if (c.get().isAnnotatedWith(ArchitectureException.class)) {
                return true;
            }
        }
        return false;
    }

    static ArchCondition<JavaClass> onlyDependOnJdkCommonAndOwnDomain() {
        return new ArchCondition<>("depend only on java.., id.tata.common.error, id.tata.common.l10n and their "
                + "own domain package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownDomain = domainRoot(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    if (!isPackageOrBelow(target, ownDomain) && !domainMayUse(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean domainMayUse(String targetPackage) {
        // primitives and arrays of them have no package
        return targetPackage.isEmpty() || DOMAIN_MAY_USE.stream().anyMatch(allowed -> allowed.endsWith(".")
                ? targetPackage.startsWith(allowed) : isPackageOrBelow(targetPackage, allowed));
    }

    /** "id.tata.risk.domain" for "id.tata.risk.domain.matrix". */
    private static String domainRoot(String packageName) {
        int at = packageName.indexOf(".domain.");
        return at < 0 ? packageName : packageName.substring(0, at + ".domain".length());
    }

    private static boolean isPackageOrBelow(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    static ArchCondition<JavaClass> notReachOtherFeaturesPersistenceOrUi() {
        return new ArchCondition<>("not depend on another feature's persistence or ui") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownFeature = featureOf(origin.getPackageName()).orElse("");
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = FEATURE_PART.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && !target.group(1).equals(ownFeature)
                            && ("persistence".equals(target.group(2)) || "ui".equals(target.group(2)))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Optional<String> featureOf(String packageName) {
        Matcher matcher = FEATURE_PART.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
