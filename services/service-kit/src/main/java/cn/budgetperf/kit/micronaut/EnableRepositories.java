package cn.budgetperf.kit.micronaut;

import io.micronaut.spring.boot.starter.EnableMicronaut;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.sql.DataSource;

/**
 * Put on a service's application class: starts Micronaut's context for the service's Micronaut
 * Data JDBC repositories and exposes only the repositories to Spring. The starter hands Spring's
 * {@link DataSource} to Micronaut by itself (naming it once more makes two repository operations). Spring's transaction manager then covers repository writes and {@code JdbcTemplate}
 * writes (the outbox) in one transaction.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EnableMicronaut(filter = RepositoriesOnly.class)
public @interface EnableRepositories {
}
