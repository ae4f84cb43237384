package cn.budgetperf.budget.classification.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("classification_code")
record ClassificationRow(@Id String code, String name, String addedBy, Instant addedAt) {
}
