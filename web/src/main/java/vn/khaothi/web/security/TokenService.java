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
import vn.khaothi.engine.infrastructure.config.Settings;

/**
 * Issues and verifies the signed bearer tokens (JWT, HMAC-SHA256 with Nimbus JOSE).
 *
 * <p>The key is {@code KHAOTHI_JWT_SECRET} (base64, at least 32 bytes) when set — every node of a
 * cluster must share it — or else generated on first start and kept in the data directory with
 * owner-only permissions. No secret lives in the repository.
 */
@ApplicationScoped
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());
    static final String ISSUER = "khaothi";
    static final Duration LIFETIME = Duration.ofHours(10);

    private byte[] key;

    @PostConstruct
    void loadKey() {
        key = Settings.get("KHAOTHI_JWT_SECRET").map(Base64.getDecoder()::decode).orElseGet(TokenService::keyFromDataDir);
        if (key.length < 32) {
            throw new IllegalStateException("KHAOTHI_JWT_SECRET must decode to at least 32 bytes");
        }
    }

    public IssuedToken issue(String username, String displayName, Set<String> roles) {
        Instant now = Instant.now();
        Instant expires = now.plus(LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .claim("name", displayName)
                .claim("groups", List.copyOf(roles))
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

    /** The caller named by a valid, unexpired token of ours; empty for anything else. */
    public Optional<Caller> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null
                    || claims.getExpirationTime().toInstant().isBefore(Instant.now())) {
                return Optional.empty();
            }
            Set<String> roles = new LinkedHashSet<>(claims.getStringListClaim("groups"));
            return Optional.of(new Caller(claims.getSubject(), claims.getStringClaim("name"), roles));
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
