/**
 * The pipeline's shared settings ({@code pipeline.*}) and the defaults every service
 * starts from ({@code pipeline-defaults.yml}).
 */
package org.newsroom.pipeline.support.config;
