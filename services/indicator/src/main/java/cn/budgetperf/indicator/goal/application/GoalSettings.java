package cn.budgetperf.indicator.goal.application;

import cn.budgetperf.indicator.goal.domain.GoalChecks;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code budgetperf.goals.*}: the deviation threshold (percent of target from which an actual needs a
 * reason), with per-region overrides, e.g. {@code budgetperf.goals.regions.510422=150}.
 */
@ConfigurationProperties("budgetperf.goals")
public record GoalSettings(BigDecimal deviationThresholdPercent, Map<String, BigDecimal> regions) {

    public GoalSettings {
        deviationThresholdPercent = deviationThresholdPercent == null ? GoalChecks.DEFAULT_THRESHOLD_PERCENT : deviationThresholdPercent;
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    BigDecimal thresholdFor(String region) {
        return regions.getOrDefault(region, deviationThresholdPercent);
    }
}
