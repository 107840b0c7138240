package id.tata.organization.ui;

/** The list labels Indonesian decrees give tasks: a, b, … z, then aa, bb, …. */
final class TaskLabels {
    private TaskLabels() {
    }

    static String letter(int index) {
        return String.valueOf((char) ('a' + index % 26)).repeat(index / 26 + 1);
    }
}
