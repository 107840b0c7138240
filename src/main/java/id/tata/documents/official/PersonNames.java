package id.tata.documents.official;

import java.util.Locale;
import java.util.regex.Pattern;

/** How names print in official documents. */
public final class PersonNames {
    /** Front titles as written before a name: H., Hj., Dr., Drs., Dra., Ir., Prof., dr., K.H. … */
    private static final Pattern FRONT_TITLE = Pattern.compile(
            "^(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|K\\.H|Kh|R|Rr)\\.\\s*)+", Pattern.CASE_INSENSITIVE);

    private PersonNames() {
    }

    /**
     * The region head's name under a decree: capitals, without gelar before or after ("H. Ahmad Sudrajat, S.E., M.M."
     * → "AHMAD SUDRAJAT").
     */
    public static String regionHeadSignature(String name) {
        String withoutBack = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
        String withoutFront = FRONT_TITLE.matcher(withoutBack.strip()).replaceFirst("");
        return withoutFront.strip().toUpperCase(Locale.forLanguageTag("id-ID"));
    }
}
