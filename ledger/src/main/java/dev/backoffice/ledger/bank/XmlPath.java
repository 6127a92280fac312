package dev.backoffice.ledger.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The path of the element a streaming XML reader is in, by local names, with each element's position among its
 * same-named siblings for messages: {@code /Document/BkToCstmrStmt/Stmt[2]/Ntry[5]/Amt}.
 */
final class XmlPath {
  private final List<String> names = new ArrayList<>();
  private final List<Integer> positions = new ArrayList<>();
  private final List<Map<String, Integer>> childCounts = new ArrayList<>();

  XmlPath() {
    childCounts.add(new HashMap<>());
  }

  void push(String name) {
    int position = childCounts.get(childCounts.size() - 1).merge(name, 1, Integer::sum);
    names.add(name);
    positions.add(position);
    childCounts.add(new HashMap<>());
  }

  void pop() {
    names.remove(names.size() - 1);
    positions.remove(positions.size() - 1);
    childCounts.remove(childCounts.size() - 1);
  }

  int depth() {
    return names.size();
  }

  /** The local name at a depth from 0 (the root). */
  String name(int depth) {
    return names.get(depth);
  }

  /** The names from {@code fromDepth} to the current element joined with {@code '/'}: {@code "Bal/Tp/CdOrPrtry/Cd"}. */
  String relative(int fromDepth) {
    return String.join("/", names.subList(fromDepth, names.size()));
  }

  /** The current element's path with positions where an element has same-named siblings before it. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      out.append('/').append(names.get(i));
      String name = names.get(i);
      if (positions.get(i) > 1 || i > 0 && isRepeating(name)) {
        out.append('[').append(positions.get(i)).append(']');
      }
    }
    return out.toString();
  }

  private static boolean isRepeating(String name) {
    return name.equals("Stmt") || name.equals("Ntry") || name.equals("Bal") || name.equals("TxDtls")
        || name.equals("Ustrd");
  }
}
