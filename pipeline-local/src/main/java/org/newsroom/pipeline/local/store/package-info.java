/**
 * The embedded MongoDB wire-compatible store, backed by an H2 file.
 */
package org.newsroom.pipeline.local.store;
