package kz.egov.corp.receipt;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Receipt numbers, one sequence per branch and year: {@code <branch>-<year>-<000001>}. */
@ApplicationScoped
public class ReceiptNumbers {

    private final EntityManager em;

    ReceiptNumbers(EntityManager em) {
        this.em = em;
    }

    /** The next number; must run in a transaction (the counter row is locked until it commits). */
    public String next(String branchId, Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        Number n = (Number) em.createNativeQuery("INSERT INTO receipt_counter (branch_id, year, last) VALUES (?1, ?2, 1) "
                + "ON CONFLICT (branch_id, year) DO UPDATE SET last = receipt_counter.last + 1 RETURNING last")
                .setParameter(1, branchId).setParameter(2, year).getSingleResult();
        return String.format("%s-%d-%06d", branchId, year, n.intValue());
    }
}
