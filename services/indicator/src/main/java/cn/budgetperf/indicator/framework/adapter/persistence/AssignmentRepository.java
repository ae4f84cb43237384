package cn.budgetperf.indicator.framework.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssignmentRepository extends CrudRepository<AssignmentRow, String> {

    @Query("select * from framework_assignment where framework_id = :frameworkId order by region_code, fiscal_year")
    List<AssignmentRow> findByFramework(String frameworkId);

    @Query("select * from framework_assignment where region_code = :regionCode and fiscal_year = :fiscalYear order by scope")
    List<AssignmentRow> findByRegionAndYear(String regionCode, int fiscalYear);
}
