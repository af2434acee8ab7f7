package kz.egov.contract.id;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids of messages, requests and drafts: UUIDs of version 7 (RFC 9562), whose first 48 bits are the Unix time in
 * milliseconds and the other 74 random (from {@link SecureRandom}, as in {@link UUID#randomUUID()}, so they are as
 * hard to guess). Ids made later sort later, also as text, so every index keyed by them (inboxes, outboxes, requests,
 * cases, the evidence) takes new entries at its right edge instead of on a random page: fewer pages touched per
 * insert, and after a checkpoint fewer full-page images in the write-ahead log. Any UUID is still accepted where an id
 * is read.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** A new time-ordered id, as text. */
    public static String next() {
        return timeOrdered(System.currentTimeMillis()).toString();
    }

    static UUID timeOrdered(long unixMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
