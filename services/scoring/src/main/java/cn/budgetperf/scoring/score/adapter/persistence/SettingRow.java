package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** A jurisdiction's formula settings; {@code regionCode} '*' is the default. */
@MappedEntity("jurisdiction_setting")
public record SettingRow(@Id String regionCode, String reverseFormula, BigDecimal qualitativeAchieved, BigDecimal qualitativePartial,
                         BigDecimal qualitativeFailed, BigDecimal deviationThresholdPercent, String updatedBy, Instant updatedAt) {
}
