package id.tata.documents.official;

import java.util.ArrayList;
import java.util.List;

/** Punctuation rules of legal drafting: list items end with ";", the last one with "." (UU 12/2011 Lampiran II). */
public final class LegalText {
    private LegalText() {
    }

    /** Each item ends with ";" and the last with "." — whatever the template had. */
    public static List<String> punctuated(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String bare = stripEnd(items.get(i));
            out.add(bare + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** Ends with exactly one ".". */
    public static String sentence(String text) {
        return stripEnd(text) + ".";
    }

    private static String stripEnd(String text) {
        String s = text.strip();
        while (!s.isEmpty() && ";.,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
