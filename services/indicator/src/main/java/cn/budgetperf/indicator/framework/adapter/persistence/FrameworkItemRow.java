package cn.budgetperf.indicator.framework.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

@MappedEntity("framework_item")
record FrameworkItemRow(@Id String id, String frameworkId, @Nullable String parentId, String itemKey, int position, int level,
                        String name, @Nullable BigDecimal maxPoints, @Nullable String criteria, @Nullable String evidence,
                        String kind) {
}
