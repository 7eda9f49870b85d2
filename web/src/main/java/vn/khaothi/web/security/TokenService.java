package vn.khaothi.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import vn.khaothi.engine.application.TokenRevocation;
import vn.khaothi.engine.application.platform.Settings;

/**
 * Issues and verifies the signed bearer tokens (JWT, HMAC-SHA256 with Nimbus JOSE).
 *
 * <p>The key is {@code KHAOTHI_JWT_SECRET} (base64, at least 32 bytes) when set — every node of a
 * cluster must share it — or else generated on first start and kept in the data directory with
 * owner-only permissions. No secret lives in the repository.
 *
 * <p>A valid signature is not enough (issue 11, finding 12): the token must also still be honoured
 * by {@link TokenRevocation} — not signed out, and issued under the account's current epoch
 * (claim {@code ep}), so that logout, a password change, a disabled account or new roles end it.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    static final String ISSUER = "khaothi";
    static final Duration LIFETIME = Duration.ofHours(10);

    static final String EPOCH = "ep";

    private byte[] key;

    @Inject
    TokenRevocation revocation;

    /** For tests outside the container: a fixed key and a revocation check of the test's choice. */
    static TokenService over(byte[] key, TokenRevocation revocation) {
        TokenService service = new TokenService();
        service.key = key.clone();
        service.revocation = revocation;
        return service;
    }

    @PostConstruct
    void loadKey() {
        key = Settings.get("KHAOTHI_JWT_SECRET").map(Base64.getDecoder()::decode).orElseGet(TokenService::keyFromDataDir);
        if (key.length < 32) {
            throw new IllegalStateException("KHAOTHI_JWT_SECRET must decode to at least 32 bytes");
        }
    }

    public IssuedToken issue(String username, String displayName, Set<String> roles, int epoch) {
        Instant now = Instant.now();
        Instant expires = now.plus(LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .claim("name", displayName)
                .claim("groups", List.copyOf(roles))
                .claim(EPOCH, epoch)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), expires);
    }

    /** The caller named by a valid, unexpired, still honoured token of ours; empty for anything else. */
    public Optional<Caller> verify(String token) {
        return signed(token).filter(c -> revocation.accepts(c.username(), c.epoch(), c.jti())).map(Claims::caller);
    }

    /** Logout: the token ends now; false when it was not a valid token of ours in the first place. */
    public boolean revoke(String token) {
        Optional<Claims> claims = signed(token).filter(c -> revocation.accepts(c.username(), c.epoch(), c.jti()));
        claims.ifPresent(c -> revocation.revoke(c.username(), c.jti(), c.expiresAt()));
        return claims.isPresent();
    }

    /** What a correctly signed, unexpired token says. */
    record Claims(Caller caller, int epoch, String jti, Instant expiresAt) {
        String username() {
            return caller.username();
        }
    }

    private Optional<Claims> signed(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null
                    || claims.getExpirationTime().toInstant().isBefore(Instant.now())
                    || claims.getIntegerClaim(EPOCH) == null || claims.getJWTID() == null) {
                return Optional.empty();
            }
            Set<String> roles = new LinkedHashSet<>(claims.getStringListClaim("groups"));
            Caller caller = new Caller(claims.getSubject(), claims.getStringClaim("name"), roles);
            return Optional.of(new Claims(caller, claims.getIntegerClaim(EPOCH), claims.getJWTID(),
                    claims.getExpirationTime().toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] keyFromDataDir() {
        Path file = Settings.dataDir().resolve("jwt-secret");
        try {
            if (Files.isRegularFile(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] generated = new byte[32];
            new SecureRandom().nextBytes(generated);
            Files.writeString(file, Base64.getEncoder().encodeToString(generated), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.fine("No POSIX permissions for " + file);
            }
            LOG.info(() -> "Generated a new token signing key in " + file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token signing key " + file, e);
        }
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
