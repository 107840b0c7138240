package id.tata.evaluation.ui;

import java.math.BigDecimal;

/** One line of the score table: a domain or an aspect with its weight and its two indexes (shown, 2 decimals). */
record ScoreRow(String level, int no, String name, BigDecimal weight, BigDecimal self, BigDecimal verified,
                boolean domain) {
}
