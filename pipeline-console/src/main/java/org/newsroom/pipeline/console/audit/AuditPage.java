package org.newsroom.pipeline.console.audit;

import java.util.List;

import org.newsroom.pipeline.contract.audit.AuditRecord;

/**
 * One page of audit records, newest first.
 *
 * @param records the records
 * @param query the query that found them
 * @param hasOlder whether a further page holds older records
 */
record AuditPage(List<AuditRecord> records, AuditQuery query, boolean hasOlder) {
}
