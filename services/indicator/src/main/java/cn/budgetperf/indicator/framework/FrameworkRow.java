package cn.budgetperf.indicator.framework;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("framework")
record FrameworkRow(@Id String id, String name, int version, String source) {
}
