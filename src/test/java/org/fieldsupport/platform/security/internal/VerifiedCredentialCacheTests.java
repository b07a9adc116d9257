package org.fieldsupport.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The HTTP Basic credential cache (issue 20): HMAC keys, no hit after a password change, a lock, or expiry. */
class VerifiedCredentialCacheTests {

    private static UserAccount account(String hash, boolean enabled, Instant lockedUntil) {
        Instant t = Instant.parse("2026-12-05T10:00:00Z");
        return new UserAccount(1L, "alice", "Alice", null, "en", hash, enabled, lockedUntil, 0, false, 0, "x", t, "x", t);
    }

    private final Authentication auth = UsernamePasswordAuthenticationToken.authenticated("alice", null, java.util.List.of());

    @Test
    void a_verified_credential_is_reused_until_the_password_changes_or_the_account_is_locked() {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(Duration.ofSeconds(60), 100, Clock.systemUTC());
        String key = cache.keyOf("alice", "secret");
        assertThat(key).doesNotContain("secret").isNotEqualTo(cache.keyOf("alice", "secreT"));
        cache.put(key, account("{bcrypt}H1", true, null), auth);
        assertThat(cache.get(key, account("{bcrypt}H1", true, null))).isSameAs(auth);
        // another password for the same user: another key, a miss
        assertThat(cache.get(cache.keyOf("alice", "other"), account("{bcrypt}H1", true, null))).isNull();
        // password changed (another node too: the account read shows a new hash): the entry is gone
        assertThat(cache.get(key, account("{bcrypt}H2", true, null))).isNull();
        assertThat(cache.size()).isZero();

        cache.put(key, account("{bcrypt}H1", true, null), auth);
        assertThat(cache.get(key, account("{bcrypt}H1", true, Instant.now().plusSeconds(600)))).isNull();   // locked
        cache.put(key, account("{bcrypt}H1", true, null), auth);
        assertThat(cache.get(key, account("{bcrypt}H1", false, null))).isNull();                            // disabled
        cache.put(key, account("{bcrypt}H1", true, null), auth);
        cache.evict("ALICE");
        assertThat(cache.get(key, account("{bcrypt}H1", true, null))).isNull();
    }

    @Test
    void entries_expire_and_a_zero_ttl_turns_the_cache_off() {
        Instant[] now = {Instant.parse("2026-12-05T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        VerifiedCredentialCache cache = new VerifiedCredentialCache(Duration.ofSeconds(60), 100, clock);
        String key = cache.keyOf("alice", "secret");
        cache.put(key, account("{bcrypt}H1", true, null), auth);
        now[0] = now[0].plusSeconds(59);
        assertThat(cache.get(key, account("{bcrypt}H1", true, null))).isSameAs(auth);
        now[0] = now[0].plusSeconds(2);
        assertThat(cache.get(key, account("{bcrypt}H1", true, null))).isNull();
        assertThat(new VerifiedCredentialCache(Duration.ZERO, 100, clock).enabled()).isFalse();
    }

    @Test
    void concurrent_misses_on_one_credential_verify_it_once_and_a_wrong_one_is_checked_by_each() throws Exception {
        VerifiedCredentialCache cache = new VerifiedCredentialCache(Duration.ofSeconds(60), 100, Clock.systemUTC());
        String key = cache.keyOf("alice", "secret");
        java.util.concurrent.atomic.AtomicInteger hashed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Authentication>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return cache.verifyOnce(key, () -> {
                        hashed.incrementAndGet();
                        sleep(300);
                        return auth;
                    });
                }));
            }
            go.countDown();
            for (var answer : answers) {
                assertThat(answer.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(auth);
            }
            assertThat(hashed.get()).as("the password hashed once for 8 concurrent requests").isEqualTo(1);

            hashed.set(0);
            String wrong = cache.keyOf("alice", "guess");
            java.util.concurrent.CountDownLatch go2 = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Authentication>> refusals = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                refusals.add(pool.submit(() -> {
                    go2.await();
                    return cache.verifyOnce(wrong, () -> {
                        hashed.incrementAndGet();
                        sleep(200);
                        throw new org.springframework.security.authentication.BadCredentialsException("bad");
                    });
                }));
            }
            go2.countDown();
            for (var refusal : refusals) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> refusal.get(5, java.util.concurrent.TimeUnit.SECONDS))
                        .hasCauseInstanceOf(org.springframework.security.authentication.BadCredentialsException.class);
            }
            assertThat(hashed.get()).as("each wrong attempt checked (and counted by the throttle)").isEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
