package id.tata.documents.model;

/** Indonesian ordinal words as diktum labels: KESATU, KEDUA … KESEBELAS … KEDUA PULUH … */
public final class Ordinals {
    private static final String[] UNITS = {"", "SATU", "DUA", "TIGA", "EMPAT", "LIMA", "ENAM", "TUJUH", "DELAPAN",
        "SEMBILAN"};

    private Ordinals() {
    }

    /** KESATU for 1 (not PERTAMA: decrees use KESATU), KEDUA, …, KESEPULUH, KESEBELAS, KEDUA BELAS, KEDUA PULUH … */
    public static String diktum(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("diktum number 1..99, got " + n);
        }
        return "KE" + cardinal(n);
    }

    private static String cardinal(int n) {
        if (n < 10) {
            return UNITS[n];
        }
        if (n == 10) {
            return "SEPULUH";
        }
        if (n == 11) {
            return "SEBELAS";
        }
        if (n < 20) {
            return UNITS[n - 10] + " BELAS";
        }
        String tens = (n / 10 == 1 ? "SE" : UNITS[n / 10] + " ") + "PULUH";
        return n % 10 == 0 ? tens : tens + " " + UNITS[n % 10];
    }
}
