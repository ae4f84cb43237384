package cn.budgetperf.indicator.framework;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

@MappedEntity("framework_item")
record FrameworkItemRow(@Id String id, String frameworkId, int position, int level, String name, BigDecimal maxPoints,
                        @Nullable String criteria) {
}
