/**
 * Kafka as the services use it: sending events and waiting for the broker, telling
 * transient from permanent failures, dead letters with their reason, record sizes and the
 * broker's health.
 */
package org.newsroom.pipeline.support.kafka;
