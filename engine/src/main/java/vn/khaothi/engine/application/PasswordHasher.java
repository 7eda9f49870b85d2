package vn.khaothi.engine.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashing with the platform's own implementation (Jakarta Security's
 * {@link Pbkdf2PasswordHash}), never a home-made one. The stored form names its algorithm,
 * iterations and salt, so the parameters can be raised later without breaking old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    /** OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600k; 210k keeps a sign-in under ~0.2 s on 2 cores. */
    static final String ITERATIONS = "210000";

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", ITERATIONS,
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
