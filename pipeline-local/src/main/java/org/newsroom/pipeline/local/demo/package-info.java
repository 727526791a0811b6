/**
 * Replays the sample CMS traffic on first start.
 */
package org.newsroom.pipeline.local.demo;
