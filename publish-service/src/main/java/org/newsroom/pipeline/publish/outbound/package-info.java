/**
 * The outbound topic: published and withdrawn items for other systems.
 */
package org.newsroom.pipeline.publish.outbound;
