package id.tata.documents;

import id.tata.documents.model.PlainText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares the words of a document IR with the text extracted from one of its renderings. The extracted text may
 * carry more (page numbers, list labels a renderer prints) but must contain every expected word, in order.
 */
public final class TextAssert {
    private TextAssert() {
    }

    public static void assertContainsInOrder(List<String> expectedWords, String extracted) {
        List<String> actual = PlainText.split(extracted);
        int at = 0;
        for (int i = 0; i < expectedWords.size(); i++) {
            String wanted = expectedWords.get(i);
            int found = indexFrom(actual, wanted, at);
            if (found < 0) {
                int from = Math.max(0, at - 5);
                fail("word " + (i + 1) + " '" + wanted + "' not found after position " + at + "; expected around: "
                        + String.join(" ", expectedWords.subList(Math.max(0, i - 5), Math.min(expectedWords.size(),
                        i + 5))) + "\nextracted around: "
                        + String.join(" ", actual.subList(from, Math.min(actual.size(), at + 10))));
            }
            at = found + 1;
        }
    }

    private static int indexFrom(List<String> words, String wanted, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
