package ma.socialhub.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL a screen sends, with its parameters, so that the benchmark can send exactly the
 * same statements again over plain JDBC: the raw-SQL limit a screen is compared with. Wraps the
 * application's data source; records only on a thread that asked to, between {@link #start()}
 * and {@link #stop()}.
 */
final class StatementRecorder implements BeanPostProcessor {

    /** One statement as sent: its text and the setter calls that bound its parameters. */
    record Sent(String sql, List<Bound> parameters) {
    }

    /** A {@code setXxx(index, value...)} call on a prepared statement. */
    record Bound(Method setter, Object[] arguments) {
    }

    private static final ThreadLocal<List<Sent>> RECORDING = new ThreadLocal<>();

    private DataSource raw;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && raw == null) {
            raw = dataSource;
            return new Recording(dataSource);
        }
        return bean;
    }

    /** The application's own data source, unwrapped: the raw-SQL replay takes its connections there. */
    DataSource raw() {
        return raw;
    }

    void start() {
        RECORDING.set(new ArrayList<>());
    }

    List<Sent> stop() {
        List<Sent> sent = RECORDING.get();
        RECORDING.remove();
        return sent == null ? List.of() : List.copyOf(sent);
    }

    /**
     * Sends {@code statements} again on {@code connection} and reads every column of every row, as
     * the application's mappers do; returns the rows read.
     */
    static long replay(Connection connection, List<Sent> statements) throws SQLException {
        // in one read-only transaction, as the services run them (SET LOCAL holds within it)
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            return send(connection, statements);
        } finally {
            connection.commit();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }

    private static long send(Connection connection, List<Sent> statements) throws SQLException {
        long rows = 0;
        for (Sent sent : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sent.sql())) {
                for (Bound bound : sent.parameters()) {
                    try {
                        bound.setter().invoke(statement, bound.arguments());
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new SQLException("Cannot bind " + bound.setter().getName(), e);
                    }
                }
                if (statement.execute()) {
                    try (ResultSet rs = statement.getResultSet()) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static final class Recording extends DelegatingDataSource {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = call(target, method, args);
            if (RECORDING.get() != null && result instanceof PreparedStatement statement
                    && method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                return prepared(statement, sql);
            }
            if (RECORDING.get() != null && result instanceof Statement statement && !(result instanceof PreparedStatement)) {
                return plain(statement);
            }
            return result;
        });
    }

    private static PreparedStatement prepared(PreparedStatement target, String sql) {
        List<Bound> bound = new ArrayList<>();
        return proxy(PreparedStatement.class, target, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                bound.add(new Bound(method, args.clone()));
            } else if (name.equals("clearParameters")) {
                bound.clear();
            } else if (name.startsWith("execute") && (args == null || args.length == 0)) {
                record(new Sent(sql, List.copyOf(bound)));
            }
            return call(target, method, args);
        });
    }

    private static Statement plain(Statement target) {
        return proxy(Statement.class, target, (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
                record(new Sent(sql, List.of()));
            }
            return call(target, method, args);
        });
    }

    private static void record(Sent sent) {
        List<Sent> recording = RECORDING.get();
        if (recording != null) {
            recording.add(sent);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
