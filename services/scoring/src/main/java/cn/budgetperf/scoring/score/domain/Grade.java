package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;

/** 优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 < 60, on the converted (100-point) score. */
public enum Grade {
    EXCELLENT("优", new BigDecimal("90")),
    GOOD("良", new BigDecimal("80")),
    FAIR("中", new BigDecimal("60")),
    POOR("差", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal lowerBound;

    Grade(String label, BigDecimal lowerBound) {
        this.label = label;
        this.lowerBound = lowerBound;
    }

    public String label() {
        return label;
    }

    public static Grade of(BigDecimal converted) {
        for (Grade grade : values()) {
            if (converted.compareTo(grade.lowerBound) >= 0) {
                return grade;
            }
        }
        return POOR;
    }
}
