/**
 * Recording lineage steps on {@code pipeline.lineage.v1}.
 */
package org.newsroom.pipeline.support.lineage;
