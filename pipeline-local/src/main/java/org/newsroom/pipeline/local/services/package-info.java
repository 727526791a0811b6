/**
 * The pipeline services as supervised child JVMs.
 */
package org.newsroom.pipeline.local.services;
