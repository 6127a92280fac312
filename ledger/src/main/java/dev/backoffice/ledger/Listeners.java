package dev.backoffice.ledger;

import com.google.common.collect.ImmutableList;
import dev.backoffice.ledger.event.LedgerListener;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's listeners, each with the executor to call it on (none: the thread that made the change). Owns
 * the registrations, fixed when the ledger is built. A {@link Change} calls them after the write lock is
 * released; a listener that fails is logged and the others are still called.
 */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  /** A listener and where to call it. */
  record Registration(LedgerListener listener, @Nullable Executor executor) {}

  private final ImmutableList<Registration> registrations;

  Listeners(ImmutableList<Registration> registrations) {
    this.registrations = registrations;
  }

  boolean isEmpty() {
    return registrations.isEmpty();
  }

  /** Calls every listener. */
  void notify(Consumer<LedgerListener> call) {
    for (Registration r : registrations) {
      Runnable run = () -> {
        try {
          call.accept(r.listener());
        } catch (RuntimeException e) {
          LOG.error("ledger listener {} failed", r.listener(), e);
        }
      };
      if (r.executor() == null) {
        run.run();
      } else {
        r.executor().execute(run);
      }
    }
  }
}
