/**
 * The CloudEvents 1.0 Kafka binding (binary and structured mode) every service reads and
 * writes; an unreadable envelope is a
 * {@link org.newsroom.pipeline.contract.cloudevents.CloudEventFormatException} with the
 * reason.
 */
package org.newsroom.pipeline.contract.cloudevents;
