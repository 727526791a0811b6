package org.newsroom.pipeline.console.lineage;

import java.util.List;

import org.newsroom.pipeline.contract.lineage.LineageEvent;

/**
 * Published after lineage events were stored, so that what is derived from an item's
 * timeline is brought up to date in the same listener call.
 *
 * @param events the events stored, in the order they were read
 */
public record LineageStored(List<LineageEvent> events) {
}
