package kz.egov.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import kz.egov.testinfra.EgovInfrastructureResource;
import kz.egov.testinfra.TestParticipant;

/** What the gateway does with a message whose sender it cannot authenticate: a dead letter, answered to no one. */
final class UnauthenticatedMessages {

    private UnauthenticatedMessages() {
    }

    /** Waits for the message's dead letter (the operators' admin API) and returns its reason code. */
    static String deadLetterReason(String messageId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(messageId) != null);
        return String.valueOf(deadLetter(messageId).get("reason"));
    }

    /**
     * The participant the message claimed to be from got nothing about the request (checked once its dead letter
     * is recorded, and a moment after, as the gateway's outbox would have sent an answer by then).
     */
    static void nothingAnsweredTo(TestParticipant claimed, String requestId) throws InterruptedException {
        Thread.sleep(1_000);
        assertThat(claimed.received()).as("answers to " + claimed.id())
                .noneMatch(e -> e.correlationId().equals(requestId));
    }

    private static Map<String, Object> deadLetter(String messageId) {
        List<Map<String, Object>> all = given().auth().preemptive()
                .basic("admin", EgovInfrastructureResource.ADMIN_PASSWORD).get("/admin/messaging/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(d -> messageId.equals(d.get("messageId"))).findFirst().orElse(null);
    }
}
