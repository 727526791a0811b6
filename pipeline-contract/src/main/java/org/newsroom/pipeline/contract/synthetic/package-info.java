/**
 * Synthetic CMS text for the benchmarks of the pipeline and of its stages.
 */
package org.newsroom.pipeline.contract.synthetic;
