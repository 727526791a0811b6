/**
 * Child JVMs, their logs, and waiting for readiness.
 */
package org.newsroom.pipeline.local.process;
