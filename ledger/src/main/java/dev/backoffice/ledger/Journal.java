package dev.backoffice.ledger;

import dev.backoffice.ledger.entry.PostedEntry;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The posted entries in booking order: an append-only chunked array. One writer (under the ledger's write
 * lock) appends; readers take {@link #size()} as their snapshot and read below it without locking — the
 * size, written with release and read with acquire semantics, publishes every slot written before it (a
 * release store needs no fence on the posting path, a volatile store does).
 */
final class Journal {
  private static final int SHIFT = 12;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private volatile PostedEntry[][] chunks = new PostedEntry[16][];
  private volatile int size;

  private static final VarHandle SIZE;

  static {
    try {
      SIZE = MethodHandles.lookup().findVarHandle(Journal.class, "size", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  int size() {
    return size;
  }

  void add(PostedEntry e) {
    int n = size;
    int c = n >>> SHIFT;
    PostedEntry[][] cs = chunks;
    if (c == cs.length) {
      cs = Arrays.copyOf(cs, cs.length * 2);
      chunks = cs;
    }
    if (cs[c] == null) {
      cs[c] = new PostedEntry[CHUNK];
    }
    cs[c][n & MASK] = e;
    SIZE.setRelease(this, n + 1);
  }

  /** Stores at an index (growing as needed; the size becomes index + 1 if larger). For the id index. */
  void set(long index, PostedEntry e) {
    int i = (int) index;
    int c = i >>> SHIFT;
    PostedEntry[][] cs = chunks;
    if (c >= cs.length) {
      cs = Arrays.copyOf(cs, Math.max(cs.length * 2, c + 1));
      chunks = cs;
    }
    if (cs[c] == null) {
      cs[c] = new PostedEntry[CHUNK];
    }
    cs[c][i & MASK] = e;
    if (i >= size) {
      size = i + 1;
    }
  }

  /** Removes the entry at an index, if any (the size stays). For the id index. */
  void clear(long index) {
    if (index < size) {
      PostedEntry[] chunk = chunks[(int) (index >>> SHIFT)];
      if (chunk != null) {
        chunk[(int) index & MASK] = null;
      }
    }
  }

  /** The entry at an index, or null when none was set there. */
  @org.jspecify.annotations.Nullable PostedEntry find(long index) {
    if (index < 0 || index >= size) {
      return null;
    }
    PostedEntry[] chunk = chunks[(int) (index >>> SHIFT)];
    return chunk == null ? null : chunk[(int) index & MASK];
  }

  PostedEntry get(int index) {
    return chunks[index >>> SHIFT][index & MASK];
  }

  Stream<PostedEntry> stream() {
    final int n = size;
    final PostedEntry[][] cs = chunks;
    Spliterator<PostedEntry> sp = new Spliterators.AbstractSpliterator<PostedEntry>(n,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE | Spliterator.SIZED) {
      private int i;

      @Override
      public boolean tryAdvance(Consumer<? super PostedEntry> action) {
        if (i >= n) {
          return false;
        }
        action.accept(cs[i >>> SHIFT][i & MASK]);
        i++;
        return true;
      }
    };
    return StreamSupport.stream(sp, false);
  }
}
