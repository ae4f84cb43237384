package cn.budgetperf.publication.report.adapter.persistence;

import cn.budgetperf.publication.report.domain.Action;
import cn.budgetperf.publication.report.domain.PublicationHistory;
import cn.budgetperf.publication.report.domain.PublishedVersion;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The public versions in PostgreSQL; the facts each version showed are kept as JSON. */
@Component
public class PublishedVersions {

    private final PublishedVersionRepository repository;
    private final JsonMapper json;

    PublishedVersions(PublishedVersionRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    public PublicationHistory history(String departmentCode, int year) {
        return new PublicationHistory(repository.findByDepartmentCodeAndFiscalYearOrderByVersion(departmentCode, year).stream()
                .map(this::toDomain).toList());
    }

    /** The latest version of every department-year that has been published at least once. */
    public List<Latest> latestOfEach() {
        return repository.findLatestOfEach().stream().map(r -> new Latest(r.regionCode(), toDomain(r))).toList();
    }

    /** A latest version with the region it belongs to. */
    public record Latest(String regionCode, PublishedVersion version) {
    }

    public void append(String regionCode, String departmentCode, int year, PublishedVersion v) {
        repository.save(new PublishedVersionRow(null, departmentCode, year, regionCode, v.number(), v.action().name(),
                v.note().orElse(null), v.actor(), v.at(), v.facts().map(f -> json.writeValueAsString(FactsJson.of(f))).orElse(null)));
    }

    private PublishedVersion toDomain(PublishedVersionRow r) {
        return new PublishedVersion(r.version(), Action.valueOf(r.action()), Optional.ofNullable(r.note()), r.actor(),
                r.occurredAt(), Optional.ofNullable(r.facts()).map(f -> json.readValue(f, FactsJson.class).toFacts()));
    }
}
