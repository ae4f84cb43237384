package cn.budgetperf.indicator.framework.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FrameworkItemRepository extends CrudRepository<FrameworkItemRow, String> {

    List<FrameworkItemRow> findByFrameworkIdOrderByPosition(String frameworkId);
}
