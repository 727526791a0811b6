/**
 * The benchmark: synthetic CMS traffic through a running stack, a bare pipe through the
 * same broker and store as the limit, latency at fixed rates, and the resources each
 * process used.
 */
package org.newsroom.pipeline.local.bench;
