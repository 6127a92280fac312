package dev.backoffice.ledger.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags in comments, with the examples of hledger 1.25's manual ("Tags") and the keys the library reads. */
class CommentTagsTest {
  private static List<String> tags(String comment) {
    return CommentTags.parse(comment).stream().map(t -> t[0] + "=" + t[1]).toList();
  }

  @Test
  void aWordFollowedByAColonIsATagWhoseValueRunsToTheNextComma() {
    assertThat(tags("sometag:")).containsExactly("sometag=");
    assertThat(tags("a-posting-tag: the tag value")).containsExactly("a-posting-tag=the tag value");
    // the manual: "a comment containing" is just text, tag1 has no value, tag2 has "some value ..."
    assertThat(tags("a comment containing tag1:, tag2: some value ...")).containsExactly("tag1=", "tag2=some value ...");
    assertThat(tags("A:, TAG2:")).containsExactly("A=", "TAG2=");
  }

  @Test
  void theLibrarysKeys() {
    assertThat(tags("partner: 5260001246, partner-name: ACME sp. z o.o., doc: FV/1/2025, due: 2025-02-14"))
        .containsExactly("partner=5260001246", "partner-name=ACME sp. z o.o.", "doc=FV/1/2025", "due=2025-02-14");
    assertThat(tags("gtu: GTU_12, gtu: GTU_13, vat-rate: 23")).containsExactly("gtu=GTU_12", "gtu=GTU_13", "vat-rate=23");
  }

  @Test
  void valuesMayHoldColonsAndEachLineOfAJoinedCommentStandsAlone() {
    assertThat(tags("at: 12:30, url: http://x")).containsExactly("at=12:30", "url=http://x");
    assertThat(tags("first line\nthird-tag: a value, <- with text")).containsExactly("third-tag=a value");
    assertThat(tags("no tags here")).isEmpty();
    assertThat(tags("a : b, :c")).isEmpty();
  }
}
