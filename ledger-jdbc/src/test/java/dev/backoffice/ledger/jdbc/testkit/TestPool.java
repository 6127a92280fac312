package dev.backoffice.ledger.jdbc.testkit;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A minimal connection pool for tests (the library takes any DataSource; applications bring their own pool):
 * closing a borrowed connection rolls back what it left open and keeps it for the next borrower; a connection
 * that is no longer valid (the server restarted) is dropped on borrow.
 */
public final class TestPool implements DataSource {
  private final DataSource target;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  /** While set, every commit rolls back and fails as a lost connection would (SQLSTATE 08006). */
  public final AtomicBoolean failCommits = new AtomicBoolean();

  public TestPool(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      if (c.isValid(2)) {
        return wrap(c);
      }
      closeQuietly(c);
    }
    return wrap(target.getConnection());
  }

  private Connection wrap(Connection real) {
    boolean[] returned = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            if (!returned[0]) {
              returned[0] = true;
              try {
                if (!real.isClosed()) {
                  if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                  }
                  idle.addFirst(real);
                }
              } catch (SQLException e) {
                closeQuietly(real);
              }
            }
            return null;
          }
          if (method.getName().equals("isClosed")) {
            return returned[0] || real.isClosed();
          }
          if (returned[0]) {
            throw new SQLException("connection returned to the pool", "08003");
          }
          if (method.getName().equals("commit") && failCommits.get()) {
            real.rollback();
            throw new SQLException("connection lost during commit (test)", "08006");
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** Closes every idle connection. */
  public void clear() {
    Connection c;
    while ((c = idle.pollFirst()) != null) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // dropping a broken connection
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the test pool uses its target's credentials");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
