/**
 * The embedded local stack: one command runs Kafka, a MongoDB-compatible store and every
 * pipeline service on this machine.
 */
package org.newsroom.pipeline.local;
