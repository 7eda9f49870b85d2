package vn.khaothi.engine.application.people;

import java.security.SecureRandom;

/** Initial passwords for imported accounts: 10 characters without look-alikes (0/O, 1/l/i). */
final class InitialPasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
