package cn.budgetperf.indicator.framework.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface FrameworkRepository extends CrudRepository<FrameworkRow, String> {

    @Query("select * from framework order by scope, code, version")
    List<FrameworkRow> listAll();

    @Query("select coalesce(max(version), 0) from framework where code = :code")
    int maxVersion(String code);
}
