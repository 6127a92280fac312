package dev.backoffice.ledger.payment;

/** The Polish tax identifier (NIP) check: ten digits, the last the weighted sum of the first nine mod 11. */
final class Nip {
  private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

  private Nip() {}

  static boolean isValid(String nip) {
    if (nip.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      char c = nip.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      if (i < 9) {
        sum += WEIGHTS[i] * (c - '0');
      }
    }
    int check = sum % 11;
    return check != 10 && check == nip.charAt(9) - '0';
  }
}
