package ma.socialhub.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the statements the node prepares, apart from those of the benchmark's own calls (made on
 * a thread marked {@link #DRIVER}): what the node's screens cost the database per queue event.
 */
@TestConfiguration
class CountedStatements {

    /** Statements prepared by the node since it started. */
    static final AtomicLong STATEMENTS = new AtomicLong();
    /** True on the benchmark's own thread, whose statements are not the node's. */
    static final ThreadLocal<Boolean> DRIVER = ThreadLocal.withInitial(() -> false);

    @Bean
    static BeanPostProcessor countStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource) ? counted(dataSource) : bean;
            }
        };
    }

    private static DataSource counted(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (!DRIVER.get() && (method.getName().startsWith("prepare") || method.getName().equals("createStatement"))) {
                                STATEMENTS.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
