package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScoredSubmissionRepository extends CrudRepository<ScoredSubmissionRow, String> {

    @Query("select * from scored_submission where region_code = :regionCode and fiscal_year = :fiscalYear order by converted desc, department_code")
    List<ScoredSubmissionRow> findByRegionAndYear(String regionCode, int fiscalYear);
}
