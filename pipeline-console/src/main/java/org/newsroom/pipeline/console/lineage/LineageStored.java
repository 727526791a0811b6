package org.newsroom.pipeline.console.lineage;

import java.util.Set;

/**
 * Published after lineage events were stored, so that what is derived from an item's
 * timeline is brought up to date in the same listener call.
 *
 * @param contentIds the items whose timelines changed
 */
public record LineageStored(Set<String> contentIds) {
}
