/**
 * A webhook subscriber for tests: a real HTTP(S) endpoint on a loopback address that
 * keeps each delivery, answers as a test scripts it, and verifies Standard Webhooks
 * signatures apart from the production signer.
 */
package org.newsroom.pipeline.support.test.webhook;
