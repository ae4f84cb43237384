package cn.budgetperf.budget.classification.adapter.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ClassificationRepository extends CrudRepository<ClassificationRow, String> {

    @Query("select * from classification_code order by code")
    List<ClassificationRow> findAllOrdered();
}
