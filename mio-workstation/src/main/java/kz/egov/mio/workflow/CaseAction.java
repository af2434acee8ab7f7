package kz.egov.mio.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded action on a case (who, when, what, comment), or an automatic note (no officer). */
@Entity
@Table(name = "case_action")
public class CaseAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "step_index")
    public int stepIndex;

    @Column(name = "step_number")
    public Integer stepNumber;

    @Column(name = "step_role")
    public String stepRole;

    public String action;

    @Column(name = "officer_iin")
    public String officerIin;

    public String comment;

    public boolean late;

    public Instant at;
}
