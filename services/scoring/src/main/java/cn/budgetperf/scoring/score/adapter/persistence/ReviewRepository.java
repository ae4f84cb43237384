package cn.budgetperf.scoring.score.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReviewRepository extends CrudRepository<ReviewRow, Long> {

    @Query("select * from score_review where department_code = :departmentCode and fiscal_year = :fiscalYear order by id")
    List<ReviewRow> findAllOf(String departmentCode, int fiscalYear);
}
