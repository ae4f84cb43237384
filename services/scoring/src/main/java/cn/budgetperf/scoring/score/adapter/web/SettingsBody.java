package cn.budgetperf.scoring.score.adapter.web;

import cn.budgetperf.scoring.score.domain.InvalidInput;
import cn.budgetperf.scoring.score.domain.ReverseFormula;
import cn.budgetperf.scoring.score.domain.ScoringSettings;
import java.math.BigDecimal;

/**
 * A jurisdiction's formula settings as the API shows and takes them.
 *
 * @param reverseFormula             LINEAR_TO_DOUBLE_TARGET (DESIGN §4) or TARGET_OVER_ACTUAL
 * @param qualitativeAchieved        default points of 达成年度指标 as a fraction of the weight, in [0.8, 1]
 * @param qualitativePartial         of 部分达成年度指标并具有一定效果, in [0.6, 0.8)
 * @param qualitativeFailed          of 未达成年度指标且效果较差, in [0, 0.6)
 * @param deviationThresholdPercent  actual/target (percent) from which a deviation reason is due
 * @param ruleVersion                the rule version these settings produce (answers only)
 */
record SettingsBody(String reverseFormula, BigDecimal qualitativeAchieved, BigDecimal qualitativePartial, BigDecimal qualitativeFailed,
                    BigDecimal deviationThresholdPercent, String ruleVersion) {

    static SettingsBody of(ScoringSettings s) {
        return new SettingsBody(s.reverse().name(), s.achieved(), s.partial(), s.failed(), s.deviationThresholdPercent(), s.ruleVersion());
    }

    ScoringSettings toSettings() {
        ReverseFormula reverse;
        try {
            reverse = ReverseFormula.valueOf(String.valueOf(reverseFormula));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("反向指标公式“" + reverseFormula + "”无效，应为 LINEAR_TO_DOUBLE_TARGET 或 TARGET_OVER_ACTUAL。");
        }
        return new ScoringSettings(reverse, qualitativeAchieved, qualitativePartial, qualitativeFailed, deviationThresholdPercent);
    }
}
