package cn.budgetperf.kit.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for integration tests: Testcontainers where a Docker engine answers, otherwise an
 * embedded PostgreSQL started once per test JVM. Each call to {@link #register} gives the test context
 * a fresh database of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile Server server;

    private record Server(String host, int port, String user, String password) { }

    private TestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Server s = server();
        String db = "test_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://" + s.host() + ":" + s.port() + "/postgres", s.user(), s.password())) {
            c.createStatement().execute("create database " + db);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database", e);
        }
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + db);
        registry.add("spring.datasource.username", s::user);
        registry.add("spring.datasource.password", s::password);
    }

    private static Server server() {
        if (server == null) {
            synchronized (TestDatabase.class) {
                if (server == null) {
                    server = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
                }
            }
        }
        return server;
    }

    @SuppressWarnings("resource")
    private static Server container() {
        PostgreSQLContainer pg = new PostgreSQLContainer("postgres:15-alpine");
        pg.start();
        return new Server(pg.getHost(), pg.getFirstMappedPort(), pg.getUsername(), pg.getPassword());
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
            return new Server("localhost", pg.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }
}
