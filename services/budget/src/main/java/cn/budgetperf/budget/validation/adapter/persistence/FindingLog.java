package cn.budgetperf.budget.validation.adapter.persistence;

import cn.budgetperf.budget.validation.application.FindingRecords;
import cn.budgetperf.budget.validation.domain.Finding;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Plain SQL: a batch insert per save and one grouping query; no entity to map. */
@Component
class FindingLog implements FindingRecords {

    private final JdbcTemplate jdbc;

    FindingLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Save save, List<Finding> findings) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into finding_record (submission_id, revision, region_code, department_code, department_name, "
                        + "fiscal_year, rule_id, severity, location, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                findings.stream().map(f -> new Object[] {save.submissionId(), save.revision(), save.regionCode(),
                        save.departmentCode(), save.departmentName(), save.fiscalYear(), f.ruleId(), f.severity().name(),
                        f.location(), now}).toList());
    }

    @Override
    public List<RuleCount> counts(String regionCode, Integer fiscalYear) {
        return jdbc.query("""
                        select f.rule_id,
                               count(distinct (f.submission_id, f.revision)) as saves,
                               count(distinct f.department_code) as departments,
                               count(distinct f.submission_id) filter (where f.revision = s.revision) as open_now,
                               string_agg(distinct f.department_name, '、') as names
                        from finding_record f join submission s on s.id = f.submission_id
                        where (cast(? as text) is null or f.region_code = ?) and (cast(? as integer) is null or f.fiscal_year = ?)
                        group by f.rule_id""",
                (rs, i) -> new RuleCount(rs.getString("rule_id"), rs.getLong("saves"), rs.getLong("departments"),
                        rs.getLong("open_now"), Arrays.asList(rs.getString("names").split("、"))),
                regionCode, regionCode, fiscalYear, fiscalYear);
    }
}
