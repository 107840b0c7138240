package id.tata.documents.model;

/** One element of a section's flow. */
public sealed interface Block
        permits Paragraph, ListBlock, Table, ImageBlock, SignatureBlock, PageBreak, LabeledBlock, Letterhead, Rule {
}
