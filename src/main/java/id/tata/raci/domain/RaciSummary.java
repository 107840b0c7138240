package id.tata.raci.domain;

/** A matrix in a list: id, title, source and size. */
public record RaciSummary(long id, String title, String source, int tasks, int parties) {
}
