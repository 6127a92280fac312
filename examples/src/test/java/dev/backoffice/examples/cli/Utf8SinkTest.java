package dev.backoffice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link Utf8Sink}: bytes to characters however the writes cut the multi-byte sequences. */
class Utf8SinkTest {
  private static final String TEXT = "Zażółć gęślą jaźń — 😀 " + "x".repeat(70_000) + " koniec";

  @Test
  void charactersSplitAcrossWritesAndBufferBoundsArriveWhole() throws IOException {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 3, 5, 4096, bytes.length}) {
      StringWriter out = new StringWriter();
      try (Utf8Sink sink = new Utf8Sink(out)) {
        for (int i = 0; i < bytes.length; i += chunk) {
          sink.write(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + chunk)));
        }
      }
      assertThat(out.toString()).as("chunks of " + chunk).isEqualTo(TEXT);
    }
  }

  @Test
  void malformedOrTruncatedUtf8IsAnError() {
    assertThatThrownBy(() -> {
      try (Utf8Sink sink = new Utf8Sink(new StringWriter())) {
        sink.write(new byte[] {'a', (byte) 0xC3, 'b'});
      }
    }).isInstanceOf(CharacterCodingException.class);
    assertThatThrownBy(() -> {
      try (Utf8Sink sink = new Utf8Sink(new StringWriter())) {
        sink.write(new byte[] {'a', (byte) 0xC3});
      }
    }).isInstanceOf(CharacterCodingException.class);
  }
}
