package cn.budgetperf.publication.report.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReportRepository extends CrudRepository<ReportRow, String> {

    @Query("select * from report_view where submission_revision > 0 order by region_code, fiscal_year desc, department_code")
    List<ReportRow> findAllPublished();
}
