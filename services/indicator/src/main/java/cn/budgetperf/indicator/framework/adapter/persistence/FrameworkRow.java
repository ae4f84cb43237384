package cn.budgetperf.indicator.framework.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("framework")
record FrameworkRow(@Id String id, String code, int version, String name, String source, String scope) {
}
