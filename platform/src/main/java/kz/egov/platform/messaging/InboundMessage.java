package kz.egov.platform.messaging;

/** A message as it arrived from Kafka: its topic, key, message id header (null when missing) and the exact bytes. */
public record InboundMessage(String topic, String key, String messageId, byte[] payload) {
}
