package vn.khaothi.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.khaothi.engine.application.TokenRevocation;

/**
 * What held up in the probe keeps holding (alg none, wrong key, tampered claims, expired → refused),
 * and what was missing now works: a signed-out token, or one issued before the account's epoch
 * moved (password change, disabled account, role change), is refused (issue 11, finding 12).
 */
class TokenServiceTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** The revocation state of the test: each account's epoch and the signed-out token ids. */
    static final class FakeRevocation extends TokenRevocation {
        final Map<String, Integer> epochs = new HashMap<>();
        final Set<String> revoked = new HashSet<>();

        @Override
        public boolean accepts(String username, int epoch, String jti) {
            return epochs.getOrDefault(username, 0) == epoch && !revoked.contains(jti);
        }

        @Override
        public void revoke(String username, String jti, Instant expiresAt) {
            revoked.add(jti);
        }
    }

    private final FakeRevocation revocation = new FakeRevocation();
    private final TokenService tokens = TokenService.over(KEY, revocation);

    private String issue() {
        return tokens.issue("hs079", "Học sinh 79", Set.of("STUDENT"), 0).token();
    }

    @Test
    void aFreshTokenNamesItsCaller() {
        Caller caller = tokens.verify(issue()).orElseThrow();
        assertEquals("hs079", caller.username());
        assertEquals(Set.of("STUDENT"), caller.roles());
    }

    @Test
    void algNoneWrongKeyTamperedAndExpiredAreRefused() throws Exception {
        JWTClaimsSet good = SignedJWT.parse(issue()).getJWTClaimsSet();
        String none = new PlainJWT(new PlainHeader(), good).serialize();
        assertTrue(tokens.verify(none).isEmpty(), "alg none");

        SignedJWT otherKey = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), good);
        otherKey.sign(new MACSigner("ffffffffffffffffffffffffffffffff".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(tokens.verify(otherKey.serialize()).isEmpty(), "wrong key");

        String[] parts = issue().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"STUDENT\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(claims.contains("ADMIN"));
        assertTrue(tokens.verify(tampered).isEmpty(), "tampered roles");

        JWTClaimsSet expiredClaims = new JWTClaimsSet.Builder(good).expirationTime(Date.from(Instant.now().minusSeconds(1))).build();
        SignedJWT expired = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), expiredClaims);
        expired.sign(new MACSigner(KEY));
        assertTrue(tokens.verify(expired.serialize()).isEmpty(), "expired");

        JWTClaimsSet noEpoch = new JWTClaimsSet.Builder().issuer("khaothi").subject("hs079").claim("groups", List.of("ADMIN"))
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT old = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), noEpoch);
        old.sign(new MACSigner(KEY));
        assertTrue(tokens.verify(old.serialize()).isEmpty(), "a token without an epoch (issued before revocation existed)");
    }

    @Test
    void aSignedOutTokenIsRefusedAndOnlyThatOne() {
        String first = issue();
        String second = issue();
        assertTrue(tokens.revoke(first));
        assertTrue(tokens.verify(first).isEmpty(), "logout ends the token");
        assertTrue(tokens.verify(second).isPresent(), "the same person's other device stays signed in");
        assertFalse(tokens.revoke(first), "twice: nothing left to end");
    }

    @Test
    void anEpochMovedPastTheTokenEndsIt() {
        String token = issue();
        revocation.epochs.put("hs079", 1);   // a password change, a disabled account, new roles
        assertTrue(tokens.verify(token).isEmpty());
        assertTrue(tokens.verify(tokens.issue("hs079", "Học sinh 79", Set.of("STUDENT"), 1).token()).isPresent(),
                "a token issued under the new epoch works");
    }
}
