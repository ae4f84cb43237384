package cn.budgetperf.scoring.score.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The bureau's re-score (复核) of one item: its points replace the department's, with a reason.
 *
 * @param code   the item's code (a framework item, {@code EXECUTION_RATE}, or {@code <project>/<indicator>})
 * @param points the bureau's points
 * @param reason why
 */
public record Review(String code, BigDecimal points, String reason) {

    public Review {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(points, "points");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("复核评分项“" + code + "”时必须填写理由。");
        }
        if (points.signum() < 0 || points.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("复核得分应为不小于0、最多两位小数的数，实际为" + points.toPlainString() + "。");
        }
    }
}
