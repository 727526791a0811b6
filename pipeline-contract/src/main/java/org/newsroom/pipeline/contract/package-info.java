/**
 * The event contract of the newsroom pipeline: topic names, CloudEvents mapping, the CMS
 * payload and the events the stages exchange. Free of Spring, so any Kafka client can use
 * it.
 */
package org.newsroom.pipeline.contract;
