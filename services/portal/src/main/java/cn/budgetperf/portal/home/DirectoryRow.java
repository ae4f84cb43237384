package cn.budgetperf.portal.home;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("department")
public record DirectoryRow(@Id String code, String name, String regionCode) {
}
