package id.tata.importing;

/** What an applied import wrote. */
public record ImportResult(int created, int updated) {
    public int total() {
        return created + updated;
    }
}
