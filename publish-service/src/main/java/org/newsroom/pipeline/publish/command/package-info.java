/**
 * Operator commands from the console addressed to the publish service.
 */
package org.newsroom.pipeline.publish.command;
