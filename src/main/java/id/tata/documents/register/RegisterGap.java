package id.tata.documents.register;

/**
 * A number of a yearly counter that no register row carries: the counter moved without a document being issued
 * through Tata (taken by hand, or the counter set forward in the settings). Listed so that every gap is explained.
 */
public record RegisterGap(String numberType, int year, int sequence) {
}
