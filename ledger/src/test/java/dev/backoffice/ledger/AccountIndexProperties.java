package dev.backoffice.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backoffice.core.money.Monies;
import dev.backoffice.ledger.account.Account;
import dev.backoffice.ledger.account.AccountType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The ledger's open-addressing account index agrees with a hash map under any mix of adds and removals. */
class AccountIndexProperties {
  /**
   * Codes from a small pool, so that runs of probes wrap around the table and removals shift states back;
   * "Aa" and "BB" (and their concatenations) have the same String hash, so equal hashes must not be taken
   * for equal codes.
   */
  private static final List<String> CODES = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB", "100", "101",
      "130", "201", "202", "221", "700", "701", "860", "010", "011", "012", "013", "014", "015", "016", "017",
      "018", "019", "020", "021", "022", "023", "024", "025", "026", "027", "028", "029", "030", "031", "032",
      "033", "034", "035", "036", "037", "038", "039", "040", "041", "042", "043", "044", "045", "046", "047");

  @Provide
  Arbitrary<List<Integer>> operations() {
    // an operation is a code index; its sign says add (>= 0) or remove (< 0)
    return Arbitraries.integers().between(-CODES.size(), CODES.size() - 1).list().ofMinSize(1).ofMaxSize(400);
  }

  @Property(tries = 300)
  void findsExactlyTheStatesAddedAndNotRemoved(@ForAll("operations") List<Integer> ops) {
    AccountIndex index = new AccountIndex();
    Map<String, AccountState> model = new HashMap<>();
    for (int op : ops) {
      String code = CODES.get(op >= 0 ? op : -op - 1);
      if (op >= 0) {
        if (!model.containsKey(code)) {
          AccountState st = new AccountState(Account.of(code, "account " + code, AccountType.ASSET), Monies.PLN);
          index.add(st);
          model.put(code, st);
        }
      } else {
        index.remove(code);
        model.remove(code);
      }
      for (String c : CODES) {
        // a fresh String: the index must compare codes by content, not by identity
        assertThat(index.get(new String(c.toCharArray()))).as(c).isSameAs(model.get(c));
      }
    }
  }
}
