package cn.budgetperf.publication.report.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PublishedVersionRepository extends CrudRepository<PublishedVersionRow, Long> {

    List<PublishedVersionRow> findByDepartmentCodeAndFiscalYearOrderByVersion(String departmentCode, int fiscalYear);

    /** The latest version of every department-year that has one. */
    @Query("select distinct on (department_code, fiscal_year) * from published_version "
            + "order by department_code, fiscal_year, version desc")
    List<PublishedVersionRow> findLatestOfEach();
}
