package kz.egov.portal.request;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.portal.account.Citizen;
import kz.egov.portal.cabinet.Results;
import kz.egov.portal.cabinet.StatusTexts;
import kz.egov.portal.cabinet.StoredResult;
import kz.egov.portal.cabinet.Stream;
import kz.egov.portal.cabinet.Timeline;

/** The personal cabinet's reads, every one scoped to the signed-in citizen (another's request is simply not found). */
@ApplicationScoped
public class Cabinet {

    private final PortalRequests requests;
    private final Timeline timeline;
    private final Results results;
    private final EntityManager em;

    Cabinet(PortalRequests requests, Timeline timeline, Results results, EntityManager em) {
        this.requests = requests;
        this.timeline = timeline;
        this.results = results;
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<RequestView> list(Citizen c) {
        oneSnapshot();
        return requests.list(c.iin()).stream().map(r -> view(r, c.language(), false)).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RequestView one(Citizen c, String requestId) {
        oneSnapshot();
        return view(own(c, requestId), c.language(), true);
    }

    /**
     * A view is read with several statements (the request, its result, its history); they see one snapshot, so a
     * result and the status that came with it are shown together, never the result beside the status before it.
     */
    private void oneSnapshot() {
        em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").executeUpdate();
    }

    @Transactional
    public StoredResult result(Citizen c, String requestId) {
        own(c, requestId);
        return results.latestOf(requestId).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no result for request " + requestId + " yet"));
    }

    PortalRequest own(Citizen c, String requestId) {
        return requests.find(c.iin(), requestId).orElseThrow(() ->
                new RejectedException(ReasonCode.NOT_FOUND, "no request " + requestId));
    }

    RequestView view(PortalRequest r, String language, boolean withTimeline) {
        String reasonText = r.reasonCode() == null ? null : StatusTexts.text(Stream.TECHNICAL, r.reasonCode(), language);
        String resultId = results.latestOf(r.requestId()).map(StoredResult::documentId).orElse(null);
        return new RequestView(r.requestId(), r.serviceCode(), RequestView.overall(r), RequestView.overallText(r, language),
                r.technicalStatus(), r.businessStatus(), r.reasonCode(), reasonText, r.providerId(), r.variantCode(),
                r.dueAt(), r.submittedAt(), Withdrawal.withdrawable(r), resultId,
                withTimeline ? timeline.of(r.requestId(), language) : List.of());
    }
}
