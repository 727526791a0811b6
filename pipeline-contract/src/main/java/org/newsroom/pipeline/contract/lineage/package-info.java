/**
 * Lineage: one record per step an item takes in a service, on
 * {@code pipeline.lineage.v1}, for the console's timelines and figures.
 */
package org.newsroom.pipeline.contract.lineage;
