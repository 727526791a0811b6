/**
 * Apache Kafka's own server in KRaft mode as a child JVM.
 */
package org.newsroom.pipeline.local.broker;
