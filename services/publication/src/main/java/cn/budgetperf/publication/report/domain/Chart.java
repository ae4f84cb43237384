package cn.budgetperf.publication.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG: no script, prints as it shows, and readable without
 * sight through its title, its description and the data table printed beside it. The geometry is
 * computed here, in whole pixels, so the template only places what it is given.
 *
 * @param description one sentence that says what the chart shows (SVG {@code <desc>})
 */
public record Chart(String id, String title, String description, List<Bar> bars) {

    static final int LABEL_WIDTH = 190;
    static final int BAR_AREA = 330;
    static final int ROW = 30;

    public Chart {
        bars = List.copyOf(bars);
    }

    /** One bar: its label, its value as shown, its length in pixels and its vertical position. */
    public record Bar(String label, String value, int length, int y) {
    }

    public int width() {
        return LABEL_WIDTH + BAR_AREA + 110;
    }

    public int height() {
        return bars.size() * ROW + 10;
    }

    public int barX() {
        return LABEL_WIDTH;
    }

    /** Bars scaled to the largest value; negative or missing values are drawn as zero length. */
    static Chart of(String id, String title, String description, List<String> labels, List<BigDecimal> values, String unit) {
        BigDecimal max = values.stream().filter(v -> v != null && v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            int length = max.signum() == 0 || v == null || v.signum() <= 0 ? 0
                    : v.multiply(BigDecimal.valueOf(BAR_AREA)).divide(max, 0, RoundingMode.HALF_UP).intValueExact();
            bars.add(new Bar(labels.get(i), Format.wan(v) + unit, length, 5 + i * ROW));
        }
        return new Chart(id, title, description, bars);
    }
}
