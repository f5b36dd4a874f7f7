package org.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

  private static final long SECOND = 1_000_000_000L;

  private final AtomicLong now = new AtomicLong(5 * SECOND);
  private final ClientRateLimit limit = new ClientRateLimit(2, now::get);

  @Test
  void eachClientHasItsOwnAllowancePerMinute() {
    assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
    assertThat(limit.tryAcquire("10.0.0.2")).isTrue();
  }

  @Test
  void theAllowanceComesBackWhenTheMinuteIsOver() {
    limit.tryAcquire("a");
    limit.tryAcquire("a");
    now.addAndGet(45 * SECOND);
    assertThat(limit.tryAcquire("a")).isFalse();
    assertThat(limit.secondsToWait("a")).isEqualTo(15);
    now.addAndGet(15 * SECOND);
    assertThat(limit.tryAcquire("a")).isTrue();
  }
}
