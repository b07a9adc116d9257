package org.fieldsupport.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic re-runs the password hash on every request (≈ 40 ms of CPU each, issue 20: 27 requests/s against 994 with
 * a token). A credential verified once is kept briefly, keyed by HMAC-SHA256 of {@code username:password} under a key
 * made at start-up and never stored (so the cache holds no password nor any hash an attacker could test guesses
 * against offline). An entry is used only while the account still has the same password hash, is enabled and not
 * locked — read from {@link AccessDecisions}' grants, which any change made on this node drops at once and other
 * nodes reload within its 30 s TTL — so a password change or a lock ends it. Entries live {@code ttl} at most
 * ({@code fsp.security.basic-cache.ttl}, default 60 s; {@code PT0S} turns the cache off); at most {@code maxEntries}.
 */
class VerifiedCredentialCache {

    record Entry(String username, String passwordHash, Authentication authentication, Instant expiresAt) { }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, java.util.concurrent.CompletableFuture<Authentication>> inFlight =
            new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final byte[] key = new byte[32];

    VerifiedCredentialCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    boolean enabled() {
        return !ttl.isZero() && !ttl.isNegative();
    }

    String keyOf(String username, Object password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached authentication when it is still valid for {@code account} (its current state). */
    Authentication get(String hmac, UserAccount account) {
        Entry e = entries.get(hmac);
        if (e == null) return null;
        Instant now = clock.instant();
        if (!e.expiresAt().isAfter(now) || account == null || !account.enabled() || account.lockedAt(now)
                || !account.username().equals(e.username()) || !e.passwordHash().equals(account.passwordHash())) {
            entries.remove(hmac);
            return null;
        }
        return e.authentication();
    }

    void put(String hmac, UserAccount account, Authentication authentication) {
        if (account == null || account.passwordHash() == null) return;
        if (entries.size() >= maxEntries) evictExpired();
        if (entries.size() >= maxEntries) entries.clear();
        entries.put(hmac, new Entry(account.username(), account.passwordHash(), authentication, clock.instant().plus(ttl)));
    }

    /**
     * Runs {@code verify} once for callers that miss on the same key at the same time: the others wait for its answer
     * (up to 10 s) and share it when it succeeded; when it failed each verifies for itself (so every wrong password
     * still counts in the throttle). Why (issue 20): when an entry expired under load, every concurrent request of that
     * integration hashed the password at once — 64 × 40 ms of CPU, a 2–3 s tail at the 95th percentile.
     */
    Authentication verifyOnce(String hmac, java.util.function.Supplier<Authentication> verify) {
        java.util.concurrent.CompletableFuture<Authentication> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<Authentication> first = inFlight.putIfAbsent(hmac, mine);
        if (first != null) {
            try {
                return first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return verify.get();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                return verify.get();
            }
        }
        try {
            Authentication result = verify.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(hmac, mine);
        }
    }

    /** Drops every entry of the account (password changed, locked, disabled on this node). */
    void evict(String username) {
        String u = UserAccounts.normalize(username);
        entries.values().removeIf(e -> e.username().equals(u));
    }

    int size() {
        return entries.size();
    }

    private void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
    }
}
