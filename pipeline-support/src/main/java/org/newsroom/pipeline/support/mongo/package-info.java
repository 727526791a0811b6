/**
 * MongoDB as the services use it: each service's own database, writes guarded by the
 * write count they were decided against, BSON mapping of contract records, leases, and
 * the store's health.
 */
package org.newsroom.pipeline.support.mongo;
