package kz.egov.mio.registry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A command sent to АИС «Рынок труда» through the gateway, and its answer. */
@Entity
@Table(name = "registry_call")
public class RegistryCall {

    public static final String PENDING = "PENDING";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";

    @Id
    @Column(name = "command_id")
    public String commandId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "step_index")
    public int stepIndex;

    public String command;

    @Column(name = "acting_officer")
    public String actingOfficer;

    public String state;

    @Column(name = "reason_code")
    public String reasonCode;

    public String card;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
