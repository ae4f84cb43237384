package cn.budgetperf.budget.submission.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubmissionRepository extends CrudRepository<SubmissionRow, UUID> {

    Optional<SubmissionRow> findByDepartmentCodeAndFiscalYear(String departmentCode, int fiscalYear);

    List<SubmissionRow> findByDepartmentCodeOrderByFiscalYearDesc(String departmentCode);

    @Query("select * from submission where region_code = :regionCode order by department_code, fiscal_year desc")
    List<SubmissionRow> findByRegion(String regionCode);

    @Query("select * from submission order by region_code, department_code, fiscal_year desc")
    List<SubmissionRow> findAllOrdered();
}
