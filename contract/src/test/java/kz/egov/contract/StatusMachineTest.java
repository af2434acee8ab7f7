package kz.egov.contract;

import static kz.egov.contract.status.BusinessStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.egov.contract.reason.ReasonCode;
import kz.egov.contract.reason.RejectedException;
import kz.egov.contract.status.BusinessStatus;
import kz.egov.contract.status.StatusMachine;
import kz.egov.contract.status.TechnicalStatus;
import org.junit.jupiter.api.Test;

/** The two status streams: every allowed transition passes, every other one is refused. */
class StatusMachineTest {

    private static final Map<BusinessStatus, Set<BusinessStatus>> ALLOWED = Map.of(
            RECEIVED, EnumSet.of(REGISTERED, REFUSAL_TO_ACCEPT, WITHDRAWN),
            REGISTERED, EnumSet.of(IN_PROGRESS, TERM_EXTENDED, REFUSAL_TO_ACCEPT, MOTIVATED_REFUSAL, COMPLETED),
            IN_PROGRESS, EnumSet.of(IN_PROGRESS, RETURNED_FOR_REWORK, TERM_EXTENDED, COMPLETED, MOTIVATED_REFUSAL),
            RETURNED_FOR_REWORK, EnumSet.of(IN_PROGRESS, TERM_EXTENDED, COMPLETED, MOTIVATED_REFUSAL),
            TERM_EXTENDED, EnumSet.of(IN_PROGRESS, RETURNED_FOR_REWORK, TERM_EXTENDED, COMPLETED, MOTIVATED_REFUSAL),
            COMPLETED, EnumSet.of(ISSUED),
            MOTIVATED_REFUSAL, EnumSet.of(ISSUED),
            REFUSAL_TO_ACCEPT, EnumSet.noneOf(BusinessStatus.class),
            WITHDRAWN, EnumSet.noneOf(BusinessStatus.class),
            ISSUED, EnumSet.noneOf(BusinessStatus.class));

    @Test
    void everyBusinessTransitionIsAllowedExactlyWhenListed() {
        List<String> illegalChecked = new ArrayList<>();
        for (BusinessStatus from : BusinessStatus.values()) {
            for (BusinessStatus to : BusinessStatus.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(StatusMachine.allowed(from, to)).as(from + " -> " + to).isEqualTo(expected);
                if (!expected) {
                    assertThatThrownBy(() -> StatusMachine.transition(from, to))
                            .isInstanceOfSatisfying(RejectedException.class,
                                    r -> assertThat(r.reason()).isEqualTo(ReasonCode.REQ_ILLEGAL_TRANSITION));
                    illegalChecked.add(from + "->" + to);
                }
            }
        }
        assertThat(illegalChecked).hasSize(100 - ALLOWED.values().stream().mapToInt(Set::size).sum());
    }

    @Test
    void aRequestStartsReceivedOrIsRefusedToAcceptOrWithdrawn() {
        assertThat(Arrays.stream(BusinessStatus.values()).filter(s -> StatusMachine.allowed((BusinessStatus) null, s)))
                .containsExactlyInAnyOrder(RECEIVED, REFUSAL_TO_ACCEPT, WITHDRAWN);
    }

    @Test
    void finalStatusesLeadNowhere() {
        for (BusinessStatus s : BusinessStatus.values()) {
            if (s.isFinal()) {
                assertThat(StatusMachine.next(s)).as(s.name()).isEmpty();
            }
        }
    }

    @Test
    void technicalStatusesGoAcceptedThenDeliveredOrRejected() {
        assertThat(StatusMachine.allowed((TechnicalStatus) null, TechnicalStatus.ACCEPTED_BY_GATEWAY)).isTrue();
        assertThat(StatusMachine.allowed((TechnicalStatus) null, TechnicalStatus.REJECTED_BY_GATEWAY)).isTrue();
        assertThat(StatusMachine.allowed((TechnicalStatus) null, TechnicalStatus.DELIVERED_TO_PROVIDER)).isFalse();
        assertThat(StatusMachine.allowed(TechnicalStatus.ACCEPTED_BY_GATEWAY, TechnicalStatus.DELIVERED_TO_PROVIDER)).isTrue();
        assertThat(StatusMachine.allowed(TechnicalStatus.REJECTED_BY_GATEWAY, TechnicalStatus.DELIVERED_TO_PROVIDER)).isFalse();
        assertThat(StatusMachine.allowed(TechnicalStatus.DELIVERED_TO_PROVIDER, TechnicalStatus.ACCEPTED_BY_GATEWAY)).isFalse();
        assertThatThrownBy(() -> StatusMachine.transition(TechnicalStatus.REJECTED_BY_GATEWAY,
                TechnicalStatus.ACCEPTED_BY_GATEWAY)).isInstanceOf(RejectedException.class);
    }
}
