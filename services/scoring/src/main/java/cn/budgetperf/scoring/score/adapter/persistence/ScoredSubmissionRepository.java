package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScoredSubmissionRepository extends CrudRepository<ScoredSubmissionRow, String> {

    @Query("select * from scored_submission where region_code = :regionCode and fiscal_year = :fiscalYear order by converted desc, department_code")
    List<ScoredSubmissionRow> findByRegionAndYear(String regionCode, int fiscalYear);

    /** The row, locked until the transaction ends: one computation at a time per department-year. */
    @Query("select * from scored_submission where id = :id for update")
    Optional<ScoredSubmissionRow> findByIdForUpdate(String id);
}
