package cn.budgetperf.portal.bureau;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How the region-year's converted scores fall into the grade bands 优 ≥ 90, 良 [80, 90), 中 [60, 80),
 * 差 &lt; 60 (DESIGN §4), with the geometry of the bar chart the dashboard draws as SVG: the bars are
 * scaled to the largest band, so the data table beside the chart carries the exact counts.
 *
 * @param bands  the four bands, best first
 * @param scored how many departments have a score
 */
public record ScoreDistribution(List<Band> bands, int scored) {

    static final int CHART_HEIGHT = 160;
    static final int BAR_WIDTH = 60;
    static final int GAP = 30;

    private static final BigDecimal NINETY = BigDecimal.valueOf(90);
    private static final BigDecimal EIGHTY = BigDecimal.valueOf(80);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * One bar.
     *
     * @param grade  优, 良, 中 or 差
     * @param range  the band in words, e.g. 80（含）至90分
     * @param count  departments in the band
     * @param share  their percentage of the scored departments, one decimal
     * @param x      left edge of the bar
     * @param height height of the bar (0 for an empty band)
     */
    public record Band(String grade, String range, int count, String share, int x, int height) {

        public int y() {
            return CHART_HEIGHT - height;
        }

        public int labelX() {
            return x + BAR_WIDTH / 2;
        }
    }

    static ScoreDistribution of(Collection<BigDecimal> scores) {
        int[] counts = new int[4];
        for (BigDecimal s : scores) {
            counts[s.compareTo(NINETY) >= 0 ? 0 : s.compareTo(EIGHTY) >= 0 ? 1 : s.compareTo(SIXTY) >= 0 ? 2 : 3]++;
        }
        String[] grades = {"优", "良", "中", "差"};
        String[] ranges = {"90分及以上", "80（含）至90分", "60（含）至80分", "60分以下"};
        int max = Math.max(1, Math.max(Math.max(counts[0], counts[1]), Math.max(counts[2], counts[3])));
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String share = scores.isEmpty() ? "—" : BigDecimal.valueOf(counts[i] * 100L)
                    .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP).toPlainString() + "%";
            bands.add(new Band(grades[i], ranges[i], counts[i], share, GAP + i * (BAR_WIDTH + GAP),
                    counts[i] * (CHART_HEIGHT - 20) / max));
        }
        return new ScoreDistribution(List.copyOf(bands), scores.size());
    }

    public int width() {
        return GAP + 4 * (BAR_WIDTH + GAP);
    }

    public int chartHeight() {
        return CHART_HEIGHT;
    }

    public int barWidth() {
        return BAR_WIDTH;
    }

    /** The chart's text alternative, e.g. 优 2 个、良 1 个、中 0 个、差 0 个. */
    public String summary() {
        StringBuilder text = new StringBuilder("已评分部门" + scored + "个：");
        for (int i = 0; i < bands.size(); i++) {
            text.append(i == 0 ? "" : "、").append(bands.get(i).grade()).append(bands.get(i).count()).append("个");
        }
        return text.toString();
    }
}
