package id.tata.documents.model;

/** Continue on a new page within the same section. */
public record PageBreak() implements Block {
    public static final PageBreak INSTANCE = new PageBreak();
}
