package id.tata.documents.model;

/** Base font of a document: family, size in points, and line spacing (1.0 = single). */
public record TextStyle(FontFamily family, double sizePt, double lineSpacing) {
    public TextStyle {
        if (sizePt < 4 || sizePt > 72) {
            throw new IllegalArgumentException("font size out of range: " + sizePt);
        }
        if (lineSpacing < 0.8 || lineSpacing > 3) {
            throw new IllegalArgumentException("line spacing out of range: " + lineSpacing);
        }
    }

    public static final TextStyle DECREE = new TextStyle(FontFamily.BOOKMAN, 12, 1.0);
    public static final TextStyle LETTER = new TextStyle(FontFamily.ARIAL, 12, 1.15);
    public static final TextStyle REPORT = new TextStyle(FontFamily.ARIAL, 11, 1.15);
}
