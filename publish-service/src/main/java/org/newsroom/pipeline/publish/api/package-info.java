/**
 * The content API: published items as ninjs JSON.
 */
package org.newsroom.pipeline.publish.api;
