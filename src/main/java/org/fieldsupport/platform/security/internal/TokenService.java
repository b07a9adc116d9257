package org.fieldsupport.platform.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldsupport.platform.api.BusinessRuleException;
import org.fieldsupport.platform.api.NotFoundException;
import org.fieldsupport.platform.audit.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer fsp_...}). The token is shown
 * once when created; only its SHA-256 hash and a short prefix are stored.
 */
@Service
public class TokenService {

    public static final String ENTITY = "platform.PersonalAccessToken";
    static final String TOKEN_START = "fsp_";
    private static final int PREFIX_LENGTH = TOKEN_START.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalAccessTokens tokens;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    /**
     * Tokens recently found, by hash, with their owner (issue 20: two statements on every API request were a third of
     * the work inbox's cost). An entry is read again from the database after {@link #KNOWN_TTL}; a revocation on this
     * node drops it at once, on another node it takes effect within that TTL; the owner's lock or disabling ends
     * every permission check at once on this node and within {@code AccessDecisions.TTL} elsewhere (the filter checks
     * {@code AccessDecisions.mayLogIn}). Unknown tokens are never kept (so wrong guesses cannot fill it).
     */
    static final Duration KNOWN_TTL = Duration.ofSeconds(10);
    private static final int KNOWN_MAX = 10_000;

    private static final class Known {
        final PersonalAccessToken token;
        final UserAccount user;
        final Instant loadedAt;
        volatile Instant touchedAt;

        Known(PersonalAccessToken token, UserAccount user, Instant loadedAt) {
            this.token = token;
            this.user = user;
            this.loadedAt = loadedAt;
            this.touchedAt = token.lastUsedAt();
        }
    }

    private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

    public TokenService(PersonalAccessTokens tokens, UserAccounts users, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.users = users;
        this.events = events;
    }

    /** A new token and its stored row; {@code token} must be shown to the user now and never again. */
    public record IssuedToken(String token, PersonalAccessToken stored) { }

    /** A token that authenticated a request, with its owner. */
    public record TokenOwner(UserAccount user, PersonalAccessToken token) { }

    @Transactional
    public IssuedToken issue(String username, String name, Instant expiresAt) {
        UserAccount user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("security.token.name.required");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new BusinessRuleException("security.token.expiry.past");
        }
        byte[] random = new byte[30];
        RANDOM.nextBytes(random);
        String token = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        long id = tokens.insert(user.id(), name.trim(), token.substring(0, PREFIX_LENGTH), sha256(token), now, expiresAt);
        PersonalAccessToken stored = tokens.findById(id).orElseThrow();
        events.publishEvent(DataChanged.created(ENTITY, id, stored.auditView()));
        return new IssuedToken(token, stored);
    }

    public List<PersonalAccessToken> tokensOf(String username) {
        return users.findByUsername(username).map(u -> tokens.ofUser(u.id())).orElse(List.of());
    }

    public PersonalAccessToken get(long id) {
        return tokens.findById(id).orElseThrow(() -> new NotFoundException("token", id));
    }

    @Transactional
    public void revoke(long id) {
        PersonalAccessToken before = get(id);
        if (before.revoked()) {
            return;
        }
        tokens.revoke(id, clock.instant());
        forget(id);
        events.publishEvent(DataChanged.updated(ENTITY, id, before.auditView(), get(id).auditView()));
    }

    /** The owner of a presented token when it is known, not revoked, not expired and its user may log in. */
    public Optional<TokenOwner> authenticate(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_START)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = sha256(presented);
        Known k = known.get(hash);
        if (k == null || !k.loadedAt.plus(KNOWN_TTL).isAfter(now)) {
            k = tokens.findByHash(hash)
                    .flatMap(t -> users.findById(t.userId()).map(u -> new Known(t, u, now)))
                    .orElse(null);
            if (k == null || !usable(k, now)) {
                known.remove(hash);
                return Optional.empty();
            }
            if (known.size() >= KNOWN_MAX) known.clear();
            known.put(hash, k);
        } else if (!usable(k, now)) { // expired meanwhile
            known.remove(hash);
            return Optional.empty();
        }
        Instant touched = k.touchedAt;
        if (touched == null || touched.isBefore(now.minusSeconds(60))) {
            k.touchedAt = now;
            tokens.touch(k.token.id(), now);
        }
        return Optional.of(new TokenOwner(k.user, k.token));
    }

    private static boolean usable(Known k, Instant now) {
        return k.token.activeAt(now) && k.user.enabled() && !k.user.lockedAt(now);
    }

    /** Forgets what this node knows of the token (its revocation takes effect here at once). */
    void forget(long tokenId) {
        known.values().removeIf(k -> k.token.id() == tokenId);
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
