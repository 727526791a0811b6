package org.newsroom.pipeline.contract.cloudevents;

/**
 * A record is not a readable CloudEvent: attributes are missing, the spec version is
 * unknown or a structured event is not JSON. Retrying will not help.
 */
public class CloudEventFormatException extends RuntimeException {

	public CloudEventFormatException(String message) {
		super(message);
	}

	public CloudEventFormatException(String message, Throwable cause) {
		super(message, cause);
	}

}
