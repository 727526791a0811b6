/**
 * Which CMS may write what: the CloudEvent sources each one sends and the content ids it
 * may publish, update or withdraw, checked on the HTTP ingress per token and on Kafka per
 * {@code ce_source}.
 */
package org.newsroom.pipeline.ingest.sources;
