/**
 * What the launcher prints once the stack runs.
 */
package org.newsroom.pipeline.local.banner;
