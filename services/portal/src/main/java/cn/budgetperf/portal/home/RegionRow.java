package cn.budgetperf.portal.home;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A region of the directory: its administrative division code (GB/T 2260) and name. */
@MappedEntity("region")
public record RegionRow(@Id String code, String name) {
}
