package org.contextmap.person;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for children, for analysts and for the names a role may not see:
 * {@code YP-} and eight characters of an HMAC-SHA-256 of the id under a secret key kept in the
 * database (one {@code :PseudonymKey} node, made at random on first use). The same child has the
 * same pseudonym on every screen and in every export, so patterns can be studied, but without the
 * key nobody can go back from a pseudonym to an id by hashing known ids (ICO anonymisation code,
 * "pseudonymised data is still personal data": it is protected like the rest).
 */
@Component
public class Pseudonyms {

    private static final char[] LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final Neo4jClient client;
    private volatile byte[] key;
    /** More children than any city holds: past it, the pseudonyms kept are made again as asked for. */
    private static final int KEPT = 1_000_000;
    private final Map<String, String> made = new ConcurrentHashMap<>();

    Pseudonyms(Neo4jClient client) {
        this.client = client;
    }

    /**
     * The pseudonym of the child with this id: {@code YP-7K3QX2M9}. Kept once made: a school's or
     * an analyst's list names thousands of children by pseudonym on every request, and an HMAC
     * costs microseconds each.
     */
    public String of(String personId) {
        String kept = made.get(personId);
        if (kept != null) {
            return kept;
        }
        if (made.size() > KEPT) {
            made.clear();
        }
        String fresh = hash(personId);
        made.put(personId, fresh);
        return fresh;
    }

    private String hash(String personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(personId.getBytes(StandardCharsets.UTF_8));
            StringBuilder text = new StringBuilder("YP-");
            for (int i = 0; i < 8; i++) {
                text.append(LETTERS[(digest[i] & 0xff) % LETTERS.length]);
            }
            return text.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** True for a text that is a pseudonym rather than a name. */
    public static boolean looksLikeOne(String text) {
        return text != null && text.matches("YP-[A-Z2-9]{8}");
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    String stored = client.query("""
                            MERGE (k:PseudonymKey {id: 'pseudonyms'})
                            ON CREATE SET k.key = $fresh
                            RETURN k.key AS key
                            """).bind(HexFormat.of().formatHex(fresh)).to("fresh").fetchAs(String.class).one()
                            .orElseThrow();
                    key = HexFormat.of().parseHex(stored.toLowerCase(Locale.ROOT));
                }
                known = key;
            }
        }
        return known;
    }
}
