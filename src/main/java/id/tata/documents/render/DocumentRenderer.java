package id.tata.documents.render;

import id.tata.documents.model.Document;

import java.io.IOException;
import java.io.OutputStream;

/** Turns the document IR into one file format. Renderers are stateless and safe to share between threads. */
public interface DocumentRenderer {
    DocumentFormat format();

    /** Writes the whole file to {@code out}; does not close it. */
    void render(Document document, OutputStream out) throws IOException;
}
